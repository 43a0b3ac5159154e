import Foundation

/// A strict RFC 8259 JSON parser that works on UTF-8 bytes.
///
/// The document must hold exactly one value, with optional whitespace around it, and may
/// start with a UTF-8 byte-order mark. Everything else RFC 8259 forbids is an error:
/// invalid UTF-8, unescaped control characters and unpaired surrogates in strings,
/// numbers outside the grammar (`01`, `+1`, `.5`, `NaN`), trailing commas, comments.
/// A key repeated within one object is an error too (reported once the object is
/// complete), as are containers nested deeper than ``maximumDepth``. The parser keeps
/// its own stack, so no input can overflow the thread's stack.
///
/// Errors give the line and column of the first problem found; see ``JSONSyntaxError``
/// for how they are counted. The parser reads the bytes once, and computes the position
/// only when it fails.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 512

  /// An array or object whose end has not been reached yet.
  private struct OpenContainer {
    var isObject: Bool
    /// Where its elements, or its members' values, start on the value stack.
    var valuesStart: Int
    /// Where its members' keys start on the key stack.
    var keysStart: Int
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  /// Where the document starts: 3 after a byte-order mark, else 0.
  private let start: Int
  private var index: Int

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    let hasByteOrderMark =
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    start = hasByteOrderMark ? 3 : 0
    index = start
  }

  /// Parses one JSON document.
  ///
  /// - Parameter data: The UTF-8 text of the document.
  /// - Returns: The value the document holds.
  /// - Throws: ``JSONSyntaxError`` locating the first problem.
  public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
    let result = data.withUnsafeBytes { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in try parse(buffer) }
    }
    return try result.get()
  }

  /// Parses one JSON document.
  ///
  /// - Parameter bytes: The UTF-8 text of the document.
  /// - Returns: The value the document holds.
  /// - Throws: ``JSONSyntaxError`` locating the first problem.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let result = bytes.withUnsafeBufferPointer { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in
        var parser = JSONParser(buffer)
        return try parser.parseDocument()
      }
    }
    return try result.get()
  }

  /// Parses one JSON document.
  ///
  /// - Parameter text: The text of the document.
  /// - Returns: The value the document holds.
  /// - Throws: ``JSONSyntaxError`` locating the first problem.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    var text = text
    let result = text.withUTF8 { buffer in
      Result { () throws(JSONSyntaxError) -> JSONValue in
        var parser = JSONParser(buffer)
        return try parser.parseDocument()
      }
    }
    return try result.get()
  }

  /// Parses one JSON document.
  ///
  /// - Parameter buffer: The UTF-8 text of the document; it is only read during the call.
  /// - Returns: The value the document holds.
  /// - Throws: ``JSONSyntaxError`` locating the first problem.
  public static func parse(_ buffer: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(buffer.assumingMemoryBound(to: UInt8.self))
    return try parser.parseDocument()
  }

  // MARK: - The document and its containers

  private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else {
      throw JSONSyntaxError(line: 1, column: 1, message: "the file is empty")
    }
    // Open containers live on these stacks rather than the call stack, so hostile
    // nesting costs heap, bounded by maximumDepth, and never overflows the thread.
    // The elements and members of every open container share flat stacks, which are
    // reused as containers close: each array or object is then built once, at its
    // exact size, and each key is hashed once.
    var containers: [OpenContainer] = []
    var values: [JSONValue] = []
    var keys: [String] = []
    var keyOffsets: [Int] = []

    parsing: while true {
      var value: JSONValue
      guard index < bytes.count else { throw endOfFileError() }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        guard containers.count < Self.maximumDepth else { throw tooDeepError() }
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
          index += 1
          value = .object([:])
        } else {
          containers.append(
            OpenContainer(isObject: true, valuesStart: values.count, keysStart: keys.count))
          keyOffsets.append(index)
          keys.append(try parseKey())
          continue parsing
        }
      case UInt8(ascii: "["):
        guard containers.count < Self.maximumDepth else { throw tooDeepError() }
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
          index += 1
          value = .array([])
        } else {
          containers.append(
            OpenContainer(isObject: false, valuesStart: values.count, keysStart: keys.count))
          continue parsing
        }
      case UInt8(ascii: "\""):
        value = .string(try parseString())
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = .number(try parseNumber())
      case UInt8(ascii: "t"):
        try parseLiteral("true")
        value = .bool(true)
      case UInt8(ascii: "f"):
        try parseLiteral("false")
        value = .bool(false)
      case UInt8(ascii: "n"):
        try parseLiteral("null")
        value = .null
      default:
        throw unexpectedError(expected: "expected a value")
      }

      // A value is complete: store it in its container, and close every container that
      // ends right after it.
      while let container = containers.last {
        values.append(value)
        skipWhitespace()
        guard index < bytes.count else { throw endOfFileError() }
        let byte = bytes[index]
        if byte == UInt8(ascii: ",") {
          index += 1
          skipWhitespace()
          guard container.isObject else {
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
              throw error("trailing comma before ']'", at: index)
            }
            continue parsing
          }
          if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            throw error("trailing comma before '}'", at: index)
          }
          keyOffsets.append(index)
          keys.append(try parseKey())
          continue parsing
        }
        if container.isObject {
          guard byte == UInt8(ascii: "}") else {
            throw error("expected ',' or '}' after an object member", at: index)
          }
          value = .object(
            try closeObject(container, values: &values, keys: &keys, keyOffsets: &keyOffsets))
        } else {
          guard byte == UInt8(ascii: "]") else {
            throw error("expected ',' or ']' after an array element", at: index)
          }
          value = .array(Array(values[container.valuesStart...]))
          values.removeLast(values.count - container.valuesStart)
        }
        index += 1
        containers.removeLast()
      }

      skipWhitespace()
      guard index == bytes.count else {
        throw error("unexpected text after the end of the JSON value", at: index)
      }
      return value
    }
  }

  /// Builds a complete object from the top of the stacks and removes it from them.
  ///
  /// Duplicate keys are found here, once the object is complete, so that each key is
  /// hashed only once; a syntax error later in the same object is reported first.
  private func closeObject(
    _ container: OpenContainer,
    values: inout [JSONValue],
    keys: inout [String],
    keyOffsets: inout [Int]
  ) throws(JSONSyntaxError) -> [String: JSONValue] {
    let count = values.count - container.valuesStart
    var members = [String: JSONValue](minimumCapacity: count)
    for member in 0..<count {
      let key = keys[container.keysStart + member]
      if members.updateValue(values[container.valuesStart + member], forKey: key) != nil {
        throw error(
          "duplicate key \(JSONWriter.quoted(key))", at: keyOffsets[container.keysStart + member])
      }
    }
    values.removeLast(count)
    keys.removeLast(count)
    keyOffsets.removeLast(count)
    return members
  }

  /// Parses `"key":` and the whitespace after it, at the start of an object member.
  private mutating func parseKey() throws(JSONSyntaxError) -> String {
    guard index < bytes.count else { throw endOfFileError() }
    guard bytes[index] == UInt8(ascii: "\"") else {
      throw unexpectedError(expected: "expected an object key in double quotes")
    }
    let key = try parseString()
    skipWhitespace()
    guard index < bytes.count else { throw endOfFileError() }
    guard bytes[index] == UInt8(ascii: ":") else {
      throw error("expected ':' after the object key", at: index)
    }
    index += 1
    skipWhitespace()
    return key
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  // MARK: - Scalars

  private mutating func parseLiteral(_ literal: String) throws(JSONSyntaxError) {
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

  /// Parses a number and returns its text, which is known to match the grammar.
  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
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

  private mutating func skipDigits() {
    while index < bytes.count && Self.isDigit(bytes[index]) {
      index += 1
    }
  }

  /// Parses a string starting at its opening quote.
  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let quote = index
    // Local copies of the input and position let the hot loop stay in registers.
    let input = bytes
    var position = quote + 1
    var runStart = position
    // Only strings with escapes need a buffer; the rest are decoded straight from input.
    var unescaped: [UInt8] = []
    var hasEscapes = false
    while position < input.count {
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
  private mutating func parseEscape(
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
  private mutating func parseHexQuad(
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
  private mutating func skipMultibyteCharacter(stringStart: Int) throws(JSONSyntaxError) {
    guard let length = Self.validUTF8Length(bytes, at: index) else {
      // Input cut short in the middle of a character is an unfinished string.
      if Self.isTruncatedUTF8(bytes, at: index) {
        throw error("unterminated string", at: stringStart)
      }
      throw error("invalid UTF-8", at: index)
    }
    index += length
  }

  // MARK: - Errors

  private func error(_ message: String, at offset: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = start
    var position = start
    while position < offset {
      if bytes[position] == 0x0A {
        line += 1
        lineStart = position + 1
      }
      position += 1
    }
    var column = 1
    for byte in bytes[lineStart..<offset] where byte & 0xC0 != 0x80 {
      column += 1
    }
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  private func endOfFileError() -> JSONSyntaxError {
    error("the file ends in the middle of a value", at: bytes.count)
  }

  private func tooDeepError() -> JSONSyntaxError {
    error("arrays and objects are nested deeper than \(Self.maximumDepth) levels", at: index)
  }

  /// An error for an unexpected character at `index`, naming what was found.
  private func unexpectedError(expected: String) -> JSONSyntaxError {
    let byte = bytes[index]
    if Self.isWordByte(byte) {
      var end = index
      while end < bytes.count && end - index < 20 && Self.isWordByte(bytes[end]) {
        end += 1
      }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      return error("\(expected), found '\(word)'", at: index)
    }
    if byte == UInt8(ascii: "'") {
      return error("\(expected), found \"'\"", at: index)
    }
    if Self.isPrintableASCII(byte) {
      return error("\(expected), found '\(Character(Unicode.Scalar(byte)))'", at: index)
    }
    if byte < 0x80 {
      let code = String(byte, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: 4 - code.count) + code
      return error("\(expected), found the control character U+\(padded)", at: index)
    }
    guard let length = Self.validUTF8Length(bytes, at: index) else {
      return error("invalid UTF-8", at: index)
    }
    let character = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
    return error("\(expected), found '\(character)'", at: index)
  }

  // MARK: - Bytes

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Bytes that make up the words people mistype for values: `True`, `NaN`, `+1`, `.5`.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "+"),
      UInt8(ascii: "-"), UInt8(ascii: "."):
      return true
    default:
      return false
    }
  }

  private static func isPrintableASCII(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F
  }

  private static func hex(_ unit: UInt16) -> String {
    let digits = String(unit, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }

  /// The length of the well-formed multi-byte UTF-8 sequence at `offset`, or nil if the
  /// bytes there are not one (RFC 3629: no overlong forms, surrogates or values above
  /// U+10FFFF).
  private static func validUTF8Length(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    guard let (length, secondRange) = utf8Lead(bytes[offset]) else { return nil }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      return nil
    }
    for position in offset + 2..<offset + length where bytes[position] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// Whether the bytes at `offset` start a valid sequence that the input cuts short.
  private static func isTruncatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard let (length, secondRange) = utf8Lead(bytes[offset]) else { return false }
    guard offset + length > bytes.count else { return false }
    if offset + 1 < bytes.count && !secondRange.contains(bytes[offset + 1]) { return false }
    for position in min(offset + 2, bytes.count)..<bytes.count where bytes[position] & 0xC0 != 0x80
    {
      return false
    }
    return true
  }

  /// The length of the sequence a lead byte starts and the range its second byte must be in.
  private static func utf8Lead(_ lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80...0xBF)
    case 0xE0: return (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
    case 0xED: return (3, 0x80...0x9F)
    case 0xF0: return (4, 0x90...0xBF)
    case 0xF1...0xF3: return (4, 0x80...0xBF)
    case 0xF4: return (4, 0x80...0x8F)
    default: return nil
    }
  }
}
