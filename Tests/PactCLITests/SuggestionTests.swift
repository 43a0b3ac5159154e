import PactCore
import Testing

@testable import PactCLI

@Suite struct SuggestionTests {
  @Test(arguments: [
    ("", 1), ("a", 1), ("ab", 1), ("abc", 1), ("abcd", 2), ("abcde", 2), ("abcdef", 3),
    ("abcdefghijkl", 3),
  ])
  func suggestionThreshold(word: String, expected: Int) {
    #expect(EditDistance.suggestionThreshold(for: word) == expected)
  }

  @Test(arguments: [
    ("membr", "member"),
    ("MEMBR", "member"),
    ("ad", "add"),
    ("lst", "list"),
    ("sett", "set"),
  ])
  func suggestsTheClosest(word: String, expected: String) {
    let candidates = ["add", "list", "member", "set", "show"]
    #expect(EditDistance.suggestion(for: word, in: candidates) == expected)
  }

  @Test(arguments: ["x", "zz", "qqq", "wxyz", "remove-everything"])
  func suggestsNothingFarAway(word: String) {
    #expect(
      EditDistance.suggestion(for: word, in: ["add", "list", "member", "set", "show"]) == nil)
  }
}
