/// The action log as the paper template lays it out: date raised, priority, action, lead
/// agency, owner, due date, latest progress and status, one row per action.
public struct ActionLog: Sendable {
  let snapshot: any PanelContents
  /// The actions logged, as given, and their places among them oldest agreed first: they
  /// are not copied into that order (ten years of actions are costly to copy).
  private let actions: [Action]
  private let order: [Int]

  /// The log of `actions` (every action when nil), oldest agreed first.
  public init(_ snapshot: any PanelContents, actions: [Action]? = nil) {
    self.snapshot = snapshot
    // Sorted by keys made once: moving whole actions about costs more than comparing them.
    let chosen = actions ?? snapshot.actions
    let keys = chosen.map { ($0.agreedOn, $0.id) }
    self.actions = chosen
    order = keys.indices.sorted { keys[$0] < keys[$1] }
  }

  private var prioritiesByID: [String: Priority] {
    Dictionary(snapshot.priorities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private var agenciesByID: [String: Agency] {
    Dictionary(snapshot.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The priority an action serves, as the log names it.
  private func priorityText(_ action: Action, priorities: [String: Priority]) -> String {
    if let id = action.priority { return priorities[id]?.title ?? id }
    return action.priorityText ?? ""
  }

  /// The latest progress: the latest note, or the outcome once done.
  static func progress(_ action: borrowing Action) -> (on: Day, text: String)? {
    if action.status == .done, let outcome = action.outcome {
      return (action.completedOn ?? action.agreedOn, outcome)
    }
    guard let update = action.latestNote, let note = update.note else { return nil }
    return (update.on, note)
  }

  /// The log as a table for a terminal of `width` columns, grouped by priority: the top
  /// three by rank, then past priorities, then actions under none.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !actions.isEmpty else {
      return "The action log is empty."
        + (nextStep(.addAction).map { " Agree an action with: \($0)" } ?? "") + "\n"
    }
    let short = snapshot.actionShortForms
    // Eight columns do not fit 80 characters readably, so the latest progress goes on
    // the lines under each action, as a paper log's wide last column would hold it.
    // The lead agency and the status keep their width while the table fits, and wrap
    // (an agency's id at its hyphens) when a long one would push it past the edge.
    var table = TextTable(columns: [
      .init("ID"), .init("RAISED"), .init("ACTION", flexible: true, minimumWidth: 12),
      .init("LEAD", shrinkable: true, minimumWidth: 8),
      .init("OWNER", flexible: true, minimumWidth: 8), .init("DUE"),
      .init("STATUS", shrinkable: true, minimumWidth: 8),
    ])
    table.detailColumn = 2
    let grouped = sections
    let shown = grouped.flatMap(\.1)
    // Ten years' rows are made on every core.
    let rows = concurrentMap(shown.count, minimum: 2_048) { index -> [String] in
      ActionLog.row(of: actions, shown[index], short: short)
    }
    var first = 0
    table.sections = grouped.map { heading, positions in
      defer { first += positions.count }
      return TextTable.Section(heading: heading, rows: Array(rows[first..<first + positions.count]))
    }
    // Counted in place: filtering would copy every action.
    var open = 0
    for index in actions.indices where actions[index].isOpen { open += 1 }
    return table.render(width: width)
      + "\n\(actions.count) action\(actions.count == 1 ? "" : "s"), \(open) open\n"
  }

  /// The row of the action at `index` of `actions`, its fields read where they are.
  private static func row(of actions: [Action], _ index: Int, short: [String: String])
    -> [String]
  {
    let id = actions[index].id
    return [
      short[id] ?? id, actions[index].agreedOn.shortText, actions[index].title,
      actions[index].lead, actions[index].owner ?? "", actions[index].due?.shortText ?? "",
      actions[index].status.words,
      ActionLog.progress(actions[index]).map { "Progress \($0.on.shortText): \($0.text)" } ?? "",
    ]
  }

  /// The actions grouped under their priorities' headings, in the order the log shows them,
  /// each action as its place in `actions` (ten thousand actions are not copied about).
  private var sections: [(String, [Int])] {
    let byPriority = Dictionary(grouping: order, by: { actions[$0].priority ?? "" })
    let past = snapshot.priorities.filter { !$0.isActive }
      .sorted { ($1.closedOn ?? Day.first, $0.id) < ($0.closedOn ?? Day.first, $1.id) }
    var result: [(String, [Int])] = []
    // After a merge more than three may be active: the rest come after the top three,
    // unranked, so that no action drops out of the log.
    let top = snapshot.activePriorities
    let shown = Set(top.map(\.id))
    let beyond = snapshot.storedActivePriorities.filter { !shown.contains($0.id) }
    for priority in top + beyond + past {
      guard let actions = byPriority[priority.id] else { continue }
      let heading =
        if let rank = priority.rank, shown.contains(priority.id) {
          "Priority \(rank): \(priority.title)"
        } else if priority.isActive {
          "Active beyond the top three: \(priority.title)"
        } else {
          "\(priority.status == .achieved ? "Achieved" : "Closed") "
            + "\(priority.closedOn.map { "\($0.shortText)" } ?? ""): \(priority.title)"
        }
      result.append((heading, actions))
    }
    let known = Set(snapshot.priorities.map(\.id))
    let other = order.filter {
      actions[$0].priority == nil || !known.contains(actions[$0].priority ?? "")
    }
    if !other.isEmpty { result.append(("Not under a priority", other)) }
    return result
  }

  /// The columns of the CSV form, in order.
  public static let csvHeader = [
    "ID", "Date raised", "Meeting", "Priority", "Action", "Lead agency", "Owner", "Due date",
    "Latest progress", "Progress date", "Status", "Outcome", "Difference made", "Completed",
  ]

  /// The log as CSV (RFC 4180), dates as YYYY-MM-DD, for a spreadsheet.
  public var csv: String {
    let priorities = prioritiesByID
    let agencies = agenciesByID
    // Written row by row, not held as ten years of rows first.
    var document = CSVWriter.Document(header: ActionLog.csvHeader, rows: actions.count)
    for index in order {
      let action = actions[index]
      let progress = ActionLog.progress(action)
      document.append([
        action.id, action.agreedOn.description, action.agreedAt ?? "",
        priorityText(action, priorities: priorities), action.title,
        agencies[action.lead]?.name ?? action.lead, action.owner ?? "",
        action.due?.description ?? "", progress?.text ?? "",
        progress?.on.description ?? "", action.status.words, action.outcome ?? "",
        action.difference ?? "", action.completedOn?.description ?? "",
      ])
    }
    return document.text
  }

  /// The log as JSON: one object per action.
  public var json: JSONValue {
    let priorities = prioritiesByID
    let agencies = agenciesByID
    return .array(
      order.map { index in
        let action = actions[index]
        return .object(
          ActionLog.members(
            of: action, leadName: agencies[action.lead]?.name ?? action.lead,
            priorityTitle: action.priority.flatMap { priorities[$0]?.title }))
      })
  }

  /// The members of an action's object in the log's JSON, which `pact action show --json`
  /// gives too, with more.
  ///
  /// - Parameters:
  ///   - leadName: The lead agency's name (its id when the panel has no such agency).
  ///   - priorityTitle: The title of the priority the action serves, when the panel has it;
  ///     otherwise the priority as an imported log named it is given.
  static func members(
    of action: Action, leadName: String, priorityTitle: String?
  ) -> [String: JSONValue] {
    let progress = ActionLog.progress(action)
    return [
      "id": .string(action.id),
      "title": .string(action.title),
      "status": .string(action.status.rawValue),
      "agreedOn": .date(action.agreedOn),
      "agreedAt": .text(action.agreedAt),
      "priority": .text(action.priority),
      "priorityTitle": .text(priorityTitle ?? action.priorityText),
      "lead": .string(action.lead),
      "leadName": .string(leadName),
      "owner": .text(action.owner),
      "due": .date(action.due),
      "progress": .text(progress?.text),
      "progressOn": .date(progress?.on),
      "outcome": .text(action.outcome),
      "difference": .text(action.difference),
      "completedOn": .date(action.completedOn),
    ]
  }
}
