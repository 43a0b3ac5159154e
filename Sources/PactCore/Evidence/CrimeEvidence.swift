/// The police.uk figures beside one priority: the monthly rate of its crime type in the
/// area in the six months before the month it was set, and in the months since (to the
/// latest month with figures, or the month it closed), with the months and counts each
/// rests on. It reports counts; it never says what caused a change.
public struct CrimeEvidence: Sendable, Equatable {
  /// A span of months and what the figures hold for it.
  public struct Window: Sendable, Equatable {
    /// Every month of the span.
    public var months: [YearMonth]
    /// The months with figures, which the count and rate rest on.
    public var counted: [YearMonth]
    /// The rows of the type in the counted months.
    public var count: Int
    /// The rows of the type in each counted month.
    public var byMonth: [YearMonth: Int] = [:]

    /// The months of the span with no figures.
    public var missing: [YearMonth] {
      let counted = Set(self.counted)
      return months.filter { !counted.contains($0) }
    }

    /// The count per counted month, or nil with none.
    public var perMonth: Double? {
      counted.isEmpty ? nil : Double(count) / Double(counted.count)
    }
  }

  /// How many months before a priority was set are compared.
  public static let monthsBefore = 6
  /// Below this many a month, the figures are called small.
  public static let smallPerMonth = 10.0

  public var priority: String
  public var type: CrimeType
  /// The month the priority was set in (the first month "since").
  public var setMonth: YearMonth
  public var before: Window
  public var since: Window

  /// Whether the numbers are too small to mean much: under ten a month on both sides.
  public var isSmall: Bool {
    let rates = [before.perMonth, since.perMonth].compactMap { $0 }
    return !rates.isEmpty && rates.allSatisfy { $0 < CrimeEvidence.smallPerMonth }
  }

  /// The evidence for `priority` from the figures of `months` (a panel's months with
  /// figures, up to `latest`), or nil when it has no crime type.
  ///
  /// - Parameters:
  ///   - latest: The last month "since" may run to: the latest with figures.
  ///   - figures: The months with figures that the windows need, by month.
  static func of(_ priority: Priority, latest: YearMonth, figures: [YearMonth: CrimeMonth])
    -> CrimeEvidence?
  {
    guard let type = priority.crimeType else { return nil }
    let windows = CrimeEvidence.windows(priority, latest: latest)
    func window(_ months: [YearMonth]) -> Window {
      var byMonth: [YearMonth: Int] = [:]
      for month in months { byMonth[month] = figures[month]?.count(type) }
      return Window(
        months: months, counted: months.filter { byMonth[$0] != nil },
        count: byMonth.values.reduce(0, +), byMonth: byMonth)
    }
    return CrimeEvidence(
      priority: priority.id, type: type, setMonth: YearMonth(priority.setOn),
      before: window(windows.before), since: window(windows.since))
  }

  /// The months before and since a priority was set, since ending at `latest` or the
  /// month it closed.
  static func windows(_ priority: Priority, latest: YearMonth)
    -> (before: [YearMonth], since: [YearMonth])
  {
    let set = YearMonth(priority.setOn)
    let end = priority.closedOn.map { min(YearMonth($0), latest) } ?? latest
    return (set.adding(months: -monthsBefore).through(set.adding(months: -1)), set.through(end))
  }
}

/// The evidence beside each of a document's priorities, by priority id; empty when the
/// panel has no crime figures.
public struct CrimeEvidenceSet: Sendable, Equatable {
  public var byPriority: [String: CrimeEvidence] = [:]
  /// The months the panel has figures for, first and last, when it has any.
  public var coverage: (first: YearMonth, last: YearMonth)? {
    guard let first = firstMonth, let last = lastMonth else { return nil }
    return (first, last)
  }
  var firstMonth: YearMonth?
  var lastMonth: YearMonth?

  public init() {}

  public static func == (lhs: CrimeEvidenceSet, rhs: CrimeEvidenceSet) -> Bool {
    lhs.byPriority == rhs.byPriority && lhs.firstMonth == rhs.firstMonth
      && lhs.lastMonth == rhs.lastMonth
  }

  /// The evidence beside one priority, if it has any.
  public subscript(priority: String) -> CrimeEvidence? { byPriority[priority] }
}
