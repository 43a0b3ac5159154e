/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by
/// CRLF, and a field quoted (with its quotes doubled) when it holds a comma, a quote, a
/// line break, or leading or trailing spaces.
///
/// Every CSV pact writes passes through here, so two rules for spreadsheets are kept in
/// this one place: a cell that a spreadsheet would run as a formula — one beginning with
/// `=`, `+`, `-`, `@`, a tab or a carriage return — is written with a leading `'`, which
/// Excel and its like show as text (OWASP's advice against CSV injection); and control
/// characters are shown as `\u{1B}` (`VisibleText`).
public enum CSVWriter {
  /// The table as CSV text, the header first: each record as `record(_:)` writes it.
  public static func document(header: [String], rows: [[String]]) -> String {
    var document = Document(header: header, rows: rows.count)
    for row in rows { document.append(row) }
    return document.text
  }

  /// A CSV document written record by record, each as `record(_:)` writes it: for a table
  /// too long to be worth holding as rows first (an export of ten years is 140,000 fields).
  struct Document {
    private var output: [UInt8] = []

    /// A document of `header` and about `rows` records to come.
    init(header: [String], rows: Int) {
      output.reserveCapacity((rows + 1) * 160)
      CSVWriter.append(header, to: &output)
    }

    mutating func append(_ fields: [String]) {
      CSVWriter.append(fields, to: &output)
    }

    var text: String { String(decoding: output, as: UTF8.self) }
  }

  /// Appends one record, as `record(_:)` writes it.
  private static func append(_ fields: [String], to output: inout [UInt8]) {
    for (index, text) in fields.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      var text = text
      let written = text.withUTF8 { appendPrintableASCII($0, to: &output) }
      if !written { output += field(text).utf8 }
    }
    output += [0x0D, 0x0A]
  }

  /// Appends the field `bytes`, as `field(_:)` writes it, when they are printable ASCII
  /// alone (most fields): no control character to show, and each rule a test of a byte.
  /// Returns false, appending nothing, for any other text.
  private static func appendPrintableASCII(
    _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]
  ) -> Bool {
    guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
    // A tab or a carriage return, the other formula starts, is not printable.
    let formula = bytes.first.map { "=+-@".utf8.contains($0) } ?? false
    let needsQuotes =
      bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }
      || (!formula && bytes.first == UInt8(ascii: " ")) || bytes.last == UInt8(ascii: " ")
    if needsQuotes { output.append(UInt8(ascii: "\"")) }
    if formula { output.append(UInt8(ascii: "'")) }
    if needsQuotes {
      for byte in bytes {
        output.append(byte)
        if byte == UInt8(ascii: "\"") { output.append(byte) }
      }
      output.append(UInt8(ascii: "\""))
    } else {
      output.append(contentsOf: bytes)
    }
    return true
  }

  /// One record, ending in CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// The characters that make a spreadsheet read a cell as a formula when they start it.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// One field, made safe to open in a spreadsheet and quoted when it must be.
  public static func field(_ text: String) -> String {
    var value = VisibleText.escaped(text)
    if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
      value = "'" + value
    }
    // Looked for in the bytes: each is ASCII, never part of a longer character's bytes.
    let needsQuotes =
      value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || value.first == " " || value.last == " "
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
