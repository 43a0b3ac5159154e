import PactTestSupport
import Testing

@testable import PactCore

@Suite struct RecordIDTests {
  @Test func generatedIDsHaveTheKindLetterAndNoLookAlikes() {
    var generator = SplitMix64(seed: 7)
    for kind in [RecordKind.member, .issue, .priority, .action] {
      for _ in 0..<200 {
        let id = RecordID.generate(kind, existing: [], using: &generator)
        #expect(id.count == 7)
        #expect(id.first == kind.idPrefix)
        #expect(!id.dropFirst().contains { "01ILOU".contains($0) })
        #expect(RecordID.isGenerated(id, kind: kind))
      }
    }
  }

  @Test func generationAvoidsExistingIDs() {
    var first = SplitMix64(seed: 42)
    let taken = RecordID.generate(.action, existing: [], using: &first)
    var again = SplitMix64(seed: 42)
    let next = RecordID.generate(.action, existing: [taken], using: &again)
    #expect(next != taken)
  }

  @Test func shortFormsAreUniquePrefixesOfAtLeastFourCharacters() {
    let ids = ["A7K3MQ2", "A7K3XY9", "A2BCDEF", "A7K9ZZZ"]
    let short = RecordID.shortForms(ids)
    #expect(short["A2BCDEF"] == "A2BC")
    #expect(short["A7K3MQ2"] == "A7K3M")
    #expect(short["A7K3XY9"] == "A7K3X")
    #expect(short["A7K9ZZZ"] == "A7K9")
    #expect(Set(short.values).count == ids.count)
  }

  /// An id typed by hand may hold letters of more than one byte: its short form is counted
  /// in characters, never cut inside one.
  @Test func shortFormsOfIdsBeyondASCIICountCharacters() {
    let ids = ["caf\u{E9}01", "caf\u{E9}02", "cafe\u{301}9", "caff"]
    let short = RecordID.shortForms(ids)
    #expect(short["caf\u{E9}01"] == "caf\u{E9}01")
    #expect(short["caf\u{E9}02"] == "caf\u{E9}02")
    #expect(short["caff"] == "caff")
    // "e" with a combining accent is one character, the same one as "\u{E9}".
    #expect(short["cafe\u{301}9"] == "caf\u{E9}9")
  }
}
