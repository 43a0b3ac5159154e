import Testing

@testable import PactCore

/// A whole CSV document is written from the bytes of plain fields; it must be exactly the
/// records `record(_:)` writes field by field, for plain and awkward fields alike.
@Suite struct CSVWriterTests {
  static let fields = [
    "", "plain", "two words", " leading", "trailing ", " ", "a,b", "say \"hi\"", "\"",
    "=SUM(A1)", "+44 1732", "-", "@A1", "= spaced ", "=\"q\"", "-1,5", "\tx", "\rx",
    "two\r\nlines", "one\nline", "café, bar", "café", "esc\u{1B}ape", "del\u{7F}", "'quoted'",
    " =formula", "@ ", "~!#$%^&*()_{}|:<>?[];./`",
  ]

  @Test(arguments: fields)
  func aFieldIsWrittenAsFieldWritesIt(text: String) {
    let rows = [[text], [text, text], ["x", text, "y"]]
    let expected = ([["header", text]] + rows).map(CSVWriter.record).joined()
    #expect(CSVWriter.document(header: ["header", text], rows: rows) == expected)
  }

  @Test func aDocumentIsItsRecordsInOrder() {
    #expect(
      CSVWriter.document(header: ["ID", "Title"], rows: [["A1", "=1+1"], ["A2", "a, b"]])
        == "ID,Title\r\nA1,'=1+1\r\nA2,\"a, b\"\r\n")
    #expect(CSVWriter.document(header: [], rows: []) == "\r\n")
  }
}
