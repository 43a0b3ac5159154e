import Foundation

/// Checks of values people type, shared by every command that takes them.
enum Validate {
  static func trimmed(_ text: String) -> String {
    text.trimmed
  }

  /// An e-mail address: something, one `@`, a domain with a dot, no spaces.
  static func email(_ text: String) throws {
    let value = trimmed(text)
    let parts = value.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
      !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
      !value.contains(where: { $0.isWhitespace })
    else {
      throw InvalidValueError(
        field: .email, value: text, expected: "an e-mail address such as jo@example.org")
    }
  }

  /// The UK's three-digit service numbers a panel prints: police non-emergency (101),
  /// emergency (999, 112), NHS (111), the power cut line (105), Covid (119).
  static let serviceNumbers: Set<String> = ["101", "105", "111", "112", "119", "999"]

  /// A phone number: digits with spaces, `+`, `-`, brackets; at least six digits, or one
  /// of the three-digit service numbers residents call (101 for the police).
  static func phone(_ text: String) throws {
    let value = trimmed(text)
    let allowed = CharacterSet(charactersIn: "0123456789 +-()")
    let digits = value.filter(\.isNumber)
    guard value.unicodeScalars.allSatisfy(allowed.contains),
      digits.count >= 6 || serviceNumbers.contains(String(digits))
    else {
      throw InvalidValueError(
        field: .phone, value: text, expected: "a phone number such as 01732 844522, or 101")
    }
  }

  /// A meeting named by its id or date (`2024-03-12`, `2024-03-12b`) or the start of one
  /// (`2024-03`): anything else is a mistake in typing it, not a meeting that is missing.
  static func meeting(_ wanted: String, as typed: String) throws {
    let shape = Array("0000-00-00a")
    let characters = Array(wanted)
    let fits =
      !characters.isEmpty && characters.count <= shape.count
      && zip(characters, shape).allSatisfy { character, expected in
        switch expected {
        case "0": character.isASCII && character.isNumber
        case "-": character == "-"
        default: ("b"..."z").contains(character)
        }
      }
    if fits, characters.count < 10 || Meeting.day(ofID: wanted) != nil { return }
    var expected = "a meeting's date written YYYY-MM-DD"
    if case .day(let day) = SpreadsheetDate(typed) { expected += " (\(day))" }
    throw InvalidValueError(field: .meeting, value: typed, expected: expected)
  }

  /// Whether `text` holds a control character — an escape that could rewrite a terminal,
  /// a NUL — other than the line breaks and tabs `allowingLineBreaks` permits.
  static func hasControlCharacters(_ text: String, allowingLineBreaks: Bool) -> Bool {
    text.unicodeScalars.contains { scalar in
      guard scalar.properties.generalCategory == .control else { return false }
      return !(allowingLineBreaks && (scalar == "\n" || scalar == "\r" || scalar == "\t"))
    }
  }

  /// Text that is not empty; it may run over several lines.
  static func text(_ text: String, field: Field) throws -> String {
    let value = trimmed(text)
    guard !value.isEmpty, !hasControlCharacters(value, allowingLineBreaks: true) else {
      throw InvalidValueError(
        field: field, value: text, expected: "some text, without control characters")
    }
    return value
  }

  /// Text on one line that is not empty.
  static func line(_ text: String, field: Field) throws -> String {
    let value = trimmed(text)
    guard !value.isEmpty, !hasControlCharacters(value, allowingLineBreaks: false) else {
      throw InvalidValueError(field: field, value: text, expected: "text on one line")
    }
    return value
  }

  /// A setting given as an option: nil when not given, `.some(nil)` when given empty (to
  /// clear it), else the text checked as one line.
  static func setting(_ text: String?, field: Field) throws -> String?? {
    guard let text else { return .none }
    if trimmed(text).isEmpty { return .some(nil) }
    return .some(try line(text, field: field))
  }
}
