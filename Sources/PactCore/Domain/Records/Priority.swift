/// One of the panel's top three priorities, or a past one.
public struct Priority: Record, Equatable {
  static let kind = RecordKind.priority

  public let id: String
  public var title: String
  public var category: String?
  /// 1–3 while active.
  public var rank: Int?
  /// The meeting that set it.
  public var setAt: String?
  public var setOn: Day
  /// The backlog issue it came from.
  public var fromIssue: String?
  public var status: PriorityStatus
  public var outcome: String?
  public var closedOn: Day?
  /// Closed by a merge of two copies of the panel, not by the panel: more than three were
  /// active, and it came after the top three. Public documents do not report it closed.
  public var setAside = false
  /// The police.uk crime type its evidence counts; nil takes the default for its category.
  public var crimeTypeSetting: CrimeTypeSetting?
  public var unknownFields: [String: JSONValue] = [:]

  public init(id: String, title: String, setOn: Day, rank: Int? = nil) {
    self.id = id
    self.title = title
    self.setOn = setOn
    self.rank = rank
    status = .active
  }

  public var isActive: Bool { status == .active }

  /// Past priorities are kept apart, so what the chair's briefing reads grows with the top
  /// three, not with years of history.
  var shelf: RecordShelf { isActive ? .current : .closed }

  init?(id: String, reading reader: inout RecordReader) {
    let title = reader.nonEmptyString("title")
    let setOn = reader.day("setOn")
    var priority = Priority(
      id: id, title: title ?? "", setOn: setOn ?? Day.first,
      rank: reader.optionalInt("rank", in: 1...3))
    priority.category = reader.optionalString("category")
    priority.setAt = reader.optionalString("setAt")
    priority.fromIssue = reader.optionalString("fromIssue")
    priority.status = reader.optionalEnum("status", as: PriorityStatus.self) ?? .active
    priority.outcome = reader.optionalString("outcome")
    priority.closedOn = reader.optionalDay("closedOn")
    priority.setAside = reader.bool("setAside")
    priority.crimeTypeSetting = CrimeTypeSetting(reading: &reader, key: "crimeType")
    priority.unknownFields = reader.unknownFields
    guard title != nil, setOn != nil else { return nil }
    self = priority
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("title", title)
    builder.set("category", category)
    builder.set("rank", rank)
    builder.set("setAt", setAt)
    builder.set("setOn", setOn)
    builder.set("fromIssue", fromIssue)
    builder.set("status", status)
    builder.set("outcome", outcome)
    builder.set("closedOn", closedOn)
    if setAside { builder.set("setAside", true) }
    builder.set("crimeType", crimeTypeSetting?.stored)
    return builder.value
  }
}

/// Where a priority stands.
public enum PriorityStatus: String, CaseIterable, Sendable {
  case active
  /// Closed because it was achieved.
  case achieved
  /// Closed without being achieved.
  case closed
}
