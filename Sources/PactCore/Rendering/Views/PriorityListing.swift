/// `pact priority list`: the top three, and with `all` every past priority.
public struct PriorityListing: Sendable {
  let snapshot: PanelRecords
  let today: Day
  let priorities: [Priority]

  public init(_ snapshot: PanelRecords, today: Day, all: Bool = false) {
    self.snapshot = snapshot
    self.today = today
    let past = snapshot.priorities.filter { !$0.isActive }
      .sorted { ($1.closedOn ?? Day.first, $0.id) < ($0.closedOn ?? Day.first, $1.id) }
    priorities = snapshot.activePriorities + (all ? past : [])
  }

  private func actionCounts(_ priority: Priority) -> (open: Int, done: Int, dropped: Int) {
    let actions = snapshot.actions.filter { $0.priority == priority.id }
    return (
      actions.filter(\.isOpen).count, actions.filter { $0.status == .done }.count,
      actions.filter { $0.status == .dropped }.count
    )
  }

  /// A table for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !priorities.isEmpty else {
      return "No priorities yet." + (nextStep(.addPriority).map { " Set one with: \($0)" } ?? "")
        + "\n"
    }
    let short = RecordID.shortForms(snapshot.priorities.map(\.id))
    var table = TextTable(columns: [
      .init("RANK"), .init("ID"), .init("PRIORITY", flexible: true, minimumWidth: 16),
      .init("SET"), .init("MEETINGS"), .init("ACTIONS"), .init("STATUS"),
    ])
    for priority in priorities {
      let counts = actionCounts(priority)
      table.append([
        priority.rank.map(String.init) ?? "-", short[priority.id] ?? priority.id, priority.title,
        priority.setOn.shortText, "\(snapshot.meetingsOnList(priority, today: today))",
        "\(counts.open) open, \(counts.done) done"
          + (counts.dropped > 0 ? ", \(counts.dropped) dropped" : ""),
        priority.isActive
          ? "active"
          : "\(priority.setAside ? "set aside" : priority.status.rawValue) "
            + (priority.closedOn?.shortText ?? ""),
      ])
    }
    var output = table.render(width: width)
    let active = snapshot.activePriorities.count
    if active < 3 {
      output +=
        "\n\(3 - active) of the top three free"
        + (nextStep(.fillPriority).map { ": \($0)" } ?? "") + "\n"
    }
    return output
  }

  /// The priorities as JSON objects.
  public var json: JSONValue {
    .array(
      priorities.map { priority in
        let counts = actionCounts(priority)
        var object: [String: JSONValue] = [
          "id": .string(priority.id),
          "title": .string(priority.title),
          "status": .string(priority.status.rawValue),
          "setOn": .date(priority.setOn),
          "meetings": JSONValue(snapshot.meetingsOnList(priority, today: today)),
          "openActions": JSONValue(counts.open),
          "doneActions": JSONValue(counts.done),
          "droppedActions": JSONValue(counts.dropped),
        ]
        object["rank"] = .integer(priority.rank)
        object["category"] = .text(priority.category)
        object["setAt"] = .text(priority.setAt)
        object["fromIssue"] = .text(priority.fromIssue)
        object["outcome"] = .text(priority.outcome)
        object["closedOn"] = .date(priority.closedOn)
        return .object(object)
      })
  }
}
