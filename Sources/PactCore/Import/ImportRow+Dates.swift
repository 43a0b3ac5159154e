/// The dates progress notes start with. A cell of plain ASCII, as nearly every one is, is
/// read on its bytes; any other is read character by character, to the same result
/// (`latestDateByCharacters`, `withoutLeadingDateByCharacters`): ten thousand rows looked
/// at character by character were nearly half of an import's work.
extension ImportRow {
  /// The latest date written at the start of a line of `text`, as progress notes in a
  /// spreadsheet cell are dated ("18/03/2024 gates fitted", "12/4/24: camera installed").
  static func latestDate(in text: String) -> Day? {
    var text = text
    let fast = text.withUTF8 { bytes -> Day?? in
      guard isPlainASCII(bytes) else { return nil }
      var latest: Day?
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, !isLineBreak(bytes[lineEnd]) { lineEnd += 1 }
        if let day = leadingDate(bytes, lineStart..<lineEnd) { latest = max(latest ?? day, day) }
        lineStart = lineEnd + 1
      }
      return .some(latest)
    }
    return fast ?? latestDateByCharacters(in: text)
  }

  /// A one-line progress note without the date it starts with, which dates its update
  /// instead: "29/01/2024 cleared" is "cleared", of 29 January. A note of several lines,
  /// or with nothing after its date, is kept whole.
  static func withoutLeadingDate(_ text: String) -> String {
    var utf8 = text
    // nil for text that is not plain ASCII; the text itself (`.some(nil)`) when it keeps
    // its date.
    let fast = utf8.withUTF8 { bytes -> String?? in
      guard isPlainASCII(bytes) else { return nil }
      guard !bytes.contains(where: isLineBreak), leadingDate(bytes, 0..<bytes.count) != nil
      else { return .some(nil) }
      var start = 0
      while start < bytes.count, NameFolding.isWhitespace(bytes[start]) { start += 1 }
      while start < bytes.count, isDatePart(bytes[start]) { start += 1 }
      while start < bytes.count,
        NameFolding.isWhitespace(bytes[start]) || bytes[start] == UInt8(ascii: ":")
          || bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: ",")
      {
        start += 1
      }
      guard start < bytes.count else { return .some(nil) }
      var rest = Array(bytes[start...])
      if rest[0] >= UInt8(ascii: "a"), rest[0] <= UInt8(ascii: "z") { rest[0] -= 0x20 }
      return String(decoding: rest, as: UTF8.self)
    }
    guard let fast else { return withoutLeadingDateByCharacters(text) }
    return fast ?? text
  }

  /// The date the line `range` of `bytes` starts with: after any spaces, the run of digits,
  /// `/`, `.` and `-`, up to its last digit.
  private static func leadingDate(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Day?
  {
    var start = range.lowerBound
    while start < range.upperBound, NameFolding.isWhitespace(bytes[start]) { start += 1 }
    var end = start
    while end < range.upperBound, isDatePart(bytes[end]) { end += 1 }
    while end > start, !isDigit(bytes[end - 1]) { end -= 1 }
    guard end > start,
      case .day(let day) = SpreadsheetDate(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    else { return nil }
    return day
  }

  /// Whether every byte is ASCII: then each byte is a character as `Character` has them,
  /// but CR LF, one line break.
  private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    !bytes.contains { $0 >= 0x80 }
  }

  /// The ASCII characters `Character.isNewline` calls line breaks: LF, VT, FF and CR.
  private static func isLineBreak(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isDatePart(_ byte: UInt8) -> Bool {
    isDigit(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "-")
  }

  /// `latestDate(in:)`, character by character.
  static func latestDateByCharacters(in text: String) -> Day? {
    text.split(whereSeparator: \.isNewline).compactMap { line -> Day? in
      let start = line.drop { $0.isWhitespace }
        .prefix { $0.isASCII && ($0.isNumber || $0 == "/" || $0 == "." || $0 == "-") }
      let date = start.reversed().drop { !$0.isNumber }.reversed()
      guard case .day(let day) = SpreadsheetDate(String(date)) else { return nil }
      return day
    }.max()
  }

  /// `withoutLeadingDate(_:)`, character by character.
  static func withoutLeadingDateByCharacters(_ text: String) -> String {
    guard !text.contains(where: \.isNewline), latestDateByCharacters(in: text) != nil else {
      return text
    }
    func isDatePart(_ character: Character) -> Bool {
      character.isASCII && (character.isNumber || "/.-".contains(character))
    }
    var rest = Substring(text)
    rest = rest.drop { (character: Character) in character.isWhitespace }
    rest = rest.drop { (character: Character) in isDatePart(character) }
    rest = rest.drop { (character: Character) in character.isWhitespace || ":-,".contains(character)
    }
    guard let first = rest.first else { return text }
    return first.uppercased() + rest.dropFirst()
  }
}
