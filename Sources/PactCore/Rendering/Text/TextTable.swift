/// A plain-text table for the terminal: left-aligned columns separated by two spaces,
/// fitted to a width by wrapping the columns marked flexible. Rows may be grouped under
/// headings that span the table.
public struct TextTable: Sendable {
  /// One column's heading and how it may be squeezed.
  public struct Column: Sendable {
    public var title: String
    /// Whether the column's cells may wrap onto more lines to fit the width.
    public var isFlexible: Bool
    /// Whether a column that is not flexible may still wrap, down to `minimumWidth`, when
    /// the table cannot fit otherwise.
    public var isShrinkable: Bool
    /// The narrowest a flexible or shrinkable column is made.
    public var minimumWidth: Int

    public init(
      _ title: String, flexible: Bool = false, shrinkable: Bool = false, minimumWidth: Int = 8
    ) {
      self.title = title
      isFlexible = flexible
      isShrinkable = shrinkable
      self.minimumWidth = minimumWidth
    }
  }

  /// Rows under an optional heading.
  public struct Section: Sendable {
    public var heading: String?
    public var rows: [[String]]

    public init(heading: String? = nil, rows: [[String]] = []) {
      self.heading = heading
      self.rows = rows
    }
  }

  public var columns: [Column]
  public var sections: [Section]
  /// When set, a row's cell after the last column is printed on the lines below the row,
  /// starting under this column and running to the table's right edge.
  public var detailColumn: Int?

  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    sections = [Section(rows: rows)]
  }

  /// The rows of the last section.
  public var rows: [[String]] {
    get { sections.last?.rows ?? [] }
    set {
      if sections.isEmpty { sections.append(Section()) }
      sections[sections.count - 1].rows = newValue
    }
  }

  /// Adds a row to the last section, in place: `rows.append` would copy every row before
  /// it, and a log of ten years has ten thousand.
  public mutating func append(_ row: [String]) {
    if sections.isEmpty { sections.append(Section()) }
    sections[sections.count - 1].rows.append(row)
  }

  static let gap = 2

  /// The widest line of each column's cells and title, and the longest word of each
  /// column's cells, in one look at each cell.
  private var measures: (widest: [Int], longestWord: [Int]) {
    var widths = columns.map { TextTable.measure($0.title).widest }
    var longest = columns.map { _ in 0 }
    let rows: [(section: Int, row: Int)] = sections.indices.flatMap { section in
      sections[section].rows.indices.map { (section, $0) }
    }
    // A long table is measured in runs on every core, as it is laid out.
    let runs = max(1, min(8, rows.count / 256))
    let measured = concurrentMap(runs, minimum: 2) { run in
      var widths = columns.map { _ in 0 }
      var longest = widths
      for (section, row) in rows[(rows.count * run / runs)..<(rows.count * (run + 1) / runs)] {
        let cells = sections[section].rows[row]
        for index in columns.indices where index < cells.count {
          let measure = TextTable.measure(cells[index])
          widths[index] = max(widths[index], measure.widest)
          longest[index] = max(longest[index], measure.longestWord)
        }
      }
      return (widths, longest)
    }
    for (runWidths, runLongest) in measured {
      for index in columns.indices {
        widths[index] = max(widths[index], runWidths[index])
        longest[index] = max(longest[index], runLongest[index])
      }
    }
    return (widths, longest)
  }

  /// The number of characters in the longest line of `text`, and in its longest word.
  private static func measure(_ text: String) -> (widest: Int, longestWord: Int) {
    var text = text
    let fast = text.withUTF8 { utf8 -> (Int, Int)? in
      guard TextWidth.isOneBytePerCharacter(utf8) else { return nil }
      var widest = 0
      var line = 0
      var longestWord = 0
      var word = 0
      for byte in utf8 {
        if byte == UInt8(ascii: "\n") {
          line = 0
          word = 0
          continue
        }
        line += 1
        widest = max(widest, line)
        if byte == UInt8(ascii: " ") {
          word = 0
        } else {
          word += 1
          longestWord = max(longestWord, word)
        }
      }
      return (widest, longestWord)
    }
    return fast
      ?? (
        text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0,
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
      )
  }

  /// Column widths that fit `width`: fixed columns keep their natural width; flexible ones
  /// share what is left in proportion to how much they would like beyond their minimum.
  func widths(fitting width: Int) -> [Int] {
    let (natural, words) = measures
    let flexible = columns.indices.filter { columns[$0].isFlexible }
    let gaps = TextTable.gap * max(0, columns.count - 1)
    guard natural.reduce(0, +) + gaps > width,
      !flexible.isEmpty || columns.contains(where: \.isShrinkable)
    else { return natural }
    var widths = natural
    var minimum = flexible.map { index in
      // Wide enough for the column's longest word (up to 16), so names break between words.
      max(min(max(columns[index].minimumWidth, min(words[index], 16)), natural[index]), 1)
    }
    let fixedColumns = columns.indices.filter { !columns[$0].isFlexible }
    // Too wide even so: shrinkable columns wrap, then flexible ones give up whole words,
    // each down to its own minimum, the widest first.
    var deficit =
      gaps + fixedColumns.map { natural[$0] }.reduce(0, +) + minimum.reduce(0, +) - width
    while deficit > 0,
      let index = fixedColumns.filter({
        columns[$0].isShrinkable && widths[$0] > columns[$0].minimumWidth
      }).max(by: { widths[$0] < widths[$1] })
    {
      widths[index] -= 1
      deficit -= 1
    }
    while deficit > 0,
      let position = flexible.indices.filter({
        minimum[$0] > min(columns[flexible[$0]].minimumWidth, natural[flexible[$0]])
      }).max(by: { minimum[$0] < minimum[$1] })
    {
      minimum[position] -= 1
      deficit -= 1
    }
    let fixed = fixedColumns.map { widths[$0] }.reduce(0, +)
    var room = width - gaps - fixed - minimum.reduce(0, +)
    let wishes = flexible.indices.map { natural[flexible[$0]] - minimum[$0] }
    let totalWish = wishes.reduce(0, +)
    for (position, index) in flexible.enumerated() {
      let share = totalWish == 0 ? 0 : max(0, room) * wishes[position] / totalWish
      widths[index] = minimum[position] + share
    }
    // Hand out what rounding left over, widest wish first.
    room -= flexible.indices.map { widths[flexible[$0]] - minimum[$0] }.reduce(0, +)
    for position in flexible.indices.sorted(by: { wishes[$0] > wishes[$1] }) where room > 0 {
      let index = flexible[position]
      if widths[index] < natural[index] {
        widths[index] += 1
        room -= 1
      }
    }
    return widths
  }

  /// The table as lines no wider than `width` (unless the fixed columns alone are wider),
  /// each ending in a newline; trailing spaces are trimmed.
  public func render(width: Int) -> String {
    let widths = self.widths(fitting: width)
    // Built as bytes: a log of ten years is tens of thousands of lines, and appending to a
    // string costs several times as much as appending to an array.
    var output: [UInt8] = []
    var scratch = RowScratch()
    line(columns.map(\.title), widths: widths, into: &output, scratch: &scratch)
    // Each section's heading (row nil), then its rows, in the order they are printed.
    var items: [(section: Int, row: Int?)] = []
    for (index, section) in sections.enumerated() {
      if section.heading != nil { items.append((index, nil)) }
      items += section.rows.indices.map { (index, $0) }
    }
    // A long table is laid out in runs on every core, then joined in order.
    let runs = max(1, min(8, items.count / 256))
    let laidOut = concurrentMap(runs, minimum: 2) { run in
      var piece: [UInt8] = []
      var scratch = RowScratch()
      for (section, row) in items[(items.count * run / runs)..<(items.count * (run + 1) / runs)] {
        if let row {
          line(sections[section].rows[row], widths: widths, into: &piece, scratch: &scratch)
        } else if let heading = sections[section].heading {
          piece.append(UInt8(ascii: "\n"))
          for (index, line) in TextWrapper.wrap(heading, width: width).enumerated() {
            if index > 0 { piece.append(UInt8(ascii: "\n")) }
            piece.append(contentsOf: line.utf8)
          }
          piece.append(UInt8(ascii: "\n"))
        }
      }
      return piece
    }
    for piece in laidOut { output.append(contentsOf: piece) }
    return String(decoding: output, as: UTF8.self)
  }

  /// Removes the spaces at the end of the line that starts at `start`.
  static func trimTrailingSpaces(_ output: inout [UInt8], from start: Int) {
    var end = output.count
    while end > start, output[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end < output.count else { return }
    // A space that ends a character begun before it (after a prepended mark) is not a
    // space of its own: such rare text is trimmed character by character.
    if end > start, output[end - 1] >= 0x80 {
      var text = String(decoding: output[start...], as: UTF8.self)
      while text.last == " " { text.removeLast() }
      output.removeSubrange(start...)
      output.append(contentsOf: text.utf8)
      return
    }
    output.removeSubrange(end...)
  }
}
