/// The HTML of pact's Markdown worked out on its UTF-8 bytes, for the blocks whose structure
/// the bytes settle: each line's list marker, number or table bar followed by an ASCII
/// character, so that no character after it can combine with it. Any other block (and
/// every heading) takes `MarkdownHTML.block`, which reads characters as Swift does; the
/// two give the same HTML for every block the bytes settle.
extension MarkdownHTML {
  /// A range of a document's bytes.
  typealias Bytes = UnsafeBufferPointer<UInt8>

  /// Writes the HTML of the block at `block` to `output`; false, having written nothing,
  /// when the block is one for `MarkdownHTML.block`.
  func byteBlock(_ bytes: Bytes, _ block: Range<Int>, into output: inout [UInt8]) -> Bool {
    let lines = MarkdownHTML.lines(bytes, block)
    guard let first = lines.first,
      first.isEmpty || bytes[first.lowerBound] != UInt8(ascii: "#")
    else { return false }
    if MarkdownHTML.starts(bytes, first, with: "- ") {
      guard lines.allSatisfy({ MarkdownHTML.isASCII(bytes, $0, count: 3) }) else { return false }
      output += MarkdownHTML.openList
      for line in lines {
        output += MarkdownHTML.openItem
        let text = min(line.lowerBound + 2, line.upperBound)..<line.upperBound
        MarkdownHTML.inline(bytes, text, into: &output)
        output += MarkdownHTML.closeItem
      }
      output += MarkdownHTML.closeList
      return true
    }
    if MarkdownHTML.numberedText(bytes, first) != nil {
      var items: [Range<Int>] = []
      for line in lines {
        if let text = MarkdownHTML.numberedText(bytes, line) {
          // The number, ". " and the character after them are single bytes.
          guard MarkdownHTML.isASCII(bytes, line, count: text.lowerBound - line.lowerBound + 1)
          else { return false }
          items.append(text)
        } else {
          items.append(line)
        }
      }
      output += MarkdownHTML.openNumbered
      for item in items {
        output += MarkdownHTML.openItem
        MarkdownHTML.inline(bytes, item, into: &output)
        output += MarkdownHTML.closeItem
      }
      output += MarkdownHTML.closeNumbered
      return true
    }
    if MarkdownHTML.starts(bytes, first, with: "| "), lines.count >= 2,
      MarkdownHTML.starts(bytes, lines[1], with: "| ---")
    {
      return table(bytes, header: first, rows: lines.dropFirst(2), into: &output)
    }
    output += MarkdownHTML.openParagraph
    MarkdownHTML.inline(bytes, block, into: &output)
    output += MarkdownHTML.closeParagraph
    return true
  }

  /// A table whose lines are all printable ASCII, so that its cells are bytes between bars.
  private func table(
    _ bytes: Bytes, header: Range<Int>, rows: ArraySlice<Range<Int>>, into output: inout [UInt8]
  ) -> Bool {
    func printable(_ line: Range<Int>) -> Bool {
      bytes[line].allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }
    guard printable(header), rows.allSatisfy(printable) else { return false }
    let label = tableLabel(String(decoding: Bytes(rebasing: bytes[header]), as: UTF8.self))
    output += MarkdownHTML.openTable
    output += HTMLEscape.attribute("Table: " + label).utf8
    output += MarkdownHTML.openHead
    for cell in MarkdownHTML.cells(bytes, header) {
      output += MarkdownHTML.openHeaderCell
      MarkdownHTML.inline(bytes, cell, into: &output)
      output += MarkdownHTML.closeHeaderCell
    }
    output += MarkdownHTML.openBody
    for row in rows where !row.isEmpty {
      output += MarkdownHTML.openRow
      for cell in MarkdownHTML.cells(bytes, row) {
        output += MarkdownHTML.openCell
        MarkdownHTML.inline(bytes, cell, into: &output)
        output += MarkdownHTML.closeCell
      }
      output += MarkdownHTML.closeRow
    }
    output += MarkdownHTML.closeTable
    return true
  }

  // MARK: Lines and cells

  /// The blocks of a document: the bytes between blank lines (each `\n\n`, from the left).
  static func blockRanges(_ bytes: Bytes) -> [Range<Int>] {
    var blocks: [Range<Int>] = []
    var start = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0x0A, bytes[index + 1] == 0x0A {
        blocks.append(start..<index)
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    blocks.append(start..<bytes.count)
    return blocks
  }

  /// The lines of a block, empty ones included.
  static func lines(_ bytes: Bytes, _ block: Range<Int>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = block.lowerBound
    for index in block where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<block.upperBound)
    return lines
  }

  /// Whether the line's bytes start with `prefix`.
  static func starts(_ bytes: Bytes, _ line: Range<Int>, with prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard line.count >= count else { return false }
    return prefix.withUTF8Buffer { prefix in
      prefix.indices.allSatisfy { bytes[line.lowerBound + $0] == prefix[$0] }
    }
  }

