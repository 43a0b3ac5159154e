// Numbers, checked against the grammar of RFC 8259 and kept as their text.
extension JSONParser {
  /// Parses a number and returns its text, which is known to match the grammar.
  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let numberStart = index
    if bytes[index] == UInt8(ascii: "-") {
      index += 1
    }
    guard index < bytes.count else { throw endOfFileError() }
    switch bytes[index] {
    case UInt8(ascii: "0"):
      index += 1
      if index < bytes.count && Self.isDigit(bytes[index]) {
        throw error("numbers may not have leading zeros", at: numberStart)
      }
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      skipDigits()
    default:
      throw error("expected a digit after '-'", at: index)
    }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count else { throw endOfFileError() }
      guard Self.isDigit(bytes[index]) else {
        throw error("expected a digit after the decimal point", at: index)
      }
      skipDigits()
    }
    if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count
        && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
      {
        index += 1
      }
      guard index < bytes.count else { throw endOfFileError() }
      guard Self.isDigit(bytes[index]) else {
        throw error("expected a digit in the exponent", at: index)
      }
      skipDigits()
    }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<index]), as: UTF8.self)
  }

  /// Steps over a run of ASCII digits.
  mutating func skipDigits() {
    while index < bytes.count && Self.isDigit(bytes[index]) {
      index += 1
    }
  }
}
