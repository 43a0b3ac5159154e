extension PanelCrimeFigures {
  /// The columns the borough report's CSV adds, after its own.
  public static let csvHeader = [
    "Crime months", "ASB a month", "ASB a month a year before", "Crime a month",
    "Crime a month a year before", "Priority 1 crime type", "Priority 1 before a month",
    "Priority 1 since a month", "Priority 2 crime type", "Priority 2 before a month",
    "Priority 2 since a month", "Priority 3 crime type", "Priority 3 before a month",
    "Priority 3 since a month",
  ]

  private static func rate(_ value: Double?) -> String {
    value.map(CrimeNumbers.rate) ?? ""
  }

  /// The CSV cells for a panel (empty when it has no figures), its priorities by rank.
  public static func csvCells(_ figures: PanelCrimeFigures?, priorities: [String]) -> [String] {
    guard let figures else { return Array(repeating: "", count: csvHeader.count) }
    let quarter = figures.quarter
    var cells = [
      YearMonth.listText(quarter.months), rate(quarter.asbPerMonth),
      rate(quarter.yearBeforeASBPerMonth), rate(quarter.crimePerMonth),
      rate(quarter.yearBeforeCrimePerMonth),
    ]
    for index in 0..<3 {
      let evidence = index < priorities.count ? figures.evidence[priorities[index]] : nil
      cells += [
        evidence?.type.rawValue ?? "", rate(evidence?.before.perMonth),
        rate(evidence?.since.perMonth),
      ]
    }
    return cells
  }

  /// The report's line on the quarter: "**Crime and ASB (police.uk), Apr–Jun 2024
  /// (figures for Apr 2024):** anti-social behaviour 12 a month (Apr 2023: 15); crime 40 a
  /// month (Apr 2023: 38)."
  public var quarterItem: String {
    let quarter = self.quarter
    let end = quarter.quarter.adding(months: 2)
    var text =
      "**Crime and ASB (police.uk), \(YearMonth.spanText(quarter.quarter, end))"
      + (quarter.months.count < 3 ? " (figures for \(YearMonth.listText(quarter.months)))" : "")
      + ":** "
    let before =
      quarter.yearBeforeMonths.isEmpty ? nil : YearMonth.listText(quarter.yearBeforeMonths)
    func part(_ what: String, _ now: Double?, _ then: Double?) -> String {
      "\(what) \(PanelCrimeFigures.rate(now)) a month"
        + (before.map { " (\($0): \(PanelCrimeFigures.rate(then)))" } ?? "")
    }
    text +=
      part("anti-social behaviour", quarter.asbPerMonth, quarter.yearBeforeASBPerMonth) + "; "
      + part("crime", quarter.crimePerMonth, quarter.yearBeforeCrimePerMonth) + "."
    if before == nil { text += " There are no figures for the same months a year before." }
    return text
  }

  /// The report's lines for a panel: the quarter, then each priority's evidence.
  public func reportItems(_ priorities: [(id: String, title: String)]) -> [String] {
    [quarterItem] + priorities.compactMap { evidence.reportItem($0.id, title: $0.title) }
  }

  /// The figures as JSON for `report --json`.
  public var json: JSONValue {
    func months(_ list: [YearMonth]) -> JSONValue { .array(list.map { .string($0.description) }) }
    return .object([
      "quarter": .string(quarter.quarter.description),
      "months": months(quarter.months),
      "asb": JSONValue(quarter.asb), "crime": JSONValue(quarter.crime),
      "asbPerMonth": CrimeNumbers.rateJSON(quarter.asbPerMonth),
      "crimePerMonth": CrimeNumbers.rateJSON(quarter.crimePerMonth),
      "yearBefore": .object([
        "months": months(quarter.yearBeforeMonths),
        "asb": JSONValue(quarter.yearBeforeASB), "crime": JSONValue(quarter.yearBeforeCrime),
        "asbPerMonth": CrimeNumbers.rateJSON(quarter.yearBeforeASBPerMonth),
        "crimePerMonth": CrimeNumbers.rateJSON(quarter.yearBeforeCrimePerMonth),
      ]),
      "priorities": .object(
        Dictionary(uniqueKeysWithValues: evidence.byPriority.map { ($0.key, $0.value.json) })),
    ])
  }
}
