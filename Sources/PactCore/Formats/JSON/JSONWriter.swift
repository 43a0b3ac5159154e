import Foundation

/// Writes ``JSONValue``s as the text pact stores: stable, so a diff shows what changed.
///
/// Object keys are sorted by Unicode code point (the byte order of their UTF-8), strings
/// escape only `"`, `\` and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, the rest
/// as `\u00XX` in lower case), and everything else, `/` and non-ASCII included, is written
/// as raw UTF-8. Numbers are written exactly as their text. The pretty form is what
/// Python's `json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)` writes,
/// followed by a newline.
///
/// The writer recurses once per level of nesting; values read by ``JSONParser`` are at
/// most ``JSONParser/maximumDepth`` deep.
public enum JSONWriter {
  /// The value as a pretty-printed document: two-space indentation, one member or
  /// element per line, `"key": value`, `{}` and `[]` when empty, and a final newline.
  ///
  /// - Parameter value: The value to write.
  /// - Returns: The UTF-8 text.
  public static func prettyData(_ value: JSONValue) -> Data {
    Data(prettyBytes(value))
  }

  /// The value as a pretty-printed document, as ``prettyData(_:)`` writes it.
  ///
  /// - Parameter value: The value to write.
  /// - Returns: The text.
  public static func prettyString(_ value: JSONValue) -> String {
    String(decoding: prettyBytes(value), as: UTF8.self)
  }

  /// The value on one line with no whitespace and no final newline, keys sorted.
  ///
  /// - Parameter value: The value to write.
  /// - Returns: The UTF-8 text.
  public static func compactData(_ value: JSONValue) -> Data {
    var output: [UInt8] = []
    writeCompact(value, to: &output)
    return Data(output)
  }

  /// The value on one line, as ``compactData(_:)`` writes it.
  ///
  /// - Parameter value: The value to write.
  /// - Returns: The text.
  public static func compactString(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    writeCompact(value, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// A string as a JSON string literal, quotes included, for messages that quote a value.
  static func quoted(_ string: String) -> String {
    var output: [UInt8] = []
    writeString(string, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  private static func prettyBytes(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    writePretty(value, indent: 0, to: &output)
    output.append(0x0A)
    return output
  }

  private static func writePretty(_ value: JSONValue, indent: Int, to output: inout [UInt8]) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        writeNewline(indent: indent + 1, to: &output)
        writePretty(element, indent: indent + 1, to: &output)
      }
      writeNewline(indent: indent, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      output.append(UInt8(ascii: "{"))
      for (position, member) in sortedMembers(members).enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        writeNewline(indent: indent + 1, to: &output)
        writeString(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
        writePretty(member.value, indent: indent + 1, to: &output)
      }
      writeNewline(indent: indent, to: &output)
      output.append(UInt8(ascii: "}"))
    default:
      writeCompact(value, to: &output)
    }
  }

  private static func writeCompact(_ value: JSONValue, to output: inout [UInt8]) {
    switch value {
    case .null:
      output.append(contentsOf: "null".utf8)
    case .bool(let bool):
      output.append(contentsOf: (bool ? "true" : "false").utf8)
    case .number(let text):
      output.append(contentsOf: text.utf8)
    case .string(let string):
      writeString(string, to: &output)
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        writeCompact(element, to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (position, member) in sortedMembers(members).enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        writeString(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        writeCompact(member.value, to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// Members in the code point order of their keys. (Swift's `<` on strings compares
  /// them normalised, which can give another order.)
  private static func sortedMembers(
    _ members: [String: JSONValue]
  ) -> [(key: String, value: JSONValue)] {
    members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
  }

  private static func writeNewline(indent: Int, to output: inout [UInt8]) {
    output.append(0x0A)
    for _ in 0..<indent * 2 {
      output.append(UInt8(ascii: " "))
    }
  }

  static func writeString(_ string: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var string = string
    // Copy runs of bytes that need no escape in one go.
    string.withUTF8 { bytes in
      var runStart = 0
      for position in bytes.indices {
        let byte = bytes[position]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
        writeEscape(byte, to: &output)
        runStart = position + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Writes the escape for `"`, `\` or a control character.
  private static func writeEscape(_ byte: UInt8, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x0A: output.append(UInt8(ascii: "n"))
    case 0x0D: output.append(UInt8(ascii: "r"))
    case 0x09: output.append(UInt8(ascii: "t"))
    case 0x08: output.append(UInt8(ascii: "b"))
    case 0x0C: output.append(UInt8(ascii: "f"))
    case 0x00..<0x20:
      let low = byte & 0x0F
      output.append(contentsOf: "u00".utf8)
      output.append(UInt8(ascii: "0") + byte >> 4)
      output.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
    default:
      output.append(byte)
    }
  }
}
