import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// An action read straight from its bytes (`Action.read(id:bytes:)`) must be the action the
/// general reader gives, or nil, so that the general reader says what is wrong; never an
/// action from a file the general reader refuses.
@Suite struct ActionBytesTests {
  /// What the general reader makes of `text`: the action, or nil when it finds a problem.
  private static let readers = RecordReaders<Action>(id: "A1")

  static let base = """
    {
      "agreedAt": "2024-07-09",
      "agreedOn": "2024-07-09",
      "due": "2025-03-31",
      "lead": "council",
      "owner": "Civil enforcement team",
      "priority": "PA93H4Z",
      "status": "in-progress",
      "title": "Parking enforcement on \\"Lyons\\" Lane \\u00e9\\ud83d\\ude00 caf\u{E9}",
      "updates": [
        {
          "note": "Six visits so far",
          "on": "2024-10-30",
          "status": "in-progress"
        },
        {
          "before": {
            "due": "2024-10-31",
            "owner": "PC Lee"
          },
          "corrected": ["title", "lead", "unknown-field"],
          "due": "2025-03-31",
          "internal": true,
          "note": "Enforcement continues\\nto Easter",
          "on": "2025-01-21",
          "owner": "Civil enforcement team"
        }
      ],
      "completedOn": null,
      "outcome": "Fewer cars",
      "difference": "Safer crossing",
      "priorityText": "Parking"
    }

    """

