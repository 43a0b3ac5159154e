import Foundation

/// One record of a CSV file: its fields, and the physical line it starts on.
public struct CSVRecord: Equatable, Sendable {
  public var fields: [String]
  /// The line of the file the record starts on, counting from 1. A quoted field that runs
  /// over several lines makes the next record start further down.
  public var line: Int

  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }

  /// Whether every field is empty or spaces: a blank line, or a row of empty cells.
  public var isBlank: Bool {
    fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
  }
}

/// CSV text that does not follow RFC 4180 closely enough to read.
public struct CSVSyntaxError: Error, Equatable, Sendable, LocalizedError {
  /// The line the problem is on.
  public var line: Int
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var errorDescription: String? { "line \(line): \(message)" }
}

/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it.
///
/// - Records end with CRLF, LF, or a lone CR (what Excel for the Mac once wrote); a final
///   line break is optional.
/// - A field in double quotes may hold commas, line breaks and doubled quotes (`""`);
///   spaces after its closing quote are ignored, anything else there is an error. A line
///   break inside a quoted field is read as LF, whichever the file uses.
/// - A quote inside a field that does not start with one is kept as typed (`5" pipe`).
/// - A blank line is a record with one empty field; callers skip what they do not want.
public enum CSVReader {
  /// The records of `text`, in order.
  ///
  /// - Throws: `CSVSyntaxError` for a quoted field that is never closed (naming the line
  ///   it opens on) or text after a closing quote.
  public static func records(in text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    // The delimiters are ASCII, and in UTF-8 an ASCII byte is never part of another
    // character, so the scanner reads bytes and decodes each field in one go.
    var text = text
    let result = text.withUTF8 { bytes -> Result<[CSVRecord], CSVSyntaxError> in
      var scanner = Scanner(bytes)
      return Result { () throws(CSVSyntaxError) in try scanner.records() }
    }
    return try result.get()
  }

  /// The text of a CSV file: UTF-8 (without its byte-order mark, if any), or else
  /// Windows-1252, which is what Excel's plain "CSV (Comma delimited)" saves.
  public static func decode(_ data: Data) -> String {
    // A slice shares the file's bytes rather than copying them.
    let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    if let text = String(data: bytes, encoding: .utf8) { return text }
    var text = String.UnicodeScalarView()
    bytes.withUnsafeBytes { raw in
      for byte in raw {
        if (0x80...0x9F).contains(byte), let scalar = windows1252[Int(byte - 0x80)] {
          text.append(scalar)
        } else {
          // Latin-1 agrees with Windows-1252 outside 0x80–0x9F; the five bytes Windows-1252
          // leaves undefined are read as the Latin-1 control characters too.
          text.append(Unicode.Scalar(byte))
        }
      }
    }
    return String(text)
  }

  /// Windows-1252's characters for the bytes 0x80–0x9F (nil where it has none).
  private static let windows1252: [Unicode.Scalar?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
  ].map { $0.flatMap { Unicode.Scalar(UInt32($0)) } }

  /// Reads records from the UTF-8 bytes of the text.
  private struct Scanner {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    /// The number of fields in the last record, to size the next one's array.
    var width = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      // A byte-order mark (U+FEFF) left at the start is not part of the first field.
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Whether `byte` ends an unquoted field.
    static func endsField(_ byte: UInt8) -> Bool {
      byte == comma || byte == carriageReturn || byte == lineFeed
    }

    /// The text of `bytes[range]`.
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Steps over a line break (CRLF, LF or CR) at the current position, if there is one.
    mutating func skipLineBreak() -> Bool {
      switch current {
      case Scanner.carriageReturn:
        index += 1
        if current == Scanner.lineFeed { index += 1 }
      case Scanner.lineFeed:
        index += 1
      default:
        return false
      }
      line += 1
      return true
    }

    mutating func records() throws(CSVSyntaxError) -> [CSVRecord] {
      var records: [CSVRecord] = []
      while index < bytes.count {
        records.append(try record())
      }
      return records
    }

    /// One record, and the line break that ends it.
    mutating func record() throws(CSVSyntaxError) -> CSVRecord {
      let start = line
      var fields: [String] = []
      fields.reserveCapacity(width)
      while true {
        fields.append(current == Scanner.quote ? try quotedField() : plainField())
        if current == Scanner.comma {
          index += 1
          continue
        }
        _ = skipLineBreak()
        width = fields.count
        return CSVRecord(fields: fields, line: start)
      }
    }

    mutating func plainField() -> String {
      let start = index
      while index < bytes.count, !Scanner.endsField(bytes[index]) { index += 1 }
      return text(start..<index)
    }

    mutating func quotedField() throws(CSVSyntaxError) -> String {
      let opened = line
      index += 1
      // Most quoted fields are one run of bytes, decoded as they stand; a doubled quote or
      // a line break starts a copy, `unescaped`, that drops the second quote and writes LF.
      var unescaped: [UInt8] = []
      var start = index
      while true {
        guard index < bytes.count else {
          throw CSVSyntaxError(
            line: opened,
            message: "a quoted field opened on line \(opened) is never closed (a missing \")")
        }
        let byte = bytes[index]
        if byte == Scanner.quote {
          guard index + 1 < bytes.count, bytes[index + 1] == Scanner.quote else { break }
          unescaped.append(contentsOf: bytes[start...index])
          index += 2
          start = index
        } else if byte == Scanner.carriageReturn || byte == Scanner.lineFeed {
          unescaped.append(contentsOf: bytes[start..<index])
          unescaped.append(Scanner.lineFeed)
          _ = skipLineBreak()
          start = index
        } else {
          index += 1
        }
      }
      let field: String
      if unescaped.isEmpty {
        field = text(start..<index)
      } else {
        unescaped.append(contentsOf: bytes[start..<index])
        field = String(decoding: unescaped, as: UTF8.self)
      }
      index += 1
      while current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") { index += 1 }
      if let byte = current, !Scanner.endsField(byte) {
        throw CSVSyntaxError(
          line: line,
          message: "text after the closing quote of a quoted field; a quote inside a quoted "
            + "field is written twice (\"\")")
      }
      return field
    }
  }
}
