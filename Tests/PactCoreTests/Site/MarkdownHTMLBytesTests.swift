import Testing

@testable import PactCore

/// The HTML worked out on a document's bytes is the HTML of reading it character by
/// character, for the blocks the bytes settle and for those they leave to the characters
/// (a mark that combines with a list marker, a carriage return, a table cell beyond ASCII).
@Suite struct MarkdownHTMLBytesTests {
  static let documents: [String] = [
    "# Title\n\nA paragraph.\n",
    "## Sub \u{301}heading\n\n- a\n- **b** \\* &amp; <x>\n",
    "- a\n- b\n",
    "- \u{301}combining after the marker\n- next",
    "-\u{301} x\n- y",
    "- caf\u{E9} \u{1F600} \u{85}c1 \u{FFFE}end \u{7}bell\n- \u{7F}del",
    "- \r\n- carriage",
    "1. one\n2. two\n3. three",
    "1. \u{301}x\n2. y",
    "1\u{301}. x\n2. y",
    "12. twelve\nnot numbered\n3.\n4. ",
    "10) not numbered",
    "| A | B |\n| --- | --- |\n| c \\| d | e |\n|  f  |g|\n\n",
    "| A | B |\n| --- | --- |\n| \u{A3}5 | \u{301}x |",
    "|  \u{301}A | B |\n| --- | --- |\n| 1 | 2 |",
    "| A\r | B |\n| --- | --- |\n| 1 | 2 |",
    "| A | B |\n| -- | -- |\n| 1 | 2 |",
    "Hard  \nbreak and soft\nbreak, and three   \nspaces\n",
    "\n- starts with a line break\n\n\n\nafter blank lines",
    "**open bold\n\n\\**not bold\\** \\a \\\u{E9}",
    "- ",
    "-",
    "1.",
    "tab\there\tand end \\",
    "",
    "\n\n",
  ]

  @Test(arguments: documents)
  func bytesGiveWhatCharactersGive(markdown: String) {
    let levels: [(Int) -> Int?] = [{ $0 }, { $0 == 1 ? nil : $0 }, { min(6, $0 + 1) }]
    for level in levels {
      let plain = MarkdownHTML(headingLevel: level)
      #expect(plain.html(markdown).output == plain.characterHTML(markdown).output)
      let cached = MarkdownHTML(headingLevel: level, cache: MarkdownHTML.Cache())
      #expect(cached.html(markdown).output == plain.characterHTML(markdown).output)
      #expect(cached.html(markdown).output == plain.characterHTML(markdown).output)
    }
  }
}
