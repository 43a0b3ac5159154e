import Foundation
import PactTestSupport
import Testing

/// Which meetings count (the panel's own, in the room or online), a meeting left
/// unrecorded, and a cancelled meeting in calendars.
@Suite struct MeetingRulesTests {
  private func status(_ panel: FixturePanel, _ environment: [String: String] = [:]) throws
    -> [String: Any]
  {
    let result = try panel.run(["status", "--json"], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  private func warningCodes(_ status: [String: Any]) -> [String] {
    (status["warnings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
  }

  @Test func aSurgeryDoesNotMakeEveryActionStale() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try status(panel)
    let added = try panel.run([
      "meeting", "add", "2024-05-30", "--kind", "surgery", "--venue", "Borough Green market",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    let after = try status(panel)
    let counts = try #require(after["counts"] as? [String: Any])
    #expect(counts["stale"] as? Int == (before["counts"] as? [String: Any])?["stale"] as? Int)
    let last = try #require(after["lastMeeting"] as? [String: Any])
    #expect(last["date"] as? String == "2024-05-14")
  }

  @Test func workshopsWalkaboutsAndSurgeriesDoNotCountTowardsLongRunningOrRepeats() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let report = try status(panel)
    let priorities = try #require(report["priorities"] as? [[String: Any]])
    // Speeding was set at the November workshop: on the list for three panel meetings since.
    #expect(priorities.first?["meetings"] as? Int == 3)
    #expect(!warningCodes(report).contains("long-running-priority"))
    let repeats = (report["warnings"] as? [[String: Any]] ?? []).filter {
      $0["code"] as? String == "repeat-issue"
    }
    #expect(repeats.count == 1)
    let message = repeats.first?["message"] as? String
    #expect(message?.contains("Drug dealing") == true)
  }

  @Test func onlineAndHybridMeetingsCount() throws {
    let panel = try FixturePanel("medway-gillingham-north")
    defer { panel.remove() }
    let report = try status(panel)
    let priorities = try #require(report["priorities"] as? [[String: Any]])
    let strand = try #require(
      priorities.first { $0["title"] as? String == "ASB at the Strand leisure park" })
    #expect(strand["meetings"] as? Int == 4)
  }

  @Test func aScheduledMeetingLeftUnrecordedIsWarnedOf() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let later = ["PACT_TODAY": "2024-07-10"]
    let report = try status(panel, later)
    #expect(warningCodes(report).contains("meeting-unrecorded"))
    let warning = try #require(
      (report["warnings"] as? [[String: Any]])?.first {
        $0["code"] as? String == "meeting-unrecorded"
      })
    #expect(
      warning["message"] as? String
        == "The panel meeting of Tuesday 9 July 2024 was scheduled but has not been recorded as "
        + "held or cancelled: record it with pact meeting add 2024-07-09, or call it off with "
        + "pact meeting cancel 2024-07-09.")
    let check = try panel.run(["check"], environment: later)
    #expect(check.status == 0)
    #expect(
      check.stderr.contains(
        "warning: meetings/2024-07-09.json: status: the panel meeting of Tuesday 9 July 2024 "
          + "was scheduled but has not been recorded"), "\(check.stderr)")
    #expect(try panel.run(["check", "--strict"], environment: later).status == 1)
    // On the day itself it is not yet late.
    #expect(
      !warningCodes(try status(panel, ["PACT_TODAY": "2024-07-09"])).contains(
        "meeting-unrecorded"))
  }

  @Test func aCancelledMeetingStaysInTheCalendarAsCancelled() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    #expect(try panel.run(["meeting", "cancel", "2024-07-09"]).status == 0)
    let result = try panel.run(["export", "ics"])
    #expect(result.status == 0, "\(result.stderr)")
    let events = result.stdout.components(separatedBy: "BEGIN:VEVENT").dropFirst()
    let event = try #require(events.first { $0.contains("UID:2024-07-09-") })
    #expect(event.contains("\r\nSTATUS:CANCELLED\r\n"))
    #expect(event.contains("\r\nSEQUENCE:1\r\n"))
    #expect(!event.contains("STATUS:CONFIRMED"))
  }
}
