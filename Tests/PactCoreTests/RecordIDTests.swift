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

  /// Against the definition, pair by pair: each id's short form is its shortest prefix of at
  /// least four characters (or the whole id) longer than what it shares with any other. The
  /// ids are drawn from "A", "B" and "-", one to eight long, so that many share long prefixes,
  /// some are prefixes of others, and some come twice.
  @Test func shortFormsOfManyIdsMatchTheirDefinition() {
    var generator = SplitMix64(seed: 7)
    let ids = (0..<400).map { _ in
      String(
        (0..<Int.random(in: 1...8, using: &generator)).map { _ in
          "AB-".randomElement(using: &generator) ?? "A"
        })
    }
    let short = RecordID.shortForms(ids)
    for id in ids {
      var needed = min(RecordID.minimumShownLength, id.count)
      var others = ids
      if let own = others.firstIndex(of: id) { others.remove(at: own) }
      for other in others {
        let shared = zip(id, other).prefix { $0 == $1 }.count
        needed = max(needed, min(id.count, shared + 1))
      }
      #expect(short[id] == String(id.prefix(needed)), "\(id)")
    }
    #expect(short.count == Set(ids).count)
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
