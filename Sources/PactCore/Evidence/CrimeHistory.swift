/// Every month of police.uk figures a panel has, read once, for the documents of many days
/// that a website shows: the evidence beside the priorities as of any day is then worked
/// out without reading the files again, exactly as `CrimeEvidenceSet` works it out from the
/// panel's folder.
struct CrimeHistory: Sendable {
  /// The months with figures, oldest first.
  let months: [YearMonth]
  let figures: [YearMonth: CrimeMonth]

  /// No figures at all.
  static let none = CrimeHistory(months: [], figures: [:])

  /// Every month of figures in `store`.
  ///
  /// - Throws: `DataFileError` naming every month's file that cannot be read.
  init(_ store: PanelStore) throws {
    let months = try store.crimeMonthList()
    self.init(months: months, figures: months.isEmpty ? [:] : try store.crimeMonths(months))
  }

  init(months: [YearMonth], figures: [YearMonth: CrimeMonth]) {
    self.months = months
    self.figures = figures
  }

  /// The evidence beside each of `priorities` as of `day`: from the months before the month
  /// of `day`, as `CrimeEvidenceSet.init(_:asOf:store:)` gives it.
  func evidence(_ priorities: [Priority], asOf day: Day) -> CrimeEvidenceSet {
    guard !months.isEmpty else { return CrimeEvidenceSet() }
    let cutoff = YearMonth(day)
    return CrimeEvidenceSet(
      priorities, available: months.filter { $0 < cutoff }, figures: figures)
  }
}
