import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// An issue read straight from its bytes (`Issue.read(id:bytes:)`) must be the issue the
/// general reader gives, or nil, so that the general reader says what is wrong; never an
/// issue from a file the general reader refuses.
@Suite struct IssueBytesTests {
  private static let readers = RecordReaders<PactCore.Issue>(id: "I1")

  static let base = """
    {
      "category": "ASB",
      "closedOn": "2025-04-01",
      "mergedFrom": ["I2", "I3"],
      "priority": "P1",
      "raised": [
        {"meeting": "2024-07-09", "on": "2024-07-09", "source": "meeting"},
        {"on": "2025-02-16", "source": "e\\u006dail"}
      ],
      "status": "closed",
      "title": "Youths gathering at \\"Coronation\\" Recreation Ground caf\u{E9}"
    }

    """

  @Test func everyFixtureIssueIsReadFastAsTheGeneralReaderReadsIt() throws {
    let fixtures = TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures")
    let walker = try #require(FileManager.default.enumerator(atPath: fixtures.path))
    var count = 0
    for case let path as String in walker
    where path.contains("/issues/") && path.hasSuffix(".json") {
      let bytes = Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
      let fast = try #require(Self.readers.fast(bytes), "\(path)")
      #expect(fast == Self.readers.general(bytes), "\(path)")
      count += 1
    }
    #expect(count > 20)
  }

  @Test func aFileWithEveryFieldIsReadFast() throws {
    let bytes = Array(Self.base.utf8)
    let fast = try #require(Self.readers.fast(bytes))
    #expect(fast == Self.readers.general(bytes))
    #expect(fast.title == "Youths gathering at \"Coronation\" Recreation Ground caf\u{E9}")
    #expect(fast.status == .closed && fast.mergedFrom == ["I2", "I3"])
    #expect(fast.raisings.map(\.source) == ["meeting", "email"])
    #expect(fast.raisings.map(\.meeting) == ["2024-07-09", nil])
  }

  /// The base file's title, whole.
  static let title = #""title": "Youths gathering at \"Coronation\" Recreation Ground caf\#u{E9}""#

  static let variants: [(String, String)] = [
    (#""title": "Youths"#, #""title": "  ", "x": "Youths"#),
    (#""title": "Youths"#, #""titles": "Youths"#),
    (title, #""title": "  ""#),
    (title, #""title": "\n""#),
    (title, "\"title\": \"\u{3000}\""),
    (title, #""title": 7"#),
    (#""status": "closed""#, #""status": "parked""#),
    (#""status": "closed""#, #""status": null"#),
    (#""status": "closed""#, #""status": 2"#),
    (#""closedOn": "2025-04-01""#, #""closedOn": "2025-04-31""#),
    (#""closedOn": "2025-04-01""#, #""closedOn": null"#),
    (#""category": "ASB""#, #""category": null"#),
    (#""category": "ASB""#, #""category": ["ASB"]"#),
    (#""category": "ASB""#, #""category": "ASB", "category": "x""#),
    (#""category": "ASB""#, #""category": "ASB", "colour": "red""#),
    (#""mergedFrom": ["I2", "I3"]"#, #""mergedFrom": null"#),
    (#""mergedFrom": ["I2", "I3"]"#, #""mergedFrom": ["I2", null]"#),
    (#""mergedFrom": ["I2", "I3"]"#, #""mergedFrom": "I2""#),
    (#""raised": ["#, #""raised": null, "r": ["#),
    (#""on": "2025-02-16", "#, ""),
    (#""on": "2025-02-16", "#, #""on": null, "#),
    (#""on": "2025-02-16", "#, #""on": "2025-02-16", "kind": "note", "#),
    (#""on": "2025-02-16", "#, #""on": "2025-02-16", "on": "2025-02-17", "#),
    (#""source": "meeting"}"#, #""source": null}"#),
    (#""source": "meeting"}"#, #""source": 1}"#),
    (#""source": "meeting"},"#, #""source": "meeting"}, "x","#),
    (#""source": "meeting"},"#, #""source": "meeting"}, null,"#),
    ("Ground caf\u{E9}\"\n}", "Ground caf\u{E9}\"\n} x"),
  ]

  @Test(arguments: variants.indices)
  func aChangedFileIsReadAsTheGeneralReaderReadsItOrLeftToIt(index: Int) {
    let (old, new) = Self.variants[index]
    #expect(Self.base.contains(old))
    Self.readers.agree(Self.base.replacingOccurrences(of: old, with: new))
  }

  @Test func fieldsPactDoesNotKnowAndProblemsAreLeftToTheGeneralReader() {
    for (old, new) in [
      (#""category": "ASB""#, #""category": "ASB", "colour": "red""#),
      (#""on": "2025-02-16", "#, #""on": "2025-02-16", "kind": "note", "#),
      (#""on": "2025-02-16", "#, ""),
      (#""status": "closed""#, #""status": "parked""#),
    ] {
      #expect(
        Self.readers.fast(Array(Self.base.replacingOccurrences(of: old, with: new).utf8)) == nil)
    }
  }

  /// Every file one byte away from a good one: dropped, doubled or replaced by a byte that
  /// matters to JSON.
  @Test func everyFileOneByteAwayIsReadAsTheGeneralReaderReadsItOrLeftToIt() {
    let replacements: [UInt8] = Array(#"{}[],:"\ n0-.e"#.utf8) + [0x00, 0x09, 0x0D, 0xC3, 0xFF]
    for variant in oneByteAway(Array(Self.base.utf8), replacements: replacements) {
      Self.readers.agree(variant)
    }
  }
}
