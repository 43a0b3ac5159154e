// Strings: their characters, escapes and surrogate pairs.
extension JSONParser {
  /// Parses a string starting at its opening quote.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let quote = index
    // Local copies of the input and position let the hot loop stay in registers.
    let input = bytes
    var position = quote + 1
    var runStart = position
    // Only strings with escapes need a buffer; the rest are decoded straight from input.
    var unescaped: [UInt8] = []
    var hasEscapes = false
    while position < input.count {
      // Eight plain characters at a time, then the rest one by one.
      position = ByteWords.skip(input, from: position, while: ByteWords.isPlainJSONString)
      guard position < input.count else { break }
      let byte = input[position]
      if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        position += 1
        continue
      }
      index = position
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: input[runStart..<position])
        index += 1
        guard hasEscapes else { return String(decoding: run, as: UTF8.self) }
        unescaped.append(contentsOf: run)
        return String(decoding: unescaped, as: UTF8.self)
      } else if byte == UInt8(ascii: "\\") {
        if !hasEscapes {
          hasEscapes = true
          unescaped.reserveCapacity(position - runStart + 16)
        }
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
        try parseEscape(into: &unescaped, stringStart: quote)
        runStart = index
      } else if byte < 0x20 {
        let code = String(byte, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: 4 - code.count) + code
        throw error("unescaped control character U+\(padded) in a string", at: position)
      } else {
        try skipMultibyteCharacter(stringStart: quote)
      }
      position = index
    }
    throw error("unterminated string", at: quote)
  }

  /// Parses an escape sequence starting at its backslash and appends what it stands for.
  mutating func parseEscape(
    into output: inout [UInt8], stringStart: Int
  ) throws(JSONSyntaxError) {
    let backslash = index
    guard index + 1 < bytes.count else { throw error("unterminated string", at: stringStart) }
    let letter = bytes[index + 1]
    index += 2
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(letter)
    case UInt8(ascii: "b"): output.append(0x08)
    case UInt8(ascii: "f"): output.append(0x0C)
    case UInt8(ascii: "n"): output.append(0x0A)
    case UInt8(ascii: "r"): output.append(0x0D)
    case UInt8(ascii: "t"): output.append(0x09)
    case UInt8(ascii: "u"):
      let unit = try parseHexQuad(backslash: backslash, stringStart: stringStart)
      var scalarValue = UInt32(unit)
      if (0xDC00...0xDFFF).contains(unit) {
        throw error("unpaired surrogate \\u\(Self.hex(unit)) in a string", at: backslash)
      }
      if (0xD800...0xDBFF).contains(unit) {
        let unpaired = "unpaired surrogate \\u\(Self.hex(unit)) in a string"
        let lowStart = index
        guard index < bytes.count else { throw error("unterminated string", at: stringStart) }
        guard bytes[index] == UInt8(ascii: "\\") else { throw error(unpaired, at: backslash) }
        guard index + 1 < bytes.count else { throw error("unterminated string", at: stringStart) }
        guard bytes[index + 1] == UInt8(ascii: "u") else { throw error(unpaired, at: backslash) }
        index += 2
        let low = try parseHexQuad(backslash: lowStart, stringStart: stringStart)
        guard (0xDC00...0xDFFF).contains(low) else { throw error(unpaired, at: backslash) }
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      }
      // Every value left is a valid scalar: surrogates were paired or refused above.
      guard let scalar = Unicode.Scalar(scalarValue) else {
        throw error("invalid \\u escape in a string", at: backslash)
      }
      output.append(contentsOf: scalar.utf8)
    default:
      guard Self.isPrintableASCII(letter) else {
        throw error("invalid escape in a string", at: backslash)
      }
      throw error(
        "invalid escape '\\\(Character(Unicode.Scalar(letter)))' in a string", at: backslash)
    }
  }

  /// Parses the four hex digits after `\u`.
  mutating func parseHexQuad(
    backslash: Int, stringStart: Int
  ) throws(JSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard index < bytes.count else { throw error("unterminated string", at: stringStart) }
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw error("invalid \\u escape: expected four hex digits", at: backslash)
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }

  /// Steps over one multi-byte UTF-8 character inside a string, checking it is valid.
  mutating func skipMultibyteCharacter(stringStart: Int) throws(JSONSyntaxError) {
    guard let length = Self.validUTF8Length(bytes, at: index) else {
      // Input cut short in the middle of a character is an unfinished string.
      if Self.isTruncatedUTF8(bytes, at: index) {
        throw error("unterminated string", at: stringStart)
      }
      throw error("invalid UTF-8", at: index)
    }
    index += length
  }

  /// A UTF-16 code unit as four upper-case hex digits, as an escape writes it.
  static func hex(_ unit: UInt16) -> String {
    let digits = String(unit, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }
}
