// The byte scanner: whitespace, the literals `true`, `false` and `null`, and the classes of
// bytes the other parts ask about.
extension JSONParser {
  /// Steps over the whitespace RFC 8259 allows between tokens: space, tab, CR and LF.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  /// Parses `literal` (`true`, `false` or `null`) at `index`, refusing a longer word.
  mutating func parseLiteral(_ literal: String) throws(JSONSyntaxError) {
    let literalStart = index
    for expected in literal.utf8 {
      guard index < bytes.count else { throw endOfFileError() }
      guard bytes[index] == expected else {
        index = literalStart
        throw unexpectedError(expected: "expected a value")
      }
      index += 1
    }
    // `truex` is one wrong word, not `true` followed by junk.
    if index < bytes.count && Self.isWordByte(bytes[index]) {
      index = literalStart
      throw unexpectedError(expected: "expected a value")
    }
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Bytes that make up the words people mistype for values: `True`, `NaN`, `+1`, `.5`.
  static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "+"),
      UInt8(ascii: "-"), UInt8(ascii: "."):
      return true
    default:
      return false
    }
  }

  /// Whether `byte` is an ASCII character other than a control character.
  static func isPrintableASCII(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F
  }
}
