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

  /// The rows of the last section; appending adds to it.
  public var rows: [[String]] {
    get { sections.last?.rows ?? [] }
    set {
      if sections.isEmpty { sections.append(Section()) }
      sections[sections.count - 1].rows = newValue
    }
  }

  private static let gap = 2

  /// The widest line of each column's cells and title.
  private var naturalWidths: [Int] {
    let allRows =
      [columns.map(\.title)] + sections.flatMap(\.rows).map { Array($0.prefix(columns.count)) }
    return columns.indices.map { index in
      allRows.flatMap { row in
        (row.indices.contains(index) ? row[index] : "")
          .split(separator: "\n", omittingEmptySubsequences: false)
      }.map(\.count).max() ?? 0
    }
  }

  /// The longest word in each column's cells.
  private var longestWords: [Int] {
    columns.indices.map { index in
      sections.flatMap(\.rows).map { row in
        (row.indices.contains(index) ? row[index] : "")
          .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
      }.max() ?? 0
    }
  }

  /// Column widths that fit `width`: fixed columns keep their natural width; flexible ones
  /// share what is left in proportion to how much they would like beyond their minimum.
  func widths(fitting width: Int) -> [Int] {
    let natural = naturalWidths
    let flexible = columns.indices.filter { columns[$0].isFlexible }
    let gaps = TextTable.gap * max(0, columns.count - 1)
    guard natural.reduce(0, +) + gaps > width,
      !flexible.isEmpty || columns.contains(where: \.isShrinkable)
    else { return natural }
    var widths = natural
    let words = longestWords
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
    var output = line(columns.map(\.title), widths: widths)
    for section in sections {
      if let heading = section.heading {
        output += "\n" + TextWrapper.wrap(heading, width: width).joined(separator: "\n") + "\n"
      }
      for row in section.rows { output += line(row, widths: widths) }
    }
    return output
  }

  private func line(_ row: [String], widths: [Int]) -> String {
    let cells = columns.indices.map { index in
      TextWrapper.wrap(
        row.indices.contains(index) ? row[index] : "", width: widths[index],
        breakingLongWords: true)
    }
    let height = max(1, cells.map(\.count).max() ?? 1)
    var output = ""
    for line in 0..<height {
      var text = ""
      for index in columns.indices {
        let cell = line < cells[index].count ? cells[index][line] : ""
        text += cell
        if index < columns.count - 1 {
          text += String(repeating: " ", count: max(0, widths[index] - cell.count) + TextTable.gap)
        }
      }
      while text.last == " " { text.removeLast() }
      output += text + "\n"
    }
    if let detailColumn, row.count > columns.count, !row[columns.count].isEmpty {
      let indent = widths.prefix(detailColumn).reduce(0, +) + TextTable.gap * detailColumn
      let total = widths.reduce(0, +) + TextTable.gap * (columns.count - 1)
      output +=
        TextWrapper.wrap(
          row[columns.count], width: max(total, indent + 20), indent: indent,
          breakingLongWords: true
        ).joined(separator: "\n") + "\n"
    }
    return output
  }
}
