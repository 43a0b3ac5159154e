import PactCore

/// The two-column rows of ARGUMENTS, OPTIONS and SUBCOMMANDS: a label indented by 2, and a
/// description starting in a fixed column and wrapped within it.
enum HelpColumns {
  /// The description column, as in swift-argument-parser.
  static let standardColumn = 26

  /// The least room kept for descriptions: below `standardColumn + 20` columns of
  /// terminal, the column moves left so that descriptions do not shrink to a few letters.
  static let minimumDescriptionWidth = 20

  static func descriptionColumn(forWidth width: Int) -> Int {
    min(standardColumn, max(6, width - minimumDescriptionWidth))
  }

  /// A label that leaves fewer than two spaces before the column puts its description on
  /// the next line.
  static func rows(_ rows: [(label: String, description: String)], width: Int) -> [String] {
    let column = descriptionColumn(forWidth: width)
    var lines: [String] = []
    for row in rows {
      let label = "  " + row.label
      let description = TextWrapper.wrap(row.description, width: width, indent: column)
      if label.count + 2 <= column, let first = description.first {
        let padding = String(repeating: " ", count: column - label.count)
        lines.append(label + padding + first.dropFirst(column))
        lines += description.dropFirst()
      } else {
        lines.append(label)
        lines += description
      }
    }
    return lines
  }
}
