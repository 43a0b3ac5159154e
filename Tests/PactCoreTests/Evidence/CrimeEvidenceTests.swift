import Testing

@testable import PactCore

/// The figures beside a priority: which months they rest on, and how they are worded.
@Suite struct CrimeEvidenceTests {
  private func month(_ text: String) throws -> YearMonth { try #require(YearMonth(text)) }

  /// Months from `first` to `last` with `perMonth` rows of `type` each, except `gaps`.
  private func figures(
    _ first: String, _ last: String, perMonth: [CrimeType: Int], gaps: [String] = []
  ) throws -> [YearMonth: CrimeMonth] {
    let skipped = Set(try gaps.map(month))
    var result: [YearMonth: CrimeMonth] = [:]
    for month in try month(first).through(month(last)) where !skipped.contains(month) {
      result[month] = CrimeMonth(
        month: month,
        sources: [
          .init(file: "\(month)-kent-street.csv", rows: 900, noLocation: 4, counts: perMonth)
        ])
    }
    return result
  }

  private func priority(set day: String, closed: String? = nil, category: String = "drugs") throws
    -> Priority
  {
    var priority = Priority(id: "P1", title: "Drugs", setOn: try #require(Day(day)))
    priority.category = category
    priority.closedOn = closed.flatMap(Day.init)
    return priority
  }

  @Test func beforeAndSinceWithTheCountsAndMonthsTheyRestOn() throws {
    var data = try figures("2023-09", "2024-02", perMonth: [.drugs: 14])
    data.merge(try figures("2024-03", "2024-06", perMonth: [.drugs: 9, .burglary: 40])) { $1 }
    let evidence = try #require(
      CrimeEvidence.of(try priority(set: "2024-03-12"), latest: month("2024-06"), figures: data))
    #expect(evidence.before.count == 84)
    #expect(evidence.since.count == 36)
    #expect(!evidence.isSmall)
    #expect(
      evidence.sentence
        == "Police.uk: reported drugs offences averaged 14 a month in the six months before "
        + "this priority was set (84 in Sep 2023–Feb 2024) and 9 a month since (36 in "
        + "Mar–Jun 2024).")
  }

  @Test func smallNumbersAndMissingMonthsAreSaid() throws {
    let data = try figures(
      "2023-07", "2024-04", perMonth: [.antiSocialBehaviour: 3], gaps: ["2023-10", "2024-02"])
    let evidence = try #require(
      CrimeEvidence.of(
        try priority(set: "2024-01-23", category: "ASB"), latest: month("2024-04"),
        figures: data))
    #expect(evidence.before.counted.count == 5)
    #expect(evidence.since.missing == [try month("2024-02")])
    #expect(evidence.isSmall)
    #expect(
      evidence.sentence
        == "Police.uk: reported anti-social behaviour averaged 3 a month in the six months "
        + "before this priority was set (15 in 5 months: Jul–Sep 2023 and Nov–Dec 2023) and 3 a "
        + "month since (9 in 3 months: Jan 2024 and Mar–Apr 2024). There are no figures "
        + "for Oct 2023 and Feb 2024. These are small numbers (fewer than 10 a month), so a rise or "
        + "fall may be chance.")
  }

  @Test func noFiguresYetSinceASetThisMonth() throws {
    let data = try figures("2023-11", "2024-04", perMonth: [.drugs: 12])
    let evidence = try #require(
      CrimeEvidence.of(try priority(set: "2024-05-21"), latest: month("2024-04"), figures: data))
    #expect(evidence.since.months.isEmpty)
    #expect(
      evidence.sentence
        == "Police.uk: reported drugs offences averaged 12 a month in the six months before "
        + "this priority was set (72 in Nov 2023–Apr 2024); there are no figures yet for the "
        + "months since.")
  }

  @Test func noFiguresBeforeWhenTheyStartLater() throws {
    let data = try figures("2024-01", "2024-03", perMonth: [.drugs: 25])
    let evidence = try #require(
      CrimeEvidence.of(try priority(set: "2023-12-05"), latest: month("2024-03"), figures: data))
    #expect(
      evidence.sentence
        == "Police.uk: there are no figures for the six months before this priority was set "
        + "(Jun–Nov 2023); reported drugs offences averaged 25 a month since (75 in 3 months: "
        + "Jan–Mar 2024). There are no figures for Dec 2023.")
  }

  @Test func aClosedPrioritysSinceEndsTheMonthItClosed() throws {
    let data = try figures("2023-01", "2024-04", perMonth: [.drugs: 7])
    let evidence = try #require(
      CrimeEvidence.of(
        try priority(set: "2023-09-01", closed: "2023-11-30"), latest: month("2024-04"),
        figures: data))
    #expect(evidence.since.months.map(\.description) == ["2023-09", "2023-10", "2023-11"])
    #expect(evidence.before.perMonth == 7)
  }

  @Test func aPriorityWithNoCrimeTypeHasNoEvidence() throws {
    let data = try figures("2023-01", "2024-04", perMonth: [.drugs: 7])
    let speeding = try priority(set: "2024-01-01", category: "speeding")
    let latest = try month("2024-04")
    #expect(CrimeEvidence.of(speeding, latest: latest, figures: data) == nil)
  }

  @Test(arguments: [
    ("2024-03", "2024-03", "Mar 2024"), ("2024-03", "2024-06", "Mar–Jun 2024"),
    ("2023-09", "2024-02", "Sep 2023–Feb 2024"),
  ])
  func spansOfMonths(first: String, last: String, text: String) throws {
    #expect(YearMonth.spanText(try month(first), try month(last)) == text)
  }

  @Test func monthArithmeticCrossesYears() throws {
    #expect(try month("2024-01").adding(months: -1) == (try month("2023-12")))
    #expect(try month("2023-11").adding(months: 14).description == "2025-01")
    #expect(try month("2024-05").quarterStart.description == "2024-04")
    #expect(YearMonth("2024-13") == nil && YearMonth("24-01") == nil)
  }
}
