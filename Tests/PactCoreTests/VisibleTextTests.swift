import Testing

@testable import PactCore

/// Control characters shown as escapes, line breaks (a CSV's CRLF among them) left alone.
@Suite struct VisibleTextTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a\r\nb\r\n", "a\r\nb\r\n"),
    ("a\rb", "a\\u{D}b"),
    ("a\r", "a\\u{D}"),
    ("\r\r\n", "\\u{D}\r\n"),
    ("a\r\n\u{7}", "a\r\n\\u{7}"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("del\u{7F} c1\u{85}", "del\\u{7F} c1\\u{85}"),
  ])
  func escaped(text: String, shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\r\nlines", "\"two\r\nlines\""),
    ("one\nline", "\"one\nline\""),
    ("café, bar", "\"café, bar\""),
    ("café", "café"),
    (" lead", "\" lead\""),
    ("=SUM(A1)", "'=SUM(A1)"),
  ])
  func csvField(text: String, written: String) {
    #expect(CSVWriter.field(text) == written)
  }
}
