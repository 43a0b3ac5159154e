import Testing

@testable import PactCore

@Suite struct TextWrapperTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var width: Int
    var indent = 0
    var firstLineIndent: Int? = nil
    var lines: [String]
    var testDescription: String { "\(text.debugDescription) at \(width)" }
  }

  static let cases: [Case] = [
    Case(text: "one two three", width: 7, lines: ["one two", "three"]),
    Case(text: "abc def", width: 7, lines: ["abc def"]),
    Case(text: "abc def", width: 6, lines: ["abc", "def"]),
    Case(text: "one two three", width: 8, indent: 2, lines: ["  one", "  two", "  three"]),
    Case(
      text: "aa bb cc dd", width: 10, indent: 4, firstLineIndent: 0,
      lines: ["aa bb cc", "    dd"]),
    Case(text: "aa bb", width: 80, indent: 2, firstLineIndent: 6, lines: ["      aa bb"]),
    Case(text: "supercalifragilistic x", width: 5, lines: ["supercalifragilistic", "x"]),
    Case(text: "x supercalifragilistic", width: 5, lines: ["x", "supercalifragilistic"]),
    Case(text: "a\n\nb", width: 80, indent: 2, lines: ["  a", "", "  b"]),
    Case(text: "a   b  ", width: 80, lines: ["a b"]),
    Case(text: "  - item one two", width: 10, lines: ["  - item", "  one two"]),
    Case(
      text: "first\n  second line", width: 9, indent: 1, lines: [" first", "   second", "   line"]),
    Case(text: "", width: 80, lines: []),
    Case(text: "\n", width: 80, lines: ["", ""]),
  ]

  @Test(arguments: cases)
  func wraps(_ testCase: Case) {
    let lines = TextWrapper.wrap(
      testCase.text, width: testCase.width, indent: testCase.indent,
      firstLineIndent: testCase.firstLineIndent)
    #expect(lines == testCase.lines)
  }

  static let prose = """
    Residents, the neighbourhood police team, the council and other agencies meet as a \
    panel, pick the community's top three priorities, agree actions with a lead agency for \
    each, and track them in an action log.
    """

  @Test(arguments: [10, 20, 33, 40, 60, 80, 120])
  func keepsEveryWordInOrderWithinTheWidth(width: Int) {
    let lines = TextWrapper.wrap(Self.prose, width: width, indent: 3, firstLineIndent: 1)
    #expect(lines.flatMap { $0.split(separator: " ") } == Self.prose.split(separator: " "))
    for (number, line) in lines.enumerated() {
      #expect(line.count <= width || !line.drop { $0 == " " }.contains(" "))
      #expect(line.hasPrefix(String(repeating: " ", count: number == 0 ? 1 : 3)))
      #expect(!line.hasSuffix(" "))
    }
    // Greedy: the next line's first word would not have fitted on this one.
    for (line, next) in zip(lines, lines.dropFirst()) {
      let word = next.split(separator: " ").first ?? ""
      #expect(line.count + 1 + word.count > width)
    }
  }
}
