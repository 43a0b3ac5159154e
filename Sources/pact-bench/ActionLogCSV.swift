import PactCore

/// The action log of a generated panel as the spreadsheet a council keeps: the columns
/// `pact import` reads, UK dates, one row per action.
enum ActionLogCSV {
  static let header = [
    "Date raised", "Priority", "Action", "Lead agency", "Owner", "Due date", "Progress", "Status",
    "Outcome",
  ]

  static func document(_ snapshot: PanelRecords) -> String {
    let agencies = Dictionary(snapshot.agencies.map { ($0.id, $0.name) }) { first, _ in first }
    let priorities = Dictionary(snapshot.priorities.map { ($0.id, $0.title) }) { first, _ in first }
    var text = CSVWriter.record(header)
    text.reserveCapacity(snapshot.actions.count * 220)
    for action in snapshot.actions {
      text += CSVWriter.record([
        ukDate(action.agreedOn),
        action.priority.flatMap { priorities[$0] } ?? "",
        action.title,
        agencies[action.lead] ?? action.lead,
        action.owner ?? "",
        action.due.map(ukDate) ?? "",
        action.latestNote?.note ?? "",
        statusWord(action.status),
        action.outcome ?? "",
      ])
    }
    return text
  }

  /// 12/03/2024.
  static func ukDate(_ day: Day) -> String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(day.day))/\(two(day.month))/\(day.year)"
  }

  static func statusWord(_ status: ActionStatus) -> String {
    switch status {
    case .open: "Open"
    case .inProgress: "In progress"
    case .blocked: "Blocked"
    case .done: "Complete"
    case .dropped: "Dropped"
    }
  }
}
