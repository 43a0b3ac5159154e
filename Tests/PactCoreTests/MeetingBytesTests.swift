import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// A meeting read straight from its bytes (`Meeting.read(id:bytes:)`) must be the meeting
/// the general reader gives, or nil, so that the general reader says what is wrong; never a
/// meeting from a file the general reader refuses.
@Suite struct MeetingBytesTests {
  private static let readers = RecordReaders<Meeting>(id: "2024-09-10")

  static let base = """
    {
      "apologies": ["MJHA9WF", "M65Y4PZ"],
      "kind": "hybrid",
      "link": "https://teams.example.org/meet/chorley_east_pact",
      "notes": "Residents asked about \\"speeding\\" on Eaves Lane\\nand caf\u{E9} parking \\u00e9",
      "onlineViews": 146,
      "platform": "Microsoft Teams",
      "present": ["MV24MJJ", "MSG5WZZ"],
      "publicAttendance": 0,
      "questions": 9,
      "scheduledOn": "2024-07-10",
      "status": "held",
      "time": "18:30",
      "venue": "Chorley East Community Centre"
    }

    """

  @Test func everyFixtureMeetingIsReadFastAsTheGeneralReaderReadsIt() throws {
    let fixtures = TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures")
    let walker = try #require(FileManager.default.enumerator(atPath: fixtures.path))
    var count = 0
    for case let path as String in walker
    where path.contains("/meetings/") && path.hasSuffix(".json") {
      let text = try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
      let id = String(path.split(separator: "/").last?.dropLast(5) ?? "")
      let fast = try #require(Self.readers.fast(text, id: id), "\(path)")
      #expect(fast == Self.readers.general(text, id: id), "\(path)")
      count += 1
    }
    #expect(count > 20)
  }

  @Test func aFileWithEveryFieldIsReadFast() throws {
    let fast = try #require(Self.readers.fast(Self.base))
    #expect(fast == Self.readers.general(Self.base))
    #expect(fast.kind == .hybrid)
    #expect(fast.apologies == ["MJHA9WF", "M65Y4PZ"])
    #expect(fast.onlineViews == 146)
    #expect(fast.publicAttendance == 0)
    #expect(fast.scheduledOn == Day(year: 2024, month: 7, day: 10))
    #expect(fast.notes?.hasPrefix("Residents asked about \"speeding\" on Eaves Lane\n") == true)
  }

  @Test func anEmptyObjectIsAHeldPanelMeeting() throws {
    let fast = try #require(Self.readers.fast("{}"))
    #expect(fast == Self.readers.general("{}"))
    #expect(fast.kind == .panel && fast.status == .held && fast.present.isEmpty)
  }

  /// Each change of the base file: some the general reader refuses, some it reads with a
  /// field it keeps unread, some it reads as pact would write them.
  static let variants: [(String, String)] = [
    (#""kind": "hybrid""#, #""kind": "seance""#),
    (#""kind": "hybrid""#, #""kind": null"#),
    (#""kind": "hybrid""#, #""kind": 1"#),
    (#""status": "held""#, #""status": "postponed""#),
    (#""status": "held""#, #""status": null"#),
    (#""time": "18:30""#, #""time": "6.30pm""#),
    (#""time": "18:30""#, #""time": "24:00""#),
    (#""time": "18:30""#, #""time": null"#),
    (#""time": "18:30""#, #""time": 1830"#),
    (#""onlineViews": 146"#, #""onlineViews": -146"#),
    (#""onlineViews": 146"#, #""onlineViews": -0"#),
    (#""onlineViews": 146"#, #""onlineViews": 146.0"#),
    (#""onlineViews": 146"#, #""onlineViews": 1.46e2"#),
    (#""onlineViews": 146"#, #""onlineViews": 1E2"#),
    (#""onlineViews": 146"#, #""onlineViews": 0146"#),
    (#""onlineViews": 146"#, #""onlineViews": 100000000"#),
    (#""onlineViews": 146"#, #""onlineViews": 100000001"#),
    (#""onlineViews": 146"#, #""onlineViews": 99999999999999999999"#),
    (#""onlineViews": 146"#, #""onlineViews": "146""#),
    (#""onlineViews": 146"#, #""onlineViews": null"#),
    (#""onlineViews": 146"#, #""onlineViews": 146x"#),
    (#""questions": 9"#, #""questions": 1000000"#),
    (#""questions": 9"#, #""questions": 1000001"#),
    (#""publicAttendance": 0"#, #""publicAttendance": 00"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": null"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": []"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": ["MV24MJJ", null]"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": ["MV24MJJ", 7]"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": ["MV24MJJ",]"#),
    (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": "MV24MJJ""#),
    (#""scheduledOn": "2024-07-10""#, #""scheduledOn": "2024-02-30""#),
    (#""scheduledOn": "2024-07-10""#, #""scheduledOn": null"#),
    (#""scheduledOn": "2024-07-10""#, #""scheduledOn": "2024\u002d07-10""#),
    (#""venue": "Chorley East Community Centre""#, #""venue": null"#),
    (#""venue": "Chorley East Community Centre""#, #""venue": ["a"]"#),
    (#""venue": "Chorley East Community Centre""#, #""venue": "x", "venue": "y""#),
    (#""venue": "Chorley East Community Centre""#, #""venue": "x", "colour": "red""#),
    (#""venue": "Chorley East Community Centre""#, #""v\u0065nue": "x""#),
    ("\"Chorley East Community Centre\"\n}", "\"Chorley East Community Centre\"\n} x"),
    ("\"Chorley East Community Centre\"\n}", "\"Chorley East Community Centre\"\n}\r\n\t"),
    ("{\n  \"apologies\"", "\u{FEFF}{\n  \"apologies\""),
  ]

  @Test(arguments: variants.indices)
  func aChangedFileIsReadAsTheGeneralReaderReadsItOrLeftToIt(index: Int) {
    let (old, new) = Self.variants[index]
    #expect(Self.base.contains(old))
    Self.readers.agree(Self.base.replacingOccurrences(of: old, with: new))
  }

  @Test func fieldsPactDoesNotKnowProblemsAndBadIdsAreLeftToTheGeneralReader() {
    for (old, new) in [
      (#""kind": "hybrid""#, #""kind": "hybrid", "extra": 1"#),
      (#""time": "18:30""#, #""time": "6.30pm""#),
      (#""onlineViews": 146"#, #""onlineViews": 100000001"#),
      (#""onlineViews": 146"#, #""onlineViews": -0"#),
      (#""present": ["MV24MJJ", "MSG5WZZ"]"#, #""present": ["MV24MJJ", null]"#),
    ] {
      #expect(Self.readers.fast(Self.base.replacingOccurrences(of: old, with: new)) == nil)
    }
    #expect(Self.readers.fast(Self.base, id: "next-tuesday") == nil)
    #expect(
      Self.readers.fast(Self.base, id: "2024-09-10b")
        == Self.readers.general(Self.base, id: "2024-09-10b"))
  }

  /// Every file one byte away from a good one: dropped, doubled or replaced by a byte that
  /// matters to JSON.
  @Test func everyFileOneByteAwayIsReadAsTheGeneralReaderReadsItOrLeftToIt() {
    let replacements: [UInt8] = Array(#"{}[],:"\ n0-.e9"#.utf8) + [0x00, 0x09, 0x0D, 0xC3, 0xFF]
    for variant in oneByteAway(Array(Self.base.utf8), replacements: replacements) {
      Self.readers.agree(variant)
    }
  }
}
