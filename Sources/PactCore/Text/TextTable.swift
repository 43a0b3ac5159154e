/// A plain-text table for the terminal: left-aligned columns separated by two spaces,
/// fitted to a width by wrapping the columns marked flexible.
public struct TextTable: Sendable {
  /// One column's heading and how it may be squeezed.
  public struct Column: Sendable {
    public var title: String
    /// Whether the column's cells may wrap onto more lines to fit the width.
    public var isFlexible: Bool
    /// The narrowest a flexible column is made.
    public var minimumWidth: Int

    public init(_ title: String, flexible: Bool = false, minimumWidth: Int = 8) {
      self.title = title
      isFlexible = flexible
      self.minimumWidth = minimumWidth
    }
  }

  public var columns: [Column]
  public var rows: [[String]]

  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// The table as lines no wider than `width` (unless fixed columns alone are wider),
  /// each ending in a newline; trailing spaces are trimmed.
  public func render(width: Int) -> String {
    let gap = 2
    var widths = columns.indices.map { index in
      ([columns[index].title] + rows.map { $0.indices.contains(index) ? $0[index] : "" })
        .flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
        .map { $0.count }.max() ?? 0
    }
    let total = { widths.reduce(0, +) + gap * max(0, widths.count - 1) }
    // Shrink the widest flexible column one step at a time until the table fits.
    while total() > width {
      let candidates = columns.indices.filter {
        columns[$0].isFlexible
          && widths[$0] > max(columns[$0].minimumWidth, columns[$0].title.count)
      }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      widths[widest] -= 1
    }
    var output = ""
    for row in [columns.map(\.title)] + rows {
      let cells = columns.indices.map { index in
        TextWrapper.wrap(
          row.indices.contains(index) ? row[index] : "", width: widths[index],
          breakingLongWords: true)
      }
      let height = max(1, cells.map(\.count).max() ?? 1)
      for line in 0..<height {
        var text = ""
        for index in columns.indices {
          let cell = line < cells[index].count ? cells[index][line] : ""
          text += cell
          if index < columns.count - 1 {
            text += String(repeating: " ", count: widths[index] - cell.count + gap)
          }
        }
        while text.last == " " { text.removeLast() }
        output += text + "\n"
      }
    }
    return output
  }
}