  /// Whether the first `count` bytes of the line (or all, when it is shorter) are ASCII
  /// characters each of its own: no byte of a longer character, and no carriage return,
  /// which a line feed after it would join.
  static func isASCII(_ bytes: Bytes, _ line: Range<Int>, count: Int) -> Bool {
    bytes[line.lowerBound..<min(line.upperBound, line.lowerBound + count)]
      .allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  /// The text after `12. ` of a numbered item, or nil when the line is not one.
  static func numberedText(_ bytes: Bytes, _ line: Range<Int>) -> Range<Int>? {
    var index = line.lowerBound
    while index < line.upperBound, (0x30...0x39).contains(bytes[index]) { index += 1 }
    guard index > line.lowerBound, index + 1 < line.upperBound,
      bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20
    else { return nil }
    return (index + 2)..<line.upperBound
  }

  /// The cells of a table row `| a | b |` of printable ASCII, still escaped as Markdown,
  /// without the spaces around them.
  static func cells(_ bytes: Bytes, _ line: Range<Int>) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var start: Int?
    var escaped = false
    for index in line {
      if escaped {
        escaped = false
      } else if bytes[index] == UInt8(ascii: "\\") {
        escaped = true
      } else if bytes[index] == UInt8(ascii: "|") {
        // The text before the first bar is not a cell.
        if let start { cells.append(start..<index) }
        start = index + 1
      }
    }
    return cells.map { cell in
      var lower = cell.lowerBound
      var upper = cell.upperBound
      while lower < upper, bytes[lower] == 0x20 { lower += 1 }
      while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
      return lower..<upper
    }
  }

  // MARK: Inline Markdown

  /// `MarkdownHTML.inline` of the bytes in `range`, appended to `output`.
  static func inline(_ bytes: Bytes, _ range: Range<Int>, into output: inout [UInt8]) {
    var isStrong = false
    // The spaces written at the end of the text so far, for a hard break.
    var spaces = 0
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let byte = bytes[index]
      if byte >= 0x80 {
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let last = min(end, index + length)
        if let scalar = scalar(bytes, index..<last), HTMLEscape.isAllowed(scalar) {
          output += bytes[index..<last]
        }
        spaces = 0
        index = last
        continue
      }
      let next = index + 1 < end ? bytes[index + 1] : 0
      if byte == UInt8(ascii: "\\"), isASCIIPunctuation(Unicode.Scalar(next)) {
        spaces = literal(next, into: &output) ? spaces + 1 : 0
        index += 2
      } else if byte == UInt8(ascii: "*"), next == UInt8(ascii: "*") {
        output += isStrong ? closeStrong : openStrong
        isStrong.toggle()
        spaces = 0
        index += 2
      } else if byte == 0x0A {
        // Two spaces before a line break make a hard break; otherwise it is a space.
        if spaces >= 2 {
          output.removeLast(2)
          output += lineBreak
          spaces = 0
        } else {
          output.append(0x20)
          spaces += 1
        }
        index += 1
      } else {
        spaces = literal(byte, into: &output) ? spaces + 1 : 0
        index += 1
      }
    }
    if isStrong { output += closeStrong }
  }

  /// Writes an ASCII character as text; true when it was a space.
  @inline(__always)
  private static func literal(_ byte: UInt8, into output: inout [UInt8]) -> Bool {
    switch byte {
    case 0x20:
      output.append(0x20)
      return true
    case UInt8(ascii: "&"): output += HTMLEscape.entityAmp
    case UInt8(ascii: "<"): output += HTMLEscape.entityLt
    case UInt8(ascii: ">"): output += HTMLEscape.entityGt
    case 0x09, 0x0A: output.append(0x20)
    default: if byte >= 0x20, byte != 0x7F { output.append(byte) }
    }
    return false
  }

  /// The scalar whose UTF-8 bytes are `range`.
  private static func scalar(_ bytes: Bytes, _ range: Range<Int>) -> Unicode.Scalar? {
    guard let lead = bytes[range].first else { return nil }
    let mask: UInt8 = range.count == 2 ? 0x1F : range.count == 3 ? 0x0F : 0x07
    var value = UInt32(lead & mask)
    for byte in bytes[range].dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
    return Unicode.Scalar(value)
  }

  private static let openList = Array(#"<ul class="list">"#.utf8)
  private static let openNumbered = Array(#"<ol class="list list-number">"#.utf8)
  private static let closeList = Array("</ul>".utf8)
  private static let closeNumbered = Array("</ol>".utf8)
  private static let openItem = Array("<li>".utf8)
  private static let closeItem = Array("</li>".utf8)
  private static let openParagraph = Array("<p>".utf8)
  private static let closeParagraph = Array("</p>".utf8)
  private static let openTable = Array(#"<div class="table-wrap" role="region" aria-label=""#.utf8)
  private static let openHead = Array(#"" tabindex="0"><table><thead><tr>"#.utf8)
  private static let openHeaderCell = Array(#"<th scope="col">"#.utf8)
  private static let closeHeaderCell = Array("</th>".utf8)
  private static let openBody = Array("</tr></thead><tbody>".utf8)
  private static let openRow = Array("<tr>".utf8)
  private static let closeRow = Array("</tr>".utf8)
  private static let openCell = Array("<td>".utf8)
  private static let closeCell = Array("</td>".utf8)
  private static let closeTable = Array("</tbody></table></div>".utf8)
}
