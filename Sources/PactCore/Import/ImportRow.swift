/// One action as a row of an action log spreadsheet gives it, before it meets the panel.
public struct ImportRow: Equatable, Sendable {
  /// The line the row starts on.
  public var line: Int
  public var title: String
  /// The lead agency as the spreadsheet names it.
  public var lead: String
  public var owner: String?
  public var due: Day?
  /// A timescale that is not a date ("ongoing", "end of March").
  public var timescale: String?
  public var raised: Day?
  /// The priority as the spreadsheet names it: a title or a rank.
  public var priority: String?
  public var progress: String?
  public var status: ActionStatus
  public var outcome: String?

  public init(line: Int, title: String, lead: String, status: ActionStatus = .open) {
    self.line = line
    self.title = title
    self.lead = lead
    self.status = status
  }

  /// The status a Status cell's words mean, or nil for words pact does not know. RAG
  /// ratings (Red, Amber, Green) and a blank cell mean open.
  static func status(_ cell: String) -> ActionStatus? {
    switch NameFolding.wordsKey(cell) {
    case "", "open", "red", "amber", "green": .open
    case "in progress", "inprogress": .inProgress
    case "blocked": .blocked
    case "done", "complete", "completed", "closed": .done
    case "dropped": .dropped
    default: nil
    }
  }

  /// The text of a cell without whitespace or line breaks at either end, as `trimmed`
  /// gives it; a cell that starts and ends with ASCII other than whitespace, as nearly all
  /// do, is returned as it is without looking at its characters one by one.
  static func trimmed(_ cell: String) -> String {
    let bytes = cell.utf8
    if let first = bytes.first, let last = bytes.last, isASCIINotWhitespace(first),
      isASCIINotWhitespace(last)
    {
      // The first character starts with the first byte, and a character that ends with an
      // ASCII byte starts with that byte or with a prefix such as U+0600, never whitespace.
      return cell
    }
    return cell.trimmed
  }

  /// A cell's words joined by single spaces: spreadsheet cells wrap, but a title or a name
  /// is one line.
  static func oneLine(_ cell: String) -> String {
    NameFolding.asciiWords(cell, lowercased: false, between: .whitespace)
      ?? cell.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func isASCIINotWhitespace(_ byte: UInt8) -> Bool {
    byte < 0x80 && !NameFolding.isWhitespace(byte)
  }

  /// The status words a Status cell may hold, for messages.
  static let statusWords =
    "Open, In progress, Blocked, Done (or Complete, Completed, Closed), Dropped, or a RAG "
    + "rating (Red, Amber, Green)"
}
