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
    switch ImportColumn.fold(cell) {
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
    asciiWords(cell, lowercased: false, between: .whitespace)
      ?? cell.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// What separates the words `asciiWords` finds.
  enum Separators {
    /// Spaces, tabs and line breaks.
    case whitespace
    /// Anything but a letter or a digit.
    case nonAlphanumeric
  }

  /// ASCII text with every run of separators made one space and none at either end, with
  /// A–Z made lower case when asked; text that needs no change is returned as it is.
  ///
  /// This is what splitting on `Character.isWhitespace` (or on what is not `isLetter` or
  /// `isNumber`) and joining with spaces gives for ASCII text, one byte at a time. It is
  /// nil when the text is not all ASCII: there a character may be several bytes, and
  /// callers take the Unicode-aware way.
  static func asciiWords(_ text: String, lowercased: Bool, between separators: Separators)
    -> String?
  {
    func isSeparator(_ byte: UInt8) -> Bool {
      switch separators {
      case .whitespace: isWhitespace(byte)
      case .nonAlphanumeric: !isLetterOrDigit(byte)
      }
    }
    func isUpperCase(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
    let space = UInt8(ascii: " ")
    let words = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var unchanged = true
      var afterSeparator = true
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if isSeparator(byte) {
          if afterSeparator || byte != space { unchanged = false }
          afterSeparator = true
        } else {
          if lowercased, isUpperCase(byte) { unchanged = false }
          afterSeparator = false
        }
      }
      if afterSeparator, !bytes.isEmpty { unchanged = false }
      if unchanged { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { words in
        var count = 0
        var spaceDue = false
        for byte in bytes {
          if isSeparator(byte) {
            spaceDue = count > 0
            continue
          }
          if spaceDue {
            words[count] = space
            count += 1
            spaceDue = false
          }
          words[count] = lowercased && isUpperCase(byte) ? byte + 0x20 : byte
          count += 1
        }
        return count
      }
    }
    return words ?? nil
  }

  /// Whether `byte` is ASCII whitespace: what `Character.isWhitespace` is true for in ASCII.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Whether `byte` is an ASCII letter or digit: what `Character.isLetter` or `isNumber` is
  /// true for in ASCII.
  static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "a")...UInt8(ascii: "z"):
      true
    default: false
    }
  }

  private static func isASCIINotWhitespace(_ byte: UInt8) -> Bool {
    byte < 0x80 && !isWhitespace(byte)
  }

  /// The status words a Status cell may hold, for messages.
  static let statusWords =
    "Open, In progress, Blocked, Done (or Complete, Completed, Closed), Dropped, or a RAG "
    + "rating (Red, Amber, Green)"
}
