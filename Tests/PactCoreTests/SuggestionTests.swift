import Testing

@testable import PactCore

/// "Did you mean": one rule for how close a mistyped word must be, wherever pact suggests.
@Suite struct SuggestionTests {
  @Test(arguments: [
    ("", 1), ("a", 1), ("ab", 1), ("abc", 1), ("abcd", 2), ("abcde", 2), ("abcdef", 3),
    ("abcdefghijkl", 3), ("Caf\u{E9}s", 2),
  ])
  func theAllowedDistanceGrowsWithTheWordUpToThree(word: String, expected: Int) {
    #expect(Suggestion.allowedDistance(for: word) == expected)
  }

  /// Each word is exactly its allowed distance from `near`, and one more from `far`: the
  /// first is suggested, the second never.
  @Test(arguments: [
    ("ab", "abx", "axy"), ("abc", "abx", "axy"),  // up to 3 characters: 1 allowed
    ("stat", "status", "stratus"), ("skool", "school", "schools"),  // 4 and 5: 2 allowed
    ("abcdef", "abcxyz", "abwxyz"), ("abcdefghij", "abcdefgxyz", "abcdefwxyz"),  // longer: 3
  ])
  func aWordWithinItsDistanceIsSuggestedAndOneFurtherIsNot(
    word: String, near: String, far: String
  ) {
    let allowed = Suggestion.allowedDistance(for: word)
    #expect(EditDistance.distance(word, near) == allowed)
    #expect(EditDistance.distance(word, far) == allowed + 1)
    #expect(Suggestion.closest(to: word, in: [near]) == near)
    #expect(Suggestion.closest(to: word, in: [far]) == nil)
  }

  @Test(arguments: [
    ("membr", "member"), ("MEMBR", "member"), ("ad", "add"), ("lst", "list"), ("sett", "set"),
    ("Show", "show"),
  ])
  func suggestsTheClosest(word: String, expected: String) {
    #expect(Suggestion.closest(to: word, in: ["add", "list", "member", "set", "show"]) == expected)
  }

  @Test func theEarliestOfTheEquallyCloseIsSuggested() {
    #expect(Suggestion.closest(to: "sat", in: ["set", "sit"]) == "set")
    #expect(Suggestion.closest(to: "sat", in: ["sit", "set"]) == "sit")
    #expect(Suggestion.closest(to: "sat", in: ["sit", "sat"]) == "sat")
  }

  @Test(arguments: ["x", "zz", "qqq", "wxyz", "remove-everything", ""])
  func suggestsNothingFarAway(word: String) {
    #expect(Suggestion.closest(to: word, in: ["add", "list", "member", "set", "show"]) == nil)
  }

  @Test func checkAndLookupsFollowTheSameRule() throws {
    // Five letters, two edits from "school": suggested by pact check and by a lookup.
    let finding = ReferenceRules.suggestions("skool", among: ["police", "school"]) { _ in nil }
    #expect(finding == [CheckProblem.Suggestion(id: "school", name: nil)])
    let snapshot = PanelRecords(
      panel: Panel(name: "Platt PACT"),
      agencies: [Agency(id: "school", name: "Wrotham School"), Agency(id: "police", name: "Kent")]
    )
    let suggested = ["school (Wrotham School)"]
    #expect(throws: LookupError.notFound(kind: .agency, query: "skool", suggestions: suggested)) {
      _ = try snapshot.agency("skool")
    }
  }
}
