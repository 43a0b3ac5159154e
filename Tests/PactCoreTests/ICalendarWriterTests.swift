import PactTestSupport
import Testing

@testable import PactCore

/// Content lines as RFC 5545 wants them: TEXT escaped, lines folded at 75 octets on
/// character boundaries, CRLF after each.
@Suite struct ICalendarWriterTests {
  /// The physical lines of a folded line, and their lengths in octets.
  private func physicalLines(_ folded: String) -> [String] {
    folded.utf8.split(separator: 0x0D, omittingEmptySubsequences: false).enumerated().map {
      index, bytes in
      // Every piece after the first starts with the LF of its CRLF.
      String(decoding: index == 0 ? bytes : bytes.dropFirst(), as: UTF8.self)
    }
  }

  /// Unfolds as a reader does: a CRLF followed by one space is removed. (Byte by byte:
  /// as Characters, a space before a combining mark is one character, not a space.)
  private func unfold(_ folded: String) -> String {
    var bytes: [UInt8] = []
    let folded = Array(folded.utf8)
    var index = 0
    while index < folded.count {
      if folded[index...].starts(with: [0x0D, 0x0A, 0x20]) {
        index += 3
      } else {
        bytes.append(folded[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: [0, 1, 74, 75])
  func aLineOfAtMost75OctetsIsNotFolded(length: Int) {
    let line = String(repeating: "a", count: length)
    #expect(ICalendarWriter.fold(line) == line)
  }

  @Test func the76thOctetStartsAContinuationLine() {
    let line = String(repeating: "a", count: 75) + "b"
    #expect(ICalendarWriter.fold(line) == String(repeating: "a", count: 75) + "\r\n b")
  }

  @Test func continuationLinesHold74OctetsAfterTheirSpace() {
    // 75 + 74 + 74 + 3 octets: three folds.
    let line = String(repeating: "x", count: 75 + 74 + 74 + 3)
    let lines = physicalLines(ICalendarWriter.fold(line))
    #expect(lines.map(\.utf8.count) == [75, 75, 75, 4])
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
  }

  /// A character of `width` octets that would straddle the 75th octet goes whole to the
  /// next line; one that ends exactly on it stays.
  @Test(arguments: [("é", 2), ("€", 3), ("😀", 4)])
  func aMultiByteCharacterIsNeverSplit(character: String, width: Int) {
    #expect(character.utf8.count == width)
    let straddling = String(repeating: "a", count: 76 - width) + character
    #expect(
      ICalendarWriter.fold(straddling)
        == String(repeating: "a", count: 76 - width) + "\r\n " + character)
    let fitting = String(repeating: "a", count: 75 - width) + character
    #expect(ICalendarWriter.fold(fitting) == fitting)
  }

  @Test func aLineOfMultiByteCharactersFoldsOnCharacterBoundaries() throws {
    // 60 three-octet characters are 180 octets: 25 fit the first line (75 octets), then
    // 24 after the space (73 of 75: a 25th would make 76), then the last 11.
    let line = String(repeating: "€", count: 60)
    let lines = physicalLines(ICalendarWriter.fold(line))
    #expect(lines.map(\.utf8.count) == [75, 73, 34])
    #expect(lines.map { $0.filter { $0 == "€" }.count } == [25, 24, 11])
  }

  @Test func randomLinesFoldWithinTheLimitAndUnfoldToThemselves() {
    var generator = SplitMix64(seed: 5545)
    let alphabet: [Character] = ["a", " ", ",", "\\", "é", "€", "😀", "👍🏽", "e\u{301}"]
    for _ in 0..<500 {
      let length = Int.random(in: 0...300, using: &generator)
      let line = String(
        (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
      let folded = ICalendarWriter.fold(line)
      for physical in physicalLines(folded) {
        #expect(physical.utf8.count <= 75)
        // Decoding would have replaced a split character with U+FFFD.
        #expect(!physical.contains("\u{FFFD}"))
      }
      #expect(unfold(folded) == line)
      #expect(Array(unfold(folded).utf8) == Array(line.utf8))
    }
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("back\\slash", "back\\\\slash"),
    ("semi;colon", "semi\\;colon"),
    ("com,ma", "com\\,ma"),
    ("one\ntwo", "one\\ntwo"),
    ("one\r\ntwo", "one\\ntwo"),
    ("one\rtwo", "one\\ntwo"),
    ("blank\n\nline", "blank\\n\\nline"),
    ("colon: and \"quotes\"", "colon: and \"quotes\""),
    ("tab\tkept", "tab\tkept"),
    ("bell\u{7}dropped", "belldropped"),
    ("Hall, Room 2; side door \\ yard", "Hall\\, Room 2\\; side door \\\\ yard"),
  ])
  func textIsEscaped(text: String, escaped: String) {
    #expect(ICalendarWriter.escape(text) == escaped)
  }

  @Test func anEscapeSplitByAFoldRejoins() {
    // The comma's escape falls on octets 75 and 76.
    let value = String(repeating: "a", count: 74 - "LOCATION:".count) + ",b"
    var writer = ICalendarWriter()
    writer.text("LOCATION", value)
    let document = writer.document
    #expect(document == "LOCATION:" + String(repeating: "a", count: 65) + "\\\r\n ,b\r\n")
    #expect(unfold(document) == "LOCATION:" + String(repeating: "a", count: 65) + "\\,b\r\n")
  }

  @Test func aDocumentIsContentLinesEachEndedByCRLF() {
    var writer = ICalendarWriter()
    writer.begin("VEVENT")
    writer.raw("DTSTART", "20240709T190000", parameters: [("TZID", "Europe/London")])
    writer.raw("DTEND", "20240710", parameters: [("VALUE", "DATE")])
    writer.text("SUMMARY", "Tea, cake; talk")
    writer.end("VEVENT")
    #expect(
      writer.document
        == "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20240709T190000\r\n"
        + "DTEND;VALUE=DATE:20240710\r\nSUMMARY:Tea\\, cake\\; talk\r\nEND:VEVENT\r\n")
  }
}
