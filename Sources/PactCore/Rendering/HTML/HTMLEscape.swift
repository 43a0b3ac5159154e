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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": bytes += entityAmp
      case "<": bytes += entityLt
      case ">": bytes += entityGt
      case "\t", "\n": bytes.append(0x20)
      default: if isAllowed(scalar) { append(scalar, to: &bytes) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let entityAmp = Array("&amp;".utf8)
  static let entityLt = Array("&lt;".utf8)
  static let entityGt = Array("&gt;".utf8)
  private static let entityQuot = Array("&quot;".utf8)
  private static let entityApos = Array("&#39;".utf8)

  /// Appends the UTF-8 bytes of `scalar`.
  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(UInt8(value))
    } else {
      UTF8.encode(scalar) { bytes.append($0) }
    }
  }

  /// Whether `scalar` is white space (Unicode's White_Space), looked up only beyond ASCII.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return scalar.properties.isWhitespace
  }

  private static func escape(_ text: String, quotes: Bool, keepLines: Bool) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      guard isAllowed(scalar) else { continue }
      if isWhitespace(scalar), !(keepLines && scalar == "\n") {
        pendingSpace = true
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      switch scalar {
      case "&": bytes += entityAmp
      case "<": bytes += entityLt
      case ">": bytes += entityGt
      case "\"" where quotes: bytes += entityQuot
      case "'" where quotes: bytes += entityApos
      default: append(scalar, to: &bytes)
      }
    }
    if pendingSpace { bytes.append(0x20) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
