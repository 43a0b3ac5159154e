import PactCore

/// Builds a realistic panel in memory from a `PanelShape`, the same on every run.
///
/// Every year of meetings is a block: three priorities set at its first meeting, one
/// achieved halfway and replaced, the rest closed at its last meeting (except in the
/// latest year, where the three stay active); issues raised at its meetings, some raised
/// again later in the year; and at every meeting its share of the closed actions, each
/// with two to four dated updates. The open work is all agreed in the latest year.
struct PanelGenerator {
  let shape: PanelShape
  let today: Day

  func snapshot() throws -> PanelRecords {
    let new = try PanelRecords.new(
      name: shape.name, areas: shape.areas, partnership: "Tonbridge and Malling CSP",
      policeForce: "Kent Police", today: today)
    let calendar = MonthlyMeetings.meetings(count: shape.months, today: today)
    var recent = PanelBuilder(random: SplitMix64(seed: shape.recentSeed), today: today)
    recent.addMembers(count: shape.members, areas: shape.areas)
    // Blocks of twelve meetings, newest first; the oldest block may be shorter.
    let blocks = stride(from: shape.months, to: 0, by: -PanelShape.monthsPerYear).map { end in
      let range = max(0, end - PanelShape.monthsPerYear)..<end
      return (
        days: Array(calendar.held[range]),
        closed: range.map { shape.closedActions(atMeetingBack: shape.months - 1 - $0) }
      )
    }
    // The latest year first, so that its records and ids never depend on the older years.
    if let latest = blocks.first {
      recent.addYear(latest.days, closedActions: latest.closed, issues: shape.issuesPerMeeting)
      recent.addOpenActions(shape.openActions)
    }
    var history = PanelBuilder(random: SplitMix64(seed: shape.historySeed), today: today)
    history.inherit(from: recent)
    for block in blocks.dropFirst() {
      history.addYear(
        block.days, closedActions: block.closed, issues: shape.issuesPerMeeting, isLatest: false)
    }
    recent.addScheduledMeeting(calendar.next)
    var panel = new.panel
    recent.setUpPanel(&panel, firstMeeting: calendar.held.first ?? today)
    return PanelRecords(
      panel: panel, members: recent.members, agencies: new.agencies,
      meetings: recent.meetings + history.meetings, issues: recent.issues + history.issues,
      priorities: recent.priorities + history.priorities,
      actions: recent.actions + history.actions)
  }
}
