/// `pact crime`: a panel's monthly police.uk counts by crime type for its area, the months
/// covered, and the months missing between them.
public struct CrimeOverview: Sendable {
  public let panelName: String
  public let area: CrimeArea?
  /// Every month with figures, oldest first.
  public let covered: [YearMonth]
  /// The months shown: the latest `count` up to the last with figures, gaps included.
  public let shown: [YearMonth]
  /// The figures of the months shown that have them.
  public let figures: [YearMonth: CrimeMonth]

  /// The months between the first and last with figures that have none.
  public var missing: [YearMonth] {
    guard let first = covered.first, let last = covered.last else { return [] }
    let have = Set(covered)
    return first.through(last).filter { !have.contains($0) }
  }

  /// The types with any row in the months shown, in police.uk's order.
  public var types: [CrimeType] {
    CrimeType.allCases.filter { type in figures.values.contains { $0.count(type) > 0 } }
  }

  /// The months shown that have no figures.
  public var shownMissing: [YearMonth] { shown.filter { figures[$0] == nil } }

  init(
    panelName: String, area: CrimeArea?, covered: [YearMonth], months count: Int, store: PanelStore
  )
    throws
  {
    self.panelName = panelName
    self.area = area
    self.covered = covered
    if let first = covered.first, let last = covered.last {
      shown = max(first, last.adding(months: -(max(count, 1) - 1))).through(last)
    } else {
      shown = []
    }
    let have = Set(covered)
    figures = try store.crimeMonths(shown.filter(have.contains))
  }
}