  @Test func everyFixtureActionIsReadFastAsTheGeneralReaderReadsIt() throws {
    let fixtures = TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures")
    let walker = try #require(FileManager.default.enumerator(atPath: fixtures.path))
    var count = 0
    for case let path as String in walker
    where path.contains("/actions/") && path.hasSuffix(".json") {
      let text = try String(
        contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
      let fast = try #require(Self.readers.fast(text), "\(path)")
      #expect(fast == Self.readers.general(text), "\(path)")
      count += 1
    }
    #expect(count > 30)
  }

  @Test func aFileWithEscapesNullsAndEveryFieldIsReadFast() throws {
    let fast = try #require(Self.readers.fast(Self.base))
    #expect(fast == Self.readers.general(Self.base))
    #expect(fast.title == "Parking enforcement on \"Lyons\" Lane \u{E9}\u{1F600} caf\u{E9}")
    #expect(fast.updates.count == 2)
    #expect(fast.updates[1].before == [.due: "2024-10-31", .owner: "PC Lee"])
    #expect(fast.updates[1].corrected == [.title, .lead])
    #expect(fast.updates[1].isInternal)
    #expect(fast.priorityText == "Parking")
  }

  /// Each change of the base file: some the general reader refuses, some it reads with a
  /// field it keeps unread.
  static let variants: [(String, String)] = [
    (#""status": "in-progress""#, #""status": "finished""#),
    (#""status": "in-progress""#, #""status": null"#),
    (#""status": "in-progress""#, #""status": 3"#),
    (#""lead": "council""#, #""lead": "   ""#),
    (#""lead": "council""#, #""lead": null"#),
    (#""lead": "council""#, #""lead": "council", "lead": "police""#),
    (#""lead": "council""#, #""leader": "council""#),
    (#""lead": "council""#, #""lead": "council", "extra": {"a": [1, 2.5e3, true]}"#),
    (#""due": "2025-03-31""#, #""due": "2025-02-30""#),
    (#""due": "2025-03-31""#, #""due": null"#),
    (#""due": "2025-03-31""#, #""due": "2025-03-31 ""#),
    (#""due": "2025-03-31""#, #""due": "2025\u002d03-31""#),
    (#""due": "2025-03-31""#, #""due": "2025-03-311""#),
    (#""due": "2025-03-31""#, #""due": "2025-03-3""#),
    (#""on": "2024-10-30","#, #""on": "2024-10-3\u0030","#),
    (#""agreedOn": "2024-07-09""#, #""agreedOn": null"#),
    (#""agreedOn": "2024-07-09","#, ""),
    (#""owner": "Civil enforcement team""#, #""owner": ["a"]"#),
    (#""owner": "Civil enforcement team""#, #""owner": "\x""#),
    (#""owner": "Civil enforcement team""#, "\"owner\": \"tab\tin\""),
    (#""owner": "Civil enforcement team""#, #""owner": "\ud800""#),
    (#""owner": "Civil enforcement team""#, #""own\u0065r": "x""#),
    (#""internal": true"#, #""internal": "yes""#),
    (#""internal": true"#, #""internal": null"#),
    (#""internal": true"#, #""internal": truex"#),
    (#""internal": true"#, #""internal": false"#),
    (#""internal": true"#, #""internal": true, "internal": false"#),
    (#""corrected": ["title", "lead", "unknown-field"]"#, #""corrected": null"#),
    (#""corrected": ["title", "lead", "unknown-field"]"#, #""corrected": [1]"#),
    (#""corrected": ["title", "lead", "unknown-field"]"#, #""corrected": []"#),
    (#""corrected": ["title", "lead", "unknown-field"]"#, #""corrected": ["title",]"#),
    (#""corrected": ["title", "lead", "unknown-field"]"#, #""corrected": "title""#),
    (#""owner": "PC Lee""#, #""owner": null"#),
    (#""owner": "PC Lee""#, #""owner": "PC Lee", "due": null"#),
    (#""owner": "PC Lee""#, #""owner": "PC Lee", "colour": "red""#),
    (#""owner": "PC Lee""#, #""owner": 7"#),
    (#""before": {"#, #""before": null, "was": {"#),
    (#""on": "2024-10-30","#, ""),
    (#""on": "2024-10-30","#, #""on": null,"#),
    (#""on": "2024-10-30","#, #""on": "2024-10-30", "kind": "note","#),
    (#""status": "in-progress"\#n    },"#, #""status": "in-progress"\#n    }, 5,"#),
    (#""updates": ["#, #""updates": null, "u": ["#),
    (#""completedOn": null"#, #""completedOn": null,"#),
    (#""completedOn": null"#, #""completedOn": nul"#),
    (#""completedOn": null"#, #""completedOn": "2025-01-01""#),
    (#""priorityText": "Parking""#, #""priorityText": "Parking"}"#),
    ("{\n  \"agreedAt\"", "\u{FEFF}{\n  \"agreedAt\""),
    ("{\n  \"agreedAt\"", "[{\n  \"agreedAt\""),
    ("\"Parking\"\n}", "\"Parking\"\n} x"),
    ("\"Parking\"\n}", "\"Parking\"\n}\r\n\t \n"),
    ("\"Parking\"\n}", "\"Parking\"\n}}"),
    ("\"Parking\"\n}", "\"Parking\"\n"),
  ]

  @Test(arguments: variants.indices)
  func aChangedFileIsReadAsTheGeneralReaderReadsItOrLeftToIt(index: Int) {
    let (old, new) = Self.variants[index]
    #expect(Self.base.contains(old))
    let text = Self.base.replacingOccurrences(of: old, with: new)
    Self.readers.agree(text)
  }

  /// A day is read from its bytes when written plainly, and through its escapes otherwise.
  @Test func aDayWrittenWithEscapesIsReadAsTheSameDay() throws {
    let text = Self.base.replacingOccurrences(
      of: #""due": "2025-03-31""#, with: #""due": "2025\u002d03-3\u0031""#)
    let action = try #require(Self.readers.fast(text))
    #expect(action.due == Day(year: 2025, month: 3, day: 31))
    #expect(action == Self.readers.general(text))
  }

  @Test func fieldsPactDoesNotKnowAndProblemsAreLeftToTheGeneralReader() {
    for (old, new) in [
      (#""lead": "council""#, #""lead": "council", "extra": 1"#),
      (#""owner": "PC Lee""#, #""owner": "PC Lee", "colour": "red""#),
      (#""on": "2024-10-30","#, #""on": "2024-10-30", "kind": "note","#),
      (#""lead": "council""#, #""lead": "  ""#),
      (#""lead": "council""#, #""lead": "council", "lead": "police""#),
      (#""on": "2024-10-30","#, #""on": "2024-10-30", "on": "2024-10-31","#),
      (#""owner": "PC Lee""#, #""owner": "PC Lee", "owner": "PC Shah""#),
    ] {
      #expect(Self.readers.fast(Self.base.replacingOccurrences(of: old, with: new)) == nil)
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
