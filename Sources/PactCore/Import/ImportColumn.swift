/// A column of an action log spreadsheet that `pact import` reads, with the headings that
/// councils' logs give it.
public enum ImportColumn: String, CaseIterable, Sendable {
  case action
  case lead
  case owner
  case due
  case raised
  case priority
  case progress
  case status
  /// A RAG rating: read as the status when the sheet has no Status column, since pact
  /// rates open actions itself.
  case rag
  case outcome

  /// The headings that name the column, as they are usually written.
  public var headings: [String] {
    switch self {
    case .action: ["Action", "Action agreed"]
    case .lead: ["Lead", "Lead agency", "Agency"]
    case .owner: ["Owner", "Responsible officer"]
    case .due: ["Due", "Due date", "Timescale", "Deadline", "Target date"]
    case .raised: ["Date raised", "Date agreed"]
    case .priority: ["Priority"]
    case .progress: ["Progress", "Update", "Progress / update", "Latest update"]
    case .status: ["Status"]
    case .rag: ["RAG", "RAG rating", "RAG status"]
    case .outcome: ["Outcome"]
    }
  }

  /// What the column holds, for messages.
  public var noun: String {
    switch self {
    case .action: "action"
    case .lead: "lead agency"
    case .owner: "owner"
    case .due: "due date"
    case .raised: "date raised"
    case .priority: "priority"
    case .progress: "progress"
    case .status: "status"
    case .rag: "RAG rating"
    case .outcome: "outcome"
    }
  }

  /// The column a heading names: compared ignoring case, and spaces and punctuation around
  /// and between the words ("Lead agency:", "DATE_RAISED").
  public init?(heading: String) {
    let folded = NameFolding.wordsKey(heading)
    guard
      let column = ImportColumn.allCases.first(where: { column in
        column.headings.contains { NameFolding.wordsKey($0) == folded }
      })
    else { return nil }
    self = column
  }

  /// The headings, quoted and joined with "or": `"Lead", "Lead agency" or "Agency"`.
  public var headingList: String {
    let quoted = headings.map { "\"\($0)\"" }
    guard let last = quoted.last, quoted.count > 1 else { return quoted.joined() }
    return quoted.dropLast().joined(separator: ", ") + " or " + last
  }
}
