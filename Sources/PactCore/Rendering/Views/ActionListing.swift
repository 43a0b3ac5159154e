/// Which actions `pact action list` shows.
public struct ActionFilter: Sendable {
  public var statuses: Set<ActionStatus>?
  public var lead: String?
  public var priority: String?
  public var overdueOn: Day?
  /// Include done and dropped actions.
  public var all = false

  public init() {}

  func includes(_ action: Action) -> Bool {
    if let statuses, !statuses.contains(action.status) { return false }
    if statuses == nil, !all, !action.isOpen { return false }
    if let lead, action.lead != lead { return false }
    if let priority, action.priority != priority { return false }
    if let day = overdueOn {
      guard action.isOpen, let due = action.due, due < day else { return false }
    }
    return true
  }
}

/// `pact action list`: actions with their lead agency, owner, due date and status.
public struct ActionListing: Sendable {
  let snapshot: any PanelContents
  let actions: [Action]

  public init(_ snapshot: any PanelContents, filter: ActionFilter) {
    self.snapshot = snapshot
    // Sorted by keys made once: moving whole actions about costs more than comparing them.
    let chosen = snapshot.actions.filter(filter.includes)
    let keys = chosen.map { ($0.due ?? Day.last, $0.agreedOn, $0.id) }
    actions = keys.indices.sorted { keys[$0] < keys[$1] }.map { chosen[$0] }
  }

  /// A table for a terminal of `width` columns, soonest due first.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !actions.isEmpty else { return "No actions match.\n" }
    let short = snapshot.actionShortForms
    // The ranks every output shows (`PriorityRanking`); any other priority is unranked.
    var ranks = Dictionary(
      snapshot.priorities.map { ($0.id, "-") }, uniquingKeysWith: { first, _ in first })
    for priority in snapshot.activePriorities {
      ranks[priority.id] = priority.rank.map { "\($0)" } ?? "-"
    }
    var table = TextTable(columns: [
      .init("ID"), .init("PRI"), .init("ACTION", flexible: true, minimumWidth: 16),
      .init("LEAD"), .init("OWNER", flexible: true, minimumWidth: 8), .init("DUE"),
      .init("STATUS"),
    ])
    for action in actions {
      table.append([
        short[action.id] ?? action.id, action.priority.flatMap { ranks[$0] } ?? "",
        action.title, action.lead, action.owner ?? "", action.due?.shortText ?? "",
        action.status.words,
      ])
    }
    return table.render(width: width)
      + "\n\(actions.count) action\(actions.count == 1 ? "" : "s")\n"
  }

  /// The actions in the action log's JSON shape.
  public var json: JSONValue { ActionLog(snapshot, actions: actions).json }

  /// The actions in the action log's CSV shape.
  public var csv: String { ActionLog(snapshot, actions: actions).csv }
}
