import Foundation
import Testing

@testable import PactCore

/// Reading CSV as RFC 4180 describes it and as spreadsheets write it.
@Suite struct CSVReaderTests {
  private func fields(_ text: String) throws -> [[String]] {
    try CSVReader.records(in: text).map(\.fields)
  }

  @Test(arguments: [
    "a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\rc,d\r", "a,b\nc,d", "a,b\r\nc,d",
    "\u{FEFF}a,b\r\nc,d\r\n",
  ])
  func everyLineEndingAndAnOptionalFinalOneReadTheSame(text: String) throws {
    let records = try CSVReader.records(in: text)
    #expect(records.map(\.fields) == [["a", "b"], ["c", "d"]])
    #expect(records.map(\.line) == [1, 2])
  }

  @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
    let text =
      "title,note\r\n\"Speed watch, A25\",\"He said \"\"slow down\"\"\"\r\n"
      + "\"Two\r\nlines\",\"\"\r\n"
    #expect(
      try fields(text) == [
        ["title", "note"], ["Speed watch, A25", "He said \"slow down\""], ["Two\nlines", ""],
      ])
  }

  @Test func aRecordIsNumberedByThePhysicalLineItStartsOn() throws {
    let text = "h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n\nlast,z"
    let records = try CSVReader.records(in: text)
    // Line 1 header; the quoted field runs over lines 2-4; line 5 next; line 6 blank.
    #expect(records.map(\.line) == [1, 2, 5, 6, 7])
    #expect(records[3].isBlank)
    #expect(records[4].fields == ["last", "z"])
  }

  @Test func aLoneCRInsideAQuotedFieldIsALineBreakToo() throws {
    let records = try CSVReader.records(in: "\"a\rb\",c\rd,e\r")
    #expect(records.map(\.fields) == [["a\nb", "c"], ["d", "e"]])
    #expect(records.map(\.line) == [1, 3])
  }

  @Test func emptyFieldsAndEmptyTextAreKept() throws {
    #expect(try fields("a,,\n,,\n") == [["a", "", ""], ["", "", ""]])
    #expect(try fields("").isEmpty)
    #expect(try fields("\n") == [[""]])
  }

  @Test func aQuoteInsideAnUnquotedFieldIsKeptAsTyped() throws {
    #expect(try fields("5\" pipe,x\n") == [["5\" pipe", "x"]])
  }

  @Test func spacesAfterAClosingQuoteAreIgnored() throws {
    #expect(try fields("\"a\"  ,b\n") == [["a", "b"]])
  }

  @Test func anUnterminatedQuoteIsReportedWithTheLineItOpensOn() throws {
    let error = #expect(throws: CSVSyntaxError.self) {
      try CSVReader.records(in: "a,b\nc,d\ne,\"never closed\nf,g\n")
    }
    #expect(error?.line == 3)
    #expect(error?.message.contains("never closed") == true)
  }

  @Test func textAfterAClosingQuoteIsAnError() throws {
    let error = #expect(throws: CSVSyntaxError.self) {
      try CSVReader.records(in: "a,b\n\"x\"y,z\n")
    }
    #expect(error?.line == 2)
  }

  /// The scalars of each field, so that a field is compared exactly as written rather
  /// than by `String` equality, which counts "é" and "e" + U+0301 as the same.
  private func scalars(_ text: String) throws -> [[[Unicode.Scalar]]] {
    try CSVReader.records(in: text).map { $0.fields.map { Array($0.unicodeScalars) } }
  }

  @Test func textThatIsNotASCIIIsKeptExactlyAsWritten() throws {
    let text =
      "Caf\u{E9},cafe\u{301},\u{20AC}5 \u{1F44D}\u{1F3FD}\r\n"
      + "\"\u{301}, na\u{EF}ve\r\n\u{1F600}\",\u{A0}x\u{A0},\u{FEFF}z\r\n"
    #expect(
      try scalars(text) == [
        [
          ["C", "a", "f", "\u{E9}"], ["c", "a", "f", "e", "\u{301}"],
          ["\u{20AC}", "5", " ", "\u{1F44D}", "\u{1F3FD}"],
        ],
        [
          ["\u{301}", ",", " ", "n", "a", "\u{EF}", "v", "e", "\n", "\u{1F600}"],
          ["\u{A0}", "x", "\u{A0}"], ["\u{FEFF}", "z"],
        ],
      ])
  }

  @Test func aQuotedFieldWithEveryEscapeReadsAsTheSpreadsheetHeldIt() throws {
    // CRLF, a lone CR and LF inside quotes are each one line break, read as LF; a doubled
    // quote is one quote, wherever it is in the field.
    let text = "\"\"\"Stop\"\", \u{E9}t\u{E9}\r\nline two\rthree\nfour\"\"\",end\r\n"
    #expect(
      try fields(text) == [["\"Stop\", \u{E9}t\u{E9}\nline two\nthree\nfour\"", "end"]])
  }

  @Test func recordsAfterQuotedLineBreaksKeepTheirLineNumbers() throws {
    let text =
      "h\r\n\"a\r\nb\r\nc\",x\r\nnext\r\"d\re\"\rlast\n\"\u{E9}\n\u{1F600}\"\nend"
    let records = try CSVReader.records(in: text)
    #expect(records.map(\.line) == [1, 2, 5, 6, 8, 9, 11])
    #expect(
      records.map(\.fields) == [
        ["h"], ["a\nb\nc", "x"], ["next"], ["d\ne"], ["last"], ["\u{E9}\n\u{1F600}"], ["end"],
      ])
  }

  @Test func anErrorAfterAMultiLineQuotedFieldNamesTheLineItIsOn() throws {
    let error = #expect(throws: CSVSyntaxError.self) {
      try CSVReader.records(in: "a,b\r\n\"one\r\ntwo\rthree\"x,y\r\n")
    }
    #expect(error?.line == 4)
    #expect(
      error?.message
        == "text after the closing quote of a quoted field; a quote inside a quoted field is "
        + "written twice (\"\")")
    let unclosed = #expect(throws: CSVSyntaxError.self) {
      try CSVReader.records(in: "a\r\n\"x\r\ny\"\r\n\u{E9},\"open\r\nstill")
    }
    #expect(unclosed?.line == 4)
    #expect(unclosed?.message == "a quoted field opened on line 4 is never closed (a missing \")")
  }

  @Test func onlyOneByteOrderMarkAtTheStartIsSkipped() throws {
    #expect(try scalars("\u{FEFF}a,b\n") == [[["a"], ["b"]]])
    #expect(try scalars("\u{FEFF}\u{FEFF}a\n") == [[["\u{FEFF}", "a"]]])
    #expect(try scalars("\u{FEFF}\"a\",b") == [[["a"], ["b"]]])
    #expect(try scalars("a,\u{FEFF}b") == [[["a"], ["\u{FEFF}", "b"]]])
  }

  @Test func aQuoteAfterTextAndSpacesAroundAQuotedFieldAreAsBefore() throws {
    #expect(try fields(" \"a\",b \"\"c\n") == [[" \"a\"", "b \"\"c"]])
    #expect(try fields("\"a\" \t\r\n\"\"\t,\"\"\"\"") == [["a"], ["", "\""]])
  }

  @Test func decodingDropsAByteOrderMarkAndReadsUTF8() {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("Caf\u{E9},£5\n".utf8))
    #expect(CSVReader.decode(data) == "Caf\u{E9},£5\n")
  }

  @Test func decodingReadsASliceOfAFileLikeTheWholeFile() {
    // `Data` sliced from a larger buffer starts at an index other than 0.
    let file = Data([0x78] + [0xEF, 0xBB, 0xBF] + Array("\u{E9},b\n".utf8) + [0x78])
    #expect(CSVReader.decode(file.dropFirst().dropLast()) == "\u{E9},b\n")
    let latin = Data([0x78, 0xEF, 0xBB, 0xBF, 0xE9, 0x2C, 0x93, 0x61, 0x94])
    #expect(CSVReader.decode(latin.dropFirst()) == "\u{E9},\u{201C}a\u{201D}")
  }

  @Test func bytesThatAreNotUTF8AreReadAsWindows1252() {
    // What Excel's plain "CSV (Comma delimited)" writes: £ is 0xA3, € 0x80, ’ 0x92.
    let data = Data([0xA3, 0x35, 0x2C, 0x80, 0x2C, 0x69, 0x74, 0x92, 0x73, 0x0A])
    #expect(CSVReader.decode(data) == "£5,€,it\u{2019}s\n")
  }
}
