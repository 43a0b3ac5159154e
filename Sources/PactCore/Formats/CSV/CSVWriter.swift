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
  /// The table as CSV text, the header first.
  public static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
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
