/// Counts by calendar month — crime and anti-social behaviour reported in a panel's area —
/// for a chart: the months in order, each with its count.
public struct MonthlyCounts: Sendable, Equatable {
  /// One month: its year, its month (1–12) and its count.
  public struct Month: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var count: Int

    public init(year: Int, month: Int, count: Int) {
      self.year = year
      self.month = month
      self.count = count
    }

    /// "Mar 2024".
    var label: String {
      guard (1...12).contains(month) else { return "\(year)-\(month)" }
      return "\(Day.monthNames[month - 1].prefix(3)) \(year)"
    }
  }

  /// What was counted, in words: "Anti-social behaviour".
  public var what: String
  public var months: [Month]

  public init(what: String, months: [Month]) {
    self.what = what
    self.months = months
  }

  /// The chart of the counts with its table, as a page section draws it.
  func chart(id: String) -> BarChart {
    let total = months.map(\.count).reduce(0, +)
    let range =
      months.first.map { first in
        months.count == 1 ? first.label : "from \(first.label) to \(months.last?.label ?? "")"
      } ?? ""
    return BarChart(
      id: id, title: "\(what) reported each month",
      summary: "\(PlainWords.count(total, "report")) of \(what.lowercased()) \(range), "
        + "as police.uk publishes them. These are counts: they do not say why numbers change.",
      categoryHeader: "Month", categories: months.map(\.label),
      series: [
        .init(name: "Reports", values: months.map(\.count), colour: SiteCharts.blue, fill: .solid)
      ])
  }

  /// The section a panel's page shows for the counts: a heading, the chart and its table.
  func section(id: String, headingLevel: Int = 3) -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element(MarkdownHTML.headingTag(headingLevel), text: what)
    writer.newline()
    if months.isEmpty {
      writer.element("p", text: "No figures are available yet.")
    } else {
      writer.append(chart(id: id).html())
    }
    return writer
  }
}
