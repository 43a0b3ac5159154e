extension CrimeEvidenceSet {
  /// The evidence beside each of `priorities`, from the figures of months before the month
  /// of `day` (a month's figures come out after it ends), reading from `store` only the
  /// months the priorities' windows need.
  ///
  /// - Throws: `DataFileError` for a month's file that cannot be read.
  init(_ priorities: [Priority], asOf day: Day, store: PanelStore) throws {
    let cutoff = YearMonth(day)
    let available = try store.crimeMonthList().filter { $0 < cutoff }
    var needed = Set<YearMonth>()
    if let last = available.last {
      let have = Set(available)
      for priority in priorities where priority.crimeType != nil {
        let windows = CrimeEvidence.windows(priority, latest: last)
        needed.formUnion((windows.before + windows.since).filter(have.contains))
      }
    }
    self.init(
      priorities, available: available, figures: try store.crimeMonths(needed.sorted()))
  }

  /// The evidence beside each of `priorities` when the months with figures are `available`
  /// (oldest first) and `figures` holds at least those the priorities' windows need.
  init(_ priorities: [Priority], available: [YearMonth], figures: [YearMonth: CrimeMonth]) {
    self.init()
    guard let first = available.first, let last = available.last else { return }
    firstMonth = first
    lastMonth = last
    for priority in priorities {
      byPriority[priority.id] = CrimeEvidence.of(priority, latest: last, figures: figures)
    }
  }
}
