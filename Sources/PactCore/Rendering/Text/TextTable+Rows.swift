extension TextTable {
  /// Room for one row's wrapped cells, kept from row to row: a log of ten years lays out
  /// ten thousand rows, and making arrays of lines for each cell of each was most of it.
  struct RowScratch {
    /// The lines of every cell of the row, each followed by a newline.
    var bytes: [UInt8] = []
    /// Where each line is in `bytes`, without its newline.
    var lines: [Range<Int>] = []
    /// For each cell, which of `lines` are its own, and whether each character is a byte.
    var cells: [(lines: Range<Int>, isOneBytePerCharacter: Bool)] = []

    mutating func removeAll() {
      bytes.removeAll(keepingCapacity: true)
      lines.removeAll(keepingCapacity: true)
      cells.removeAll(keepingCapacity: true)
    }
  }

  private static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")

  /// Appends `row`: its cells, each wrapped to its column, on as many lines as the
  /// tallest, then its detail (the cell after the last column) on the lines below.
  func line(
    _ row: [String], widths: [Int], into output: inout [UInt8], scratch: inout RowScratch
  ) {
    scratch.removeAll()
    for index in columns.indices {
      wrapCell(index < row.count ? row[index] : "", width: widths[index], into: &scratch)
    }
    var height = 1
    for cell in scratch.cells { height = max(height, cell.lines.count) }
    for line in 0..<height {
      let start = output.count
      for (index, cell) in scratch.cells.enumerated() {
        var used = 0
        if line < cell.lines.count {
          let range = scratch.lines[cell.lines.lowerBound + line]
          output.append(contentsOf: scratch.bytes[range])
          used =
            cell.isOneBytePerCharacter
            ? range.count : TextWidth.of(String(decoding: scratch.bytes[range], as: UTF8.self))
        }
        if index < columns.count - 1 {
          let padding = max(0, widths[index] - used) + TextTable.gap
          output.append(contentsOf: repeatElement(TextTable.space, count: padding))
        }
      }
      TextTable.trimTrailingSpaces(&output, from: start)
      output.append(TextTable.newline)
    }
    if let detailColumn, row.count > columns.count, !row[columns.count].isEmpty {
      let indent = widths.prefix(detailColumn).reduce(0, +) + TextTable.gap * detailColumn
      let total = widths.reduce(0, +) + TextTable.gap * (columns.count - 1)
      let width = max(total, indent + 20)
      var detail = row[columns.count]
      let appended = detail.withUTF8 { utf8 -> Bool in
        guard TextWidth.isOneBytePerCharacter(utf8) else { return false }
        ByteWrapping(width: width, indent: indent, firstLineIndent: indent, breakingLongWords: true)
          .append(utf8, to: &output)
        return true
      }
      if !appended {
        let lines = TextWrapper.wrap(
          detail, width: width, indent: indent, breakingLongWords: true)
        for line in lines {
          output.append(contentsOf: line.utf8)
          output.append(TextTable.newline)
        }
      }
    }
  }

  /// Wraps one cell to `width` (as `TextWrapper.wrap` with long words broken) into the
  /// scratch's lines.
  private func wrapCell(_ text: String, width: Int, into scratch: inout RowScratch) {
    let start = scratch.bytes.count
    var text = text
    let isOneByte = text.withUTF8 { utf8 -> Bool in
      guard TextWidth.isOneBytePerCharacter(utf8) else { return false }
      guard !utf8.isEmpty else { return true }
      let wrapping = ByteWrapping(
        width: width, indent: 0, firstLineIndent: 0, breakingLongWords: true)
      // Most cells of a table fit their column as they are.
      if wrapping.fitsAsItIs(utf8) {
        scratch.bytes.append(contentsOf: utf8)
        scratch.bytes.append(TextTable.newline)
      } else {
        wrapping.append(utf8, to: &scratch.bytes)
      }
      return true
    }
    let first = scratch.lines.count
    if isOneByte {
      // Plain ASCII holds no carriage return, so each newline ends a line.
      var lineStart = start
      for position in start..<scratch.bytes.count
      where scratch.bytes[position] == TextTable.newline {
        scratch.lines.append(lineStart..<position)
        lineStart = position + 1
      }
    } else {
      // A line may hold CR LF, one character, so each is placed as it is appended.
      for line in TextWrapper.wrap(text, width: width, breakingLongWords: true) {
        let lineStart = scratch.bytes.count
        scratch.bytes.append(contentsOf: line.utf8)
        scratch.lines.append(lineStart..<scratch.bytes.count)
        scratch.bytes.append(TextTable.newline)
      }
    }
    scratch.cells.append((first..<scratch.lines.count, isOneByte))
  }
}
