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

  @Test(arguments: 0..<4)
  func appendingGivesTheLinesWrapGives(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    for _ in 0..<500 {
      let text = Self.text(&random)
      var bytes = text
      let width = Int.random(in: -2...40, using: &random)
      let indent = Int.random(in: 0...6, using: &random)
      let wrapping = ByteWrapping(
        width: width, indent: indent, firstLineIndent: Int.random(in: 0...6, using: &random),
        breakingLongWords: Bool.random(using: &random))
      bytes.withUTF8 { utf8 in
        guard TextWidth.isOneBytePerCharacter(utf8), !utf8.isEmpty else { return }
        var output: [UInt8] = []
        wrapping.append(utf8, to: &output)
        let expected = wrapping.wrap(utf8).map { $0 + "\n" }.joined()
        #expect(String(decoding: output, as: UTF8.self) == expected, "\(text.debugDescription)")
        #expect(!wrapping.wrap(utf8).isEmpty)
      }
    }
  }

  /// A table row as it was laid out before rows shared one scratch: each cell wrapped to an
  /// array of lines, then the lines side by side, then the detail under them.
  private static func referenceLine(_ table: TextTable, _ row: [String], widths: [Int]) -> String {
    var output = ""
    let cells = table.columns.indices.map { index in
      TextWrapper.wrap(
        row.indices.contains(index) ? row[index] : "", width: widths[index],
        breakingLongWords: true)
    }
    for line in 0..<max(1, cells.map(\.count).max() ?? 1) {
      var text = ""
      for index in table.columns.indices {
        let cell = line < cells[index].count ? cells[index][line] : ""
        text += cell
        if index < table.columns.count - 1 {
          text += String(repeating: " ", count: max(0, widths[index] - TextWidth.of(cell)) + 2)
        }
      }
      while text.last == " " { text.removeLast() }
      output += text + "\n"
    }
    if let detail = table.detailColumn, row.count > table.columns.count,
      !row[table.columns.count].isEmpty
    {
      let indent = widths.prefix(detail).reduce(0, +) + 2 * detail
      let total = widths.reduce(0, +) + 2 * (table.columns.count - 1)
      for line in TextWrapper.wrap(
        row[table.columns.count], width: max(total, indent + 20), indent: indent,
        breakingLongWords: true)
      {
        output += line + "\n"
      }
    }
    return output
  }

  @Test(arguments: 0..<6)
  func aRowIsLaidOutAsEachCellWrappedOnItsOwnLaysItOut(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var table = TextTable(columns: [.init("A"), .init("B", flexible: true), .init("C")])
    table.detailColumn = 1
    var scratch = TextTable.RowScratch()
    for _ in 0..<400 {
      let row = (0..<Int.random(in: 0...4, using: &random)).map { _ in
        Bool.random(using: &random)
          ? Self.text(&random)
          : ["", "x", "ab cd", "caf\u{E9} au lait", "ab\r\ncd", "\u{600} "][
            Int.random(in: 0..<6, using: &random)]
      }
      let widths = (0..<3).map { _ in Int.random(in: 0...12, using: &random) }
      var output: [UInt8] = []
      table.line(row, widths: widths, into: &output, scratch: &scratch)
      #expect(
        String(decoding: output, as: UTF8.self) == Self.referenceLine(table, row, widths: widths),
        "\(row.map(\.debugDescription)) \(widths)")
    }
  }

  /// A table long enough to be laid out in runs on several threads prints what laying out
  /// its headings and rows one after another prints.
  @Test func aLongTableIsTheSameLaidOutInRuns() {
    var random = SplitMix64(seed: 7)
    var table = TextTable(columns: [.init("ID"), .init("ACTION", flexible: true), .init("DUE")])
    table.detailColumn = 1
    table.sections = (0..<5).map { section in
      TextTable.Section(
        heading: section == 2 ? nil : "Priority \(section): " + Self.text(&random),
        rows: (0..<Int.random(in: 0...700, using: &random)).map { row in
          ["A\(section)-\(row)", Self.text(&random), "01/02/24", Self.text(&random)]
        })
    }
    #expect(table.sections.map(\.rows.count).reduce(0, +) > 1_000)
    let widths = table.widths(fitting: 60)
    var expected: [UInt8] = []
    var scratch = TextTable.RowScratch()
    table.line(["ID", "ACTION", "DUE"], widths: widths, into: &expected, scratch: &scratch)
    for section in table.sections {
      if let heading = section.heading {
        expected += Array(
          ("\n" + TextWrapper.wrap(heading, width: 60).joined(separator: "\n") + "\n").utf8)
      }
      for row in section.rows {
        table.line(row, widths: widths, into: &expected, scratch: &scratch)
      }
    }
    #expect(table.render(width: 60) == String(decoding: expected, as: UTF8.self))
  }
}
