import Testing

@testable import PactCore

/// When a panel is due a meeting, as `pact status` and `pact report` both judge it.
@Suite struct CadenceTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? .first
  }

  private static func panel(cadence: Int?, status: PanelStatus = .active) -> Panel {
    var panel = Panel(name: "Platt PACT")
    panel.cadenceWeeks = cadence
    panel.status = status
    return panel
  }

  /// The last meeting was held on 6 April 2024: eight weeks later is 1 June, twelve weeks
  /// later is 29 June.
  @Test(arguments: [
    (Int?(8), "2024-06-01", PanelStatus.active, false),  // exactly eight weeks: not yet
    (8, "2024-06-02", .active, true),  // one day more
    (8, "2024-04-06", .active, false),  // the day it was held
    (nil, "2024-06-29", .active, false),  // the default cadence, twelve weeks, exactly
    (nil, "2024-06-30", .active, true),
    (8, "2024-06-02", .proposed, true),
    (8, "2024-06-02", .closed, false),  // a closed panel no longer meets
    (8, "2025-06-02", .closed, false),
  ])
  func aMeetingIsOverdueOnlyAfterTheCadence(
    cadence: Int?, on day: String, status: PanelStatus, overdue: Bool
  ) {
    let last = Meeting(id: "2024-04-06", status: .held)
    let panel = Self.panel(cadence: cadence, status: status)
    #expect(Cadence.isMeetingOverdue(panel, lastHeld: last, on: Self.day(day)) == overdue)
  }

  @Test(arguments: [(PanelStatus.active, true), (.proposed, true), (.closed, false)])
  func aPanelThatHasNeverMetIsOverdueUnlessClosed(status: PanelStatus, overdue: Bool) {
    let panel = Self.panel(cadence: 8, status: status)
    #expect(Cadence.isMeetingOverdue(panel, lastHeld: nil, on: Self.day("2024-06-01")) == overdue)
  }

  @Test(arguments: [
    ("2024-04-06", 0), ("2024-04-12", 0), ("2024-04-13", 1), ("2024-05-31", 7),
    ("2024-06-01", 8), ("2024-06-02", 8),
  ])
  func weeksSinceCountsWholeWeeks(day: String, weeks: Int) {
    let last = Meeting(id: "2024-04-06", status: .held)
    #expect(Cadence.weeksSince(last, on: Self.day(day)) == weeks)
  }

  /// The status warning and the report's column give the same answer, on either side of
  /// the boundary and for a closed panel.
  @Test(arguments: [
    ("2024-06-01", PanelStatus.active, false), ("2024-06-02", .active, true),
    ("2024-06-02", .closed, false),
  ])
  func statusAndReportAgree(day: String, status: PanelStatus, overdue: Bool) throws {
    var snapshot = PanelRecords(panel: Self.panel(cadence: 8, status: status))
    snapshot.meetings = [Meeting(id: "2024-04-06", status: .held)]
    let today = Self.day(day)
    let warned = StatusReport(snapshot, asOf: today).warnings.contains {
      $0.code == .meetingOverdue
    }
    let report = try #require(BoroughReport([("p", snapshot)], asOf: today).panels.first)
    #expect(warned == overdue)
    #expect(report.isMeetingOverdue == overdue)
  }
}
