/// Counts by calendar month — crime and anti-social behaviour reported in a panel's area —
/// for a chart: the months in order, each with its count, and the month a priority was set
/// marked.
public struct MonthlyCounts: Sendable, Equatable {
  /// One month: its year, its month (1–12) and its count, or nil when it has no figures.
  public struct Month: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var count: Int?

    public init(year: Int, month: Int, count: Int?) {
      self.year = year
      self.month = month
      self.count = count
    }

    init(_ month: YearMonth, count: Int?) {
      self.init(year: month.year, month: month.month, count: count)
    }

    /// "Mar 2024".
    var label: String {
      guard (1...12).contains(month) else { return "\(year)-\(month)" }
      return "\(Day.monthNames[month - 1].prefix(3)) \(year)"
    }

    /// "Mar 24", for an axis with many months.
    var shortLabel: String {
      YearMonth(year: year, month: month)?.shortText ?? label
    }
  }

  /// What was counted, in words: "Anti-social behaviour".
  public var what: String
  public var months: [Month]
  /// The month a priority was set, by its place in `months`: marked on the chart by a
  /// dashed line and in the table in words.
  public var setIndex: Int?

  public init(what: String, months: [Month], setIndex: Int? = nil) {
    self.what = what
    self.months = months
    self.setIndex = setIndex
  }

  /// The counts the evidence beside a priority rests on: its type in each month from six
  /// months before the priority was set to the latest month with figures (or the month it
  /// closed), the month it was set marked.
  init(_ evidence: CrimeEvidence) {
    let windows = [evidence.before, evidence.since]
    let months = windows.flatMap { window in
      window.months.map { Month($0, count: window.byMonth[$0]) }
    }
    self.init(
      what: evidence.type.rawValue, months: months,
      setIndex: evidence.since.months.isEmpty ? nil : evidence.before.months.count)
  }

  /// The chart of the counts with its table, as a page section draws it; `title` names
  /// them (default: "Anti-social behaviour reported each month").
  func chart(id: String, title: String? = nil) -> BarChart {
    let counted = months.filter { $0.count != nil }
    let total = counted.compactMap(\.count).reduce(0, +)
    let range =
      months.first.map { first in
        months.count == 1 ? first.label : "from \(first.label) to \(months.last?.label ?? "")"
      } ?? ""
    var summary =
      "\(what): \(PlainWords.count(total, "report")) \(range), as police.uk publishes them."
    let missing = months.compactMap { month in
      month.count == nil ? YearMonth(year: month.year, month: month.month) : nil
    }
    if !missing.isEmpty {
      summary += " There are no figures for \(YearMonth.listText(missing))."
    }
    if let setIndex, months.indices.contains(setIndex) {
      summary +=
        " The dashed line marks \(months[setIndex].label), the month the panel made this a "
        + "priority."
    }
    summary += " These are counts: they do not say why numbers change."
    var chart = BarChart(
      id: id, title: title ?? "\(what) reported each month", summary: summary,
      categoryHeader: "Month", categories: months.map(\.label),
      series: [
        .init(name: "Reports", values: months.map(\.count), colour: SiteCharts.blue, fill: .solid)
      ])
    chart.shortCategories = months.map(\.shortLabel)
    chart.marker = setIndex.map { BarChart.Marker(index: $0, label: "Priority set") }
    return chart
  }
}
