import Testing

@testable import PactCore

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0),
    ("a", "", 1),
    ("", "abc", 3),
    ("same", "same", 0),
    ("kitten", "sitting", 3),
    ("flaw", "lawn", 2),
    ("emial", "email", 1),  // a swap of neighbours costs 1
    ("membr", "member", 1),
    ("actve", "active", 1),
    ("Member", "MEMBER", 0),  // case is ignored
    ("ca", "abc", 3),  // optimal string alignment: no edit of a swapped pair
    ("é", "e", 1),  // characters, not bytes
  ])
  func distance(a: String, b: String, expected: Int) {
    #expect(EditDistance.distance(a, b) == expected)
    #expect(EditDistance.distance(b, a) == expected)
  }

  @Test func closestOrdersByDistanceThenCandidateOrder() {
    let candidates = ["email", "emil", "mail", "emails", "phone"]
    // emil: 1, email: 1 (swap), emails: 2, mail: 2, phone: far.
    #expect(
      EditDistance.closest(to: "emial", in: candidates) == ["email", "emil", "mail", "emails"])
    #expect(EditDistance.closest(to: "emial", in: candidates, maxDistance: 1) == ["email", "emil"])
    #expect(EditDistance.closest(to: "emial", in: candidates, maxDistance: 0) == [])
    #expect(EditDistance.closest(to: "x", in: []) == [])
  }
}
