/// An action agreed by the panel, with its lead agency and its whole history.
public struct Action: Record, Equatable {
  static let kind = RecordKind.action

  public let id: String
  public var title: String
  /// The lead agency's id. Every action has one.
  public var lead: String
  /// The priority it serves.
  public var priority: String?
  /// A priority named in an imported spreadsheet that matched no priority.
  public var priorityText: String?
  /// The person who carries it out.
  public var owner: String?
  public var due: Day?
  /// The meeting that agreed it.
  public var agreedAt: String?
  public var agreedOn: Day
  public var status: ActionStatus
  /// Progress notes and changes, oldest first.
  public var updates: [ActionUpdate]
  public var outcome: String?
  /// The difference it made, as the guides' "tracking the difference" asks.
  public var difference: String?
  public var completedOn: Day?
  public var unknownFields: [String: JSONValue] = [:]

  public init(id: String, title: String, lead: String, agreedOn: Day) {
    self.id = id
    self.title = title
    self.lead = lead
    self.agreedOn = agreedOn
    status = .open
    updates = []
  }

  /// Whether the action is still to be done: open, in progress or blocked.
  public var isOpen: Bool { status.isOpen }

  /// Done and dropped actions are kept apart from open ones, so that what the chair's
  /// briefing reads grows with the open work, not with years of history — as Taskwarrior
  /// keeps pending and completed tasks apart.
  var shelf: RecordShelf { Action.shelf(for: status) }

  static func shelf(for status: ActionStatus) -> RecordShelf {
    switch status {
    case .done: .done
    case .dropped: .dropped
    case .open, .inProgress, .blocked: .current
    }
  }

  /// The latest update that carries a note.
  public var latestNote: ActionUpdate? { updates.last { $0.note != nil } }

  /// The day of the latest update, if any.
  public var lastUpdated: Day? { updates.map(\.on).max() }

  init?(id: String, reading reader: inout RecordReader) {
    let title = reader.nonEmptyString("title")
    let lead = reader.nonEmptyString("lead")
    let agreedOn = reader.day("agreedOn")
    var action = Action(
      id: id, title: title ?? "", lead: lead ?? "", agreedOn: agreedOn ?? Day.first)
    action.priority = reader.optionalString("priority")
    action.priorityText = reader.optionalString("priorityText")
    action.owner = reader.optionalString("owner")
    action.due = reader.optionalDay("due")
    action.agreedAt = reader.optionalString("agreedAt")
    action.status = reader.optionalEnum("status", as: ActionStatus.self) ?? .open
    action.outcome = reader.optionalString("outcome")
    action.difference = reader.optionalString("difference")
    action.completedOn = reader.optionalDay("completedOn")
    action.updates = reader.array("updates") { ActionUpdate(reading: &$0) }
    action.unknownFields = reader.unknownFields
    guard title != nil, lead != nil, agreedOn != nil else { return nil }
    self = action
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("title", title)
    builder.set("lead", lead)
    builder.set("priority", priority)
    builder.set("priorityText", priorityText)
    builder.set("owner", owner)
    builder.set("due", due)
    builder.set("agreedAt", agreedAt)
    builder.set("agreedOn", agreedOn)
    builder.set("status", status)
    builder.set("outcome", outcome)
    builder.set("difference", difference)
    builder.set("completedOn", completedOn)
    builder.set(
      "updates",
      json: .array(updates.map(\.json)))
    return builder.value
  }
}

/// Where an action stands.
public enum ActionStatus: String, CaseIterable, Sendable {
  case open
  case inProgress = "in-progress"
  case blocked
  case done
  case dropped

  /// Whether the action is still to be done.
  public var isOpen: Bool { self == .open || self == .inProgress || self == .blocked }

  /// The status as people say it: "in progress".
  public var words: String { self == .inProgress ? "in progress" : rawValue }
}
