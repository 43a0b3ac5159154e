/// A concern raised by the community. Many are raised; a few become priorities; the rest
/// wait in the backlog. One raised again is counted against the same issue.
public struct Issue: Record, Equatable {
  static let kind = RecordKind.issue

  public let id: String
  public var title: String
  public var category: String?
  public var status: IssueStatus
  /// Every time it was raised, oldest first.
  public var raisings: [Raising]
  /// The priority it was promoted to.
  public var priority: String?
  /// When it was closed, as far as pact recorded it.
  public var closedOn: Day?
  /// The issues merged into this one (`issue merge`), so that a copy of the panel that
  /// raised one of them again meanwhile has it merged here too when the copies meet.
  public var mergedFrom: [String] = []
  public var unknownFields: [String: JSONValue] = [:]

  public init(id: String, title: String, category: String? = nil, raisings: [Raising] = []) {
    self.id = id
    self.title = title
    self.category = category
    status = .open
    self.raisings = raisings
  }

  /// Closed issues are kept apart, so what the chair's briefing reads grows with the
  /// backlog, not with years of history.
  var shelf: RecordShelf { status == .closed ? .closed : .current }

  /// When it was first raised.
  public var firstRaised: Day? { raisings.map(\.on).min() }

  /// When it was last raised.
  public var lastRaised: Day? { raisings.map(\.on).max() }

  init?(id: String, reading reader: inout RecordReader) {
    let title = reader.nonEmptyString("title")
    var issue = Issue(id: id, title: title ?? "", category: reader.optionalString("category"))
    issue.status = reader.optionalEnum("status", as: IssueStatus.self) ?? .open
    issue.priority = reader.optionalString("priority")
    issue.closedOn = reader.optionalDay("closedOn")
    issue.mergedFrom = reader.strings("mergedFrom")
    issue.raisings = reader.array("raised") { entry in
      let on = entry.day("on")
      var raising = Raising(
        on: on ?? Day.first, meeting: entry.optionalString("meeting"),
        source: entry.optionalString("source"))
      raising.unknownFields = entry.unknownFields
      return on == nil ? nil : raising
    }
    issue.unknownFields = reader.unknownFields
    guard title != nil else { return nil }
    self = issue
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("title", title)
    builder.set("category", category)
    builder.set("status", status)
    builder.set("priority", priority)
    builder.set("closedOn", closedOn)
    if !mergedFrom.isEmpty { builder.set("mergedFrom", mergedFrom) }
    builder.set(
      "raised",
      json: .array(
        raisings.map { raising in
          var entry = JSONObjectBuilder(keeping: raising.unknownFields)
          entry.set("on", raising.on)
          entry.set("meeting", raising.meeting)
          entry.set("source", raising.source)
          return entry.value
        }))
    return builder.value
  }
}

/// One time an issue was raised.
public struct Raising: Sendable, Equatable {
  public var on: Day
  /// The meeting it was raised at, if any.
  public var meeting: String?
  /// How it came in: a meeting kind, or email, phone, letter, online, other.
  public var source: String?
  public var unknownFields: [String: JSONValue] = [:]

  public init(on: Day, meeting: String? = nil, source: String? = nil) {
    self.on = on
    self.meeting = meeting
    self.source = source
  }
}

/// Where an issue stands.
public enum IssueStatus: String, CaseIterable, Sendable {
  /// Waiting in the backlog.
  case open
  /// Made one of the top three.
  case promoted
  case closed
}
