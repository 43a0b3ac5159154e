import PactTestSupport
import Testing

@testable import PactCore

/// Plain ASCII is wrapped byte by byte (`ByteWrapping`): it must give exactly the lines
/// that wrapping character by character gives.
@Suite struct ByteWrappingTests {
  /// Text made of the pieces that matter to wrapping: words, runs of spaces, hyphens, line
  /// breaks, tabs and other control characters, and long words.
  private static func text(_ random: inout SplitMix64) -> String {
    let pieces = [
      "a", "ab", "word", "hyphen-ated", "tonbridge-malling-highways", "-", "--x", "x-",
      "supercalifragilisticexpialidocious", " ", "  ", "   ", "\n", "\n\n", "\t", "\u{1B}[0m",
      "A1B2C3", "x", "end.",
    ]
    var text = ""
    for _ in 0..<Int.random(in: 0...14, using: &random) {
      text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
    }
    return text
  }

  @Test(arguments: 0..<8)
  func asciiIsWrappedAsCharacterWrappingWrapsIt(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    for _ in 0..<500 {
      let text = Self.text(&random)
      let width = Int.random(in: -2...40, using: &random)
      let indent = Int.random(in: 0...6, using: &random)
      let first: Int? = Bool.random(using: &random) ? Int.random(in: 0...6, using: &random) : nil
      for breaking in [false, true] {
        let fast = TextWrapper.wrap(
          text, width: width, indent: indent, firstLineIndent: first, breakingLongWords: breaking)
        let characters = TextWrapper.wrapCharacters(
          text, width: width, indent: indent, firstLineIndent: first, breakingLongWords: breaking)
        #expect(
          fast == characters,
          "\(text.debugDescription) width \(width) indent \(indent) first \(first.map(String.init) ?? "nil") breaking \(breaking)"
        )
      }
    }
  }

  @Test func textThatIsNotPlainASCIIIsWrappedByCharacter() {
    // "é" as e and a combining accent is one character of two scalars; CR LF is one
    // character too.
    #expect(
      TextWrapper.wrap("cafe\u{301} cafe\u{301}", width: 5, breakingLongWords: true)
        == ["cafe\u{301}", "cafe\u{301}"])
    #expect(TextWrapper.wrap("ab\r\ncd", width: 80) == ["ab\r\ncd"])
    #expect(TextWidth.of("cafe\u{301}") == 4)
    #expect(TextWidth.of("ab\r\n") == 3)
    #expect(TextWidth.of("ab\n") == 3)
  }

  @Test func aTableTrimsOnlyWholeSpacesAtTheEndOfALine() {
    var table = TextTable(columns: [.init("A"), .init("B"), .init("C")])
    table.append(["x", "", ""])
    table.append(["caf\u{E9}", "y", ""])
    // A prepended mark joins the space after it into one character, which is kept while
    // the padding after it goes.
    table.append(["\u{600} ", "", ""])
    #expect(
      table.render(width: 80) == "A     B  C\nx\ncaf\u{E9}  y\n\u{600} \n")
  }
}
