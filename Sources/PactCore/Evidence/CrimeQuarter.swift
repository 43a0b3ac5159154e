/// A panel's anti-social behaviour and crime a month in the latest quarter with figures,
/// against the same months a year before: what the borough report shows ward by ward.
public struct CrimeQuarter: Sendable, Equatable {
  /// The first month of the calendar quarter.
  public var quarter: YearMonth
  /// The quarter's months with figures.
  public var months: [YearMonth]
  public var asb: Int
  public var crime: Int
  /// The same months a year before that have figures.
  public var yearBeforeMonths: [YearMonth]
  public var yearBeforeASB: Int
  public var yearBeforeCrime: Int

  /// Anti-social behaviour a month this quarter, and a year before (nil without figures).
  public var asbPerMonth: Double? { CrimeQuarter.rate(asb, months.count) }
  public var yearBeforeASBPerMonth: Double? {
    CrimeQuarter.rate(yearBeforeASB, yearBeforeMonths.count)
  }
  /// Crime (anti-social behaviour apart) a month this quarter, and a year before.
  public var crimePerMonth: Double? { CrimeQuarter.rate(crime, months.count) }
  public var yearBeforeCrimePerMonth: Double? {
    CrimeQuarter.rate(yearBeforeCrime, yearBeforeMonths.count)
  }

  private static func rate(_ count: Int, _ months: Int) -> Double? {
    months == 0 ? nil : Double(count) / Double(months)
  }

  /// The quarter holding the latest month with figures before the month of `day`, read
  /// from `store` (six months' files at most); nil when the panel has none.
  ///
  /// - Throws: `DataFileError` for a month's file that cannot be read.
  static func latest(in store: PanelStore, asOf day: Day) throws -> CrimeQuarter? {
    let available = try store.crimeMonthList().filter { $0 < YearMonth(day) }
    guard let last = available.last else { return nil }
    let have = Set(available)
    let quarter = last.quarterStart
    let months = quarter.through(last).filter(have.contains)
    let before = months.map { $0.adding(months: -12) }.filter(have.contains)
    let figures = try store.crimeMonths(months + before)
    return CrimeQuarter(
      quarter: quarter, months: months,
      asb: months.reduce(0) { $0 + (figures[$1]?.asb ?? 0) },
      crime: months.reduce(0) { $0 + (figures[$1]?.crime ?? 0) }, yearBeforeMonths: before,
      yearBeforeASB: before.reduce(0) { $0 + (figures[$1]?.asb ?? 0) },
      yearBeforeCrime: before.reduce(0) { $0 + (figures[$1]?.crime ?? 0) })
  }
}
