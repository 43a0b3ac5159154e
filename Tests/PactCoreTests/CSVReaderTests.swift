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

  @Test func decodingDropsAByteOrderMarkAndReadsUTF8() {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("Caf\u{E9},£5\n".utf8))
    #expect(CSVReader.decode(data) == "Caf\u{E9},£5\n")
  }

  @Test func bytesThatAreNotUTF8AreReadAsWindows1252() {
    // What Excel's plain "CSV (Comma delimited)" writes: £ is 0xA3, € 0x80, ’ 0x92.
    let data = Data([0xA3, 0x35, 0x2C, 0x80, 0x2C, 0x69, 0x74, 0x92, 0x73, 0x0A])
    #expect(CSVReader.decode(data) == "£5,€,it\u{2019}s\n")
  }
}
