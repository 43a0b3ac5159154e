import PactCore

/// The panels a run generates: full size, or small for `--quick`.
struct BenchSizes: Sendable {
  /// The busy panel: ten years of monthly meetings.
  var large: PanelShape
  var countyPanels: Int
  /// Actions in each county panel (about).
  var countyActions: Int
  var countyMonths: [Int]

  /// "Today" for every generated panel and every timed run (PACT_TODAY).
  static let today = "2024-06-01"

  static let full = BenchSizes(
    large: PanelShape(
      name: "Borough Green, Wrotham and Platt PACT", areas: ["Borough Green", "Wrotham", "Platt"],
      months: 120, closedActions: 9_850, openActions: 150, members: 30, issuesPerMeeting: 2,
      recentSeed: 1, historySeed: 2),
    countyPanels: 300, countyActions: 1_000, countyMonths: [60, 84, 96, 108, 120])

  static let quick = BenchSizes(
    large: PanelShape(
      name: "Borough Green, Wrotham and Platt PACT", areas: ["Borough Green", "Wrotham", "Platt"],
      months: 24, closedActions: 960, openActions: 40, members: 20, issuesPerMeeting: 2,
      recentSeed: 1, historySeed: 2),
    countyPanels: 10, countyActions: 200, countyMonths: [24, 36])

  /// The `index`th panel of the county (from 0): its own name, seeds, length and work.
  func countyShape(_ index: Int) -> PanelShape {
    let villages = Vocabulary.villages
    let suffixes = [
      "", " North", " South", " East", " West", " Central", " Rural", " Town", " Vale",
    ]
    let village = villages[index % villages.count]
    let suffix = suffixes[(index / villages.count) % suffixes.count]
    let second = villages[(index * 7 + 3) % villages.count]
    let open = 10 + index % 21
    return PanelShape(
      name: "\(village)\(suffix) PACT", areas: [village + suffix, second],
      months: countyMonths[index % countyMonths.count], closedActions: countyActions - open,
      openActions: open, members: 15 + index % 16, issuesPerMeeting: 1,
      recentSeed: 10_000 + UInt64(index) * 2, historySeed: 10_001 + UInt64(index) * 2)
  }
}
