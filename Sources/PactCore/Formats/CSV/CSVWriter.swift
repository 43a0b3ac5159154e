/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by
/// CRLF, and a field quoted (with its quotes doubled) when it holds a comma, a quote, a
/// line break, or leading or trailing spaces.
public enum CSVWriter {
  /// The table as CSV text, the header first.
  public static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  /// One record, ending in CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, quoted when it must be.
  public static func field(_ value: String) -> String {
    let needsQuotes =
      value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || value.first == " " || value.last == " "
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
