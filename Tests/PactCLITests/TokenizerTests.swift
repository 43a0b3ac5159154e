import Testing

@testable import PactCLI

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("--name", Token.long(name: "name", value: nil)),
    ("--name=value", .long(name: "name", value: "value")),
    ("--name=", .long(name: "name", value: "")),
    ("--note=a=b", .long(name: "note", value: "a=b")),
    ("--note=-5", .long(name: "note", value: "-5")),
    ("-o", .short("o")),
    ("-ovalue", .short("ovalue")),
    ("-hv", .short("hv")),
    ("--", .terminator),
    ("-", .value("-")),
    ("-5", .value("-5")),
    ("-.5", .value("-.5")),
    ("", .value("")),
    ("member", .value("member")),
    ("Jo Smith", .value("Jo Smith")),
  ])
  func classifiesOneWord(word: String, token: Token) {
    #expect(Tokenizer.tokenize([word]) == [token])
  }

  @Test func everythingAfterTheTerminatorIsAValue() {
    #expect(
      Tokenizer.tokenize(["-a", "--", "--b", "-c", "--", "d"])
        == [.short("a"), .terminator, .value("--b"), .value("-c"), .value("--"), .value("d")])
  }

  @Test(arguments: [
    ("--x", true), ("-x", true), ("--", true), ("-", false), ("-5", false), ("", false),
    ("x", false),
  ])
  func looksLikeOption(word: String, expected: Bool) {
    #expect(Tokenizer.looksLikeOption(word) == expected)
  }

  @Test(arguments: [
    (Token.long(name: "org", value: nil), "--org"),
    (.long(name: "org", value: "x"), "--org=x"),
    (.short("rp"), "-rp"),
    (.value("-"), "-"),
    (.terminator, "--"),
  ])
  func tokensKeepTheirText(token: Token, text: String) {
    #expect(token.text == text)
  }
}
