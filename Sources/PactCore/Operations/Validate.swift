import Foundation

/// Checks of values people type, shared by every command that takes them.
enum Validate {
  static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
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
        option: "--email", value: text, expected: "an e-mail address such as jo@example.org")
    }
  }

  /// A phone number: digits with spaces, `+`, `-`, brackets; at least six digits.
  static func phone(_ text: String) throws {
    let value = trimmed(text)
    let allowed = CharacterSet(charactersIn: "0123456789 +-()")
    guard value.unicodeScalars.allSatisfy(allowed.contains),
      value.filter(\.isNumber).count >= 6
    else {
      throw InvalidValueError(
        option: "--phone", value: text, expected: "a phone number such as 01732 844522")
    }
  }

  /// Text that is not empty; it may run over several lines.
  static func text(_ text: String, option: String) throws -> String {
    let value = trimmed(text)
    guard !value.isEmpty else {
      throw InvalidValueError(option: option, value: text, expected: "some text")
    }
    return value
  }

  /// Text on one line that is not empty.
  static func line(_ text: String, option: String) throws -> String {
    let value = trimmed(text)
    guard !value.isEmpty, !value.contains(where: \.isNewline) else {
      throw InvalidValueError(option: option, value: text, expected: "text on one line")
    }
    return value
  }
}
