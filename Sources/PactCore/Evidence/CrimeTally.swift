/// What reading street-level files counted: for each month, the rows read, the rows with no
/// location, and each panel's rows by crime type.
struct CrimeTally {
  /// One month's counts.
  final class MonthCounts {
    var rows = 0
    var noLocation = 0
    /// Rows by panel and type: `counts[panel * 14 + type.index]`.
    var counts: [Int32]

    init(panels: Int) {
      counts = Array(repeating: 0, count: panels * CrimeType.count)
    }

    /// A panel's rows by type, leaving out types with none.
    func counts(ofPanel panel: Int) -> [CrimeType: Int] {
      var result: [CrimeType: Int] = [:]
      let width = CrimeType.count
      for type in CrimeType.allCases {
        let count = counts[panel * width + type.index]
        if count > 0 { result[type] = Int(count) }
      }
      return result
    }
  }

  let panels: Int
  private(set) var months: [YearMonth: MonthCounts] = [:]
  /// The month of the last row, which the next row is almost always in too.
  private var recent: (month: YearMonth, counts: MonthCounts)?

  init(panels: Int) {
    self.panels = panels
  }

  /// The counts for `month`, made when first needed.
  mutating func month(_ month: YearMonth) -> MonthCounts {
    if let recent, recent.month == month { return recent.counts }
    let counts = months[month] ?? MonthCounts(panels: panels)
    months[month] = counts
    recent = (month, counts)
    return counts
  }

  func addRow(in counts: MonthCounts, located: Bool) {
    counts.rows += 1
    if !located { counts.noLocation += 1 }
  }

  /// Counts a row of the type at `typeIndex` in `CrimeType.allCases` for `panel`.
  func add(typeIndex: Int, panel: Int, in counts: MonthCounts) {
    counts.counts[panel * CrimeType.count + typeIndex] += 1
  }
}
