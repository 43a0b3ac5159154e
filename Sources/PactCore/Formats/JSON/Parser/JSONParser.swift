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

  /// The document's bytes, read only during a call to `parse`.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where the document starts: 3 after a byte-order mark, else 0.
  let start: Int
  /// Where the parser has read to.
  var index: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
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
}
