/// Escaping for HTML and XML, so that text people typed shows as typed and can never add
/// markup, and control characters never reach a page.
enum HTMLEscape {
  /// Whether a character may appear in a page: not a control character other than tab and
  /// line feed, and not a Unicode noncharacter, which HTML5 treats as a parse error.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x09 || value == 0x0A { return true }
    if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
    if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
    return true
  }

  /// `text` as element content: `&`, `<` and `>` as entities, control characters dropped.
  /// Runs of white space, line breaks among them, become one space unless `keepLines`
  /// (a run at either end too, so that pieces of a sentence keep the space between them).
  static func text(_ text: String, keepLines: Bool = false) -> String {
    escape(text, quotes: false, keepLines: keepLines)
  }

  /// `text` as a quoted attribute value: quotes too as entities, on one line.
  static func attribute(_ text: String) -> String {
    escape(text, quotes: true, keepLines: false)
  }

  /// `text` as element content with its spacing kept as it is: for pieces of a line
  /// whose white space was already settled (by Markdown escaping).
  static func verbatim(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars where isAllowed(scalar) {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\t", "\n": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func escape(_ text: String, quotes: Bool, keepLines: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      guard isAllowed(scalar) else { continue }
      if scalar.properties.isWhitespace, !(keepLines && scalar == "\n") {
        pendingSpace = true
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where quotes: result += "&quot;"
      case "'" where quotes: result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    if pendingSpace { result.append(" ") }
    return result
  }
}
