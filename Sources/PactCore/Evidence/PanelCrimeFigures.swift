/// What the borough report shows of one panel's police.uk figures: anti-social behaviour
/// and crime a month in the latest quarter against a year before, and the evidence beside
/// each active priority.
public struct PanelCrimeFigures: Sendable, Equatable {
  public var quarter: CrimeQuarter
  public var evidence: CrimeEvidenceSet

  /// The figures of the panel in `store` as of `day`, or nil when it has none.
  ///
  /// - Throws: `DataFileError` for a month's file that cannot be read.
  static func load(_ store: PanelStore, priorities: [Priority], asOf day: Day) throws
    -> PanelCrimeFigures?
  {
    guard let quarter = try CrimeQuarter.latest(in: store, asOf: day) else { return nil }
    return PanelCrimeFigures(
      quarter: quarter, evidence: try CrimeEvidenceSet(priorities, asOf: day, store: store))
  }
}
