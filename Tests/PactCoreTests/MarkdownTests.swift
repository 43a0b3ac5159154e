import Foundation
import PactTestSupport
import Testing

@testable import PactCore

@Suite struct MarkdownTests {
  @Test(arguments: [
    ("Speeding on the A25", "Speeding on the A25"),
    ("St Mary's & St John's", "St Mary's & St John's"),
    ("*bold* _em_", "\\*bold\\* \\_em\\_"),
    ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
    ("a | b", "a \\| b"),
    ("[link](http://x)", "\\[link\\](http://x)"),
    ("`code`", "\\`code\\`"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("+ not a list", "\\+ not a list"),
    ("> not a quote", "\\> not a quote"),
    ("1. not a list", "1\\. not a list"),
    ("2024) not a list", "2024\\) not a list"),
    ("A25 # 3", "A25 # 3"),
    ("line one\nline two", "line one line two"),
    ("  spaced   out  ", "spaced out"),
    ("&lt; stays &amp;", "\\&lt; stays \\&amp;"),
    ("back\\slash", "back\\\\slash"),
    ("~~struck~~", "\\~\\~struck\\~\\~"),
  ])
  func inlineEscapesOnlyWhatMarkdownWouldRead(text: String, expected: String) {
    #expect(Markdown.inline(text) == expected)
  }

  /// The byte-by-byte path for printable ASCII gives what the scalar-by-scalar one gives.
  @Test(arguments: [
    "Speeding on the A25", "*bold* _em_ `code` ~~x~~ [a](b) <c> | d \\ e", "# heading",
    ">quote", "+plus", "-dash", "=equals", "1. one", "123456789) nine", "1234567890. ten",
    "12 apples. 3", "42", "7.", "&lt; &#60; &x; & ; &;", "&amp", "a&b;", "  lead and trail  ",
    "many    spaces", " ", "", "1", "1.", "10)", "#", "- ", "x-y", "a\\*b",
  ])
  func asciiTextEscapesAsEveryOtherText(text: String) throws {
    #expect(try #require(Markdown.inlineASCII(text)) == Markdown.inlineScalars(text))
  }

  @Test(arguments: ["tab\tthere", "line\nbreak", "café", "bell\u{7}", "del\u{7F}"])
  func textBeyondPrintableASCIITakesTheScalarPath(text: String) {
    #expect(Markdown.inlineASCII(text) == nil)
  }

  @Test func tablesEscapeTheirCellsAndPadShortRows() {
    let table = Markdown.table(
      header: ["Action", "Lead"], rows: [["Fix | patch", "council"], ["x"]])
    #expect(
      table == """
        | Action | Lead |
        | --- | --- |
        | Fix \\| patch | council |
        | x |   |

        """)
  }

  @Test func documentsSeparateBlocksWithOneBlankLine() {
    var document = MarkdownDocument()
    document.heading(1, "Agenda: *Platt* PACT")
    document.paragraph("First.\n\nSecond <b>.")
    document.list(["one", "two"])
    #expect(
      document.text == """
        # Agenda: \\*Platt\\* PACT

        First.

        Second \\<b>.

        - one
        - two

        """)
  }

  static let hostile = [
    "<img src=x onerror=alert(1)>", "*__**nested**__*", "[a]: http://evil", "| --- |",
    "# Heading\n## two", "```\ncode\n```", "1. one\n2. two", "- a\n- b", "> quote",
    "===", "---", "<!-- comment -->", "&copy; &#169;", "\\*", "a  \nb", "    indented code",
    "http://example.org/<x>", "~~~", "!\\[x](y)", "Ünïcödé — “quotes” ’",
  ]

  /// Through a real renderer, hostile text comes out as the same text in one paragraph
  /// (or list item), with no HTML element of its own.
  @Test(arguments: hostile)
  func hostileTextRendersAsText(text: String) throws {
    let renderer = try CommonMarkRenderer.url()
    let markdown = "- " + Markdown.inline(text) + "\n"
    let result = try ProcessRunner.run(
      renderer,
      arguments: ["--unsafe", "-e", "table", "-e", "strikethrough"],
      environment: [:], stdin: markdown)
    #expect(result.status == 0)
    let html = result.stdout
    #expect(html.hasPrefix("<ul>\n<li>"), "\(html)")
    #expect(html.hasSuffix("</li>\n</ul>\n"), "\(html)")
    let inner = html.dropFirst("<ul>\n<li>".count).dropLast("</li>\n</ul>\n".count)
    #expect(!inner.contains("<"), "markup in \(inner)")
    let decoded = inner.replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(decoded == expected)
  }
}
