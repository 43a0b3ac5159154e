import PactTestSupport
import Testing

@testable import PactCore

/// When two names, or two titles, count as the same.
@Suite struct NameFoldingTests {
  @Test(arguments: [
    ("Sam Okafor", "sam okafor"), ("  Sam \t Okafor\n", "sam okafor"),
    ("SAM OKAFOR", "sam okafor"), ("St Michael's School", "st michael's school"),
    ("Smith-Jones", "smith-jones"), ("A&E", "a&e"), ("Caf\u{E9}\u{A0}\u{A0}Bar", "caf\u{E9} bar"),
    ("\u{C9}TAT  civil", "\u{E9}tat civil"), ("", ""), (" \r\n ", ""),
  ])
  func aNameKeyIgnoresCaseAndSpacingOnly(name: String, expected: String) {
    #expect(Array(NameFolding.key(name).unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test(arguments: [
    ("St Michael's school", "St Michaels school", false), ("A&E", "AE", false),
    ("Smith-Jones", "Smith Jones", false), ("Sam  Okafor", "sam okafor", true),
    ("Kent Police", "KENT\tPOLICE ", true),
  ])
  func namesDifferingInPunctuationAreDifferentNames(first: String, second: String, same: Bool) {
    #expect((NameFolding.key(first) == NameFolding.key(second)) == same)
  }

  @Test(arguments: [
    ("St Michael's school", "st michaels school"), ("ST MICHAELS SCHOOL!", "st michaels school"),
    ("St Michael\u{2019}s  school", "st michaels school"), ("In-Progress!", "in progress"),
    ("\u{C9}TAT  civil", "\u{E9}tat civil"), ("Stra\u{DF}e", "stra\u{DF}e"),
    ("P\u{B2}", "p\u{B2}"), ("done\u{A0}", "done"), ("__", ""), ("Lead agency:", "lead agency"),
    ("DATE_RAISED", "date raised"), ("'Quoted'", "quoted"), ("rock 'n' roll", "rock n roll"),
    // An accent written as a second scalar stays with its letter.
    ("Cafe\u{301}s", "cafe\u{301}s"), ("", ""),
  ])
  func aWordsKeyIgnoresCaseSpacingAndPunctuation(text: String, expected: String) {
    #expect(Array(NameFolding.wordsKey(text).unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test(arguments: [
    ("St Michael's school", "St Michaels school", true),
    ("Parking on the A25, near St Michael's", "parking on the a25 near st michaels", true),
    ("Anti-social behaviour", "Anti social behaviour", true),
    ("Speeding on the A25", "Speeding on the A227", false),
    ("Dog fouling", "Dog fouling in the park", false),
  ])
  func titlesSayingTheSameWordsMatch(first: String, second: String, same: Bool) {
    #expect((NameFolding.wordsKey(first) == NameFolding.wordsKey(second)) == same)
  }

  @Test func anIssueUnderTheSameWordsIsRaisedAgain() throws {
    let day = try #require(Day("2024-03-12"))
    var snapshot = try PanelRecords.new(
      name: "Test PACT", areas: ["Platt"], partnership: nil, policeForce: nil, today: day)
    var generator = SplitMix64(seed: 5)
    _ = try snapshot.raiseIssue(
      "Parking outside St Michael's school", category: nil, on: day, source: nil,
      using: &generator)
    let again = try snapshot.raiseIssue(
      "parking outside St Michaels School", category: nil, on: day.adding(days: 7), source: nil,
      using: &generator)
    #expect(snapshot.issues.count == 1)
    guard case .raisedAgain = again else {
      Issue.record("expected a repeat, got \(again)")
      return
    }
  }

  @Test func asciiWordsLeavesTextThatIsNotASCIIToTheUnicodeRules() {
    #expect(NameFolding.asciiWords("Caf\u{E9}", lowercased: true, between: .whitespace) == nil)
    #expect(NameFolding.asciiWords("a b", lowercased: true, between: .whitespace) == "a b")
    #expect(NameFolding.asciiWords("  A\t\tB  ", lowercased: true, between: .whitespace) == "a b")
    #expect(
      NameFolding.asciiWords("A-b__C.", lowercased: false, between: .nonAlphanumeric) == "A b C")
    #expect(
      NameFolding.asciiWords("Don't", lowercased: false, between: .nonAlphanumeric) == "Dont")
    #expect(NameFolding.asciiWords("A-b", lowercased: false, between: .whitespace) == "A-b")
    #expect(NameFolding.asciiWords("it's", lowercased: false, between: .whitespace) == "it's")
    #expect(NameFolding.asciiWords(" \r\n", lowercased: false, between: .whitespace) == "")
  }

  /// The byte-at-a-time way for ASCII gives what the character rules give, on random text
  /// drawn from the characters that matter: letters of both cases, digits, spacing,
  /// apostrophes and other punctuation.
  @Test func theASCIIWayAgreesWithTheCharacterRules() throws {
    let alphabet = Array("aZ9 \t\r\n'-_.,!&\u{1C}\u{7F}")
    var generator = SplitMix64(seed: 11)
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...12, using: &generator)
      let text = String((0..<length).compactMap { _ in alphabet.randomElement(using: &generator) })
      let words = try #require(
        NameFolding.asciiWords(text, lowercased: true, between: .nonAlphanumeric))
      #expect(words == NameFolding.wordsKeyByCharacter(text), "\(Array(text.unicodeScalars))")
      let name = try #require(NameFolding.asciiWords(text, lowercased: true, between: .whitespace))
      let byCharacter = text.lowercased().split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
      #expect(name == byCharacter, "\(Array(text.unicodeScalars))")
    }
  }
}
