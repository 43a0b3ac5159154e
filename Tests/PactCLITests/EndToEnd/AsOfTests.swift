import Foundation
import PactTestSupport
import Testing

/// A view as of a day shows only what had been recorded by the end of that day: actions
/// agreed by then, as their updates up to then left them; priorities set and not yet
/// closed; meetings held by then, and the next one as it was scheduled then.
@Suite struct AsOfTests {
  private func object(_ result: ProcessResult) throws -> [String: Any] {
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test func statusAsOfADayShowsThePanelAsItStoodThen() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let status = try object(try panel.run(["status", "--as-of", "2024-02-01", "--json"]))
    let priorities = try #require(status["priorities"] as? [[String: Any]])
    #expect(
      priorities.compactMap { $0["title"] as? String } == [
        "Speeding on the A25 through Borough Green", "ASB at Platt recreation ground",
        "Parking at school times outside the primary school",
      ])
    #expect(priorities.compactMap { $0["rank"] as? Int } == [1, 2, 3])
    let last = try #require(status["lastMeeting"] as? [String: Any])
    #expect(last["date"] as? String == "2024-01-16")
    let next = try #require(status["nextMeeting"] as? [String: Any])
    #expect(next["date"] as? String == "2024-03-12")
    let counts = try #require(status["counts"] as? [String: Any])
    #expect(counts["open"] as? Int == 6)
    #expect(counts["done"] as? Int == 2)
    let actions = try #require(status["actions"] as? [[String: Any]])
    let speedwatch = try #require(actions.first { ($0["id"] as? String) == "A9Z923K" })
    #expect(speedwatch["due"] as? String == "2024-02-29")
    #expect(speedwatch["lastUpdated"] as? String == "2023-12-09")
    let patrols = try #require(actions.first { ($0["id"] as? String) == "AJHQ87G" })
    #expect(patrols["status"] as? String == "in-progress")
    let text = try panel.run(["status", "--as-of", "2024-02-01"])
    #expect(!text.stdout.contains("2024-05"))
    #expect(!text.stdout.contains("/05/24"))
    #expect(!text.stdout.contains("Fly-tipping"))
  }

  @Test func reportAsOfADayLeavesOutPanelsNotYetCreated() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    for name in [FixturePanel.boroughGreen, "medway-gillingham-north"] {
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(name)"),
        to: directory.url.appendingPathComponent(name))
    }
    let report = try object(
      try PactBinary.run(
        ["report", ".", "--as-of", "2023-12-01", "--json"], currentDirectory: directory.url))
    let panels = try #require(report["panels"] as? [[String: Any]])
    #expect(panels.count == 1)
    let figures = try #require(panels.first?["actions"] as? [String: Any])
    #expect(figures["open"] as? Int == 5)
    #expect(figures["done"] as? Int == 2)
    #expect(figures["dropped"] as? Int == 0)
    let titles = try #require(panels.first?["priorities"] as? [[String: Any]])
      .compactMap { $0["title"] as? String }
    #expect(titles.contains("ASB at Platt recreation ground"))
    #expect(!titles.contains("Fly-tipping in the Wrotham Hill lay-by"))
    let last = try #require(panels.first?["lastMeeting"] as? [String: Any])
    #expect(last["date"] as? String == "2023-09-12")
  }

  @Test func theLogAsOfADayHoldsTheActionsAgreedByThen() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["log", "--as-of", "2024-01-01", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("Speed survey on the A25"))
    let patrols = try #require(
      result.stdout.split(separator: "\n").first { $0.contains("Evening patrols") })
    #expect(patrols.contains(",in progress,"))
    #expect(!patrols.contains("Fourteen evening patrols"))
  }

  @Test func theAgendaAsOfADayReviewsTheWorkAsItStoodThen() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["agenda", "--meeting", "2024-03-12"])
    #expect(result.status == 0, "\(result.stderr)")
    // Written before the meeting: nothing recorded at it or after it.
    #expect(!result.stdout.contains("Lockable height barrier"))
    #expect(!result.stdout.contains("Sessions to continue through the summer"))
    #expect(result.stdout.contains("### Priority 2: ASB at Platt recreation ground"))
    let asOf = try panel.run(["agenda", "--as-of", "2024-04-01"])
    #expect(asOf.status == 0, "\(asOf.stderr)")
    #expect(asOf.stdout.contains("## Agenda: panel meeting, Tuesday 14 May 2024"))
    #expect(!asOf.stdout.contains("Camera installed"))
  }

  @Test func theAgendaReviewsOpenActionsUnderNoPriority() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let added = try panel.run([
      "action", "add", "Clear the brambles from the station footpath", "--lead", "council",
      "--due", "2024-05-20",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    let result = try panel.run(["agenda"])
    #expect(result.stdout.contains("### Other open actions"))
    #expect(result.stdout.contains("| Clear the brambles from the station footpath |"))
  }

  @Test func theNewsletterAndPoliceExportAsOfADay() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let newsletter = try panel.run(["newsletter", "--as-of", "2024-02-01"])
    #expect(newsletter.status == 0, "\(newsletter.stderr)")
    #expect(newsletter.stdout.hasPrefix("# Borough Green, Wrotham and Platt PACT — January 2024"))
    #expect(!newsletter.stdout.contains("Fly-tipping"))
    let export = try panel.run(["export", "police-uk", "--as-of", "2024-02-01"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("\"issue\": \"ASB at Platt recreation ground\""))
    #expect(!export.stdout.contains("2024-05"))
  }
}
