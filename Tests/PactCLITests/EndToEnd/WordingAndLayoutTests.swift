import Foundation
import PactTestSupport
import Testing

/// Small things a secretary notices: the log's width, articles, the order of decisions,
/// counts in words, colour on a dumb terminal, a date written the UK way, and a panel
/// made inside another.
@Suite struct WordingAndLayoutTests {
  @Test(arguments: [80, 72, 100])
  func theLogFitsTheTerminal(columns: Int) throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    for step in [
      [
        "agency", "add", "Tonbridge and Malling Borough Council Highways", "--id",
        "tonbridge-malling-highways",
      ],
      [
        "action", "add", "Resurface the footpath", "--lead", "tonbridge-malling-highways",
        "--owner", "Principal Engineer (Highways)", "--due", "2024-07-31",
      ],
      ["action", "update", "Resurface the footpath", "--status", "in-progress"],
    ] {
      let result = try panel.run(step)
      #expect(result.status == 0, "\(step): \(result.stderr)")
    }
    let log = try panel.run(["log"], environment: ["COLUMNS": "\(columns)"])
    #expect(log.status == 0)
    for line in log.stdout.split(separator: "\n") {
      #expect(line.count <= columns, "too wide: \(line)")
    }
  }

  @Test func anOnlineMeetingTakesAn() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["meeting", "add", "2024-08-01", "--kind", "online"])
    #expect(
      result.stdout == "Scheduled an online meeting for Thursday 1 August 2024 (2024-08-01).\n")
  }

  @Test func theMinutesOfAWorkshopListItsDecisionsInOrder() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["minutes", "2023-11-14"])
    let decisions = result.stdout.split(separator: "\n").filter {
      $0.hasPrefix("- Agreed as a priority: ")
    }
    #expect(
      decisions == [
        "- Agreed as a priority: Speeding on the A25 through Borough Green",
        "- Agreed as a priority: ASB at Platt recreation ground",
        "- Agreed as a priority: Parking at school times outside the primary school",
      ])
  }

  @Test func theMinutesCountRaisingsInWords() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["minutes", "2024-01-16"])
    #expect(
      result.stdout.contains("- Street lights out on Western Road (raised once before)"),
      "\(result.stdout)")
    #expect(result.stdout.contains("(raised twice before)"))
    #expect(!result.stdout.contains("1 time"))
  }

  @Test func aDumbTerminalGetsNoColour() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    // pact's standard output is a terminal only under a pseudo-terminal.
    let script = "import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)"
    func run(term: String) throws -> String {
      try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"),
        arguments: ["python3", "-c", script, PactBinary.url.path, "status"],
        environment: PactBinary.environment(adding: ["TERM": term, "NO_COLOR": ""]),
        currentDirectory: panel.url
      ).stdout
    }
    #expect(try run(term: "xterm").contains("\u{1B}["))
    #expect(!(try run(term: "dumb")).contains("\u{1B}["))
  }

  @Test func aMeetingDateWrittenTheUKWayIsAUsageError() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["minutes", "14/05/2024"])
    #expect(result.status == 64)
    #expect(
      result.stderr.replacingOccurrences(of: "\n  ", with: " ").hasPrefix(
        "Error: Invalid value \"14/05/2024\" for DATE: expected a meeting's date written "
          + "YYYY-MM-DD (2024-05-14)"), "\(result.stderr)")
  }

  @Test func aPanelIsNotMadeInsideAnother() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["init", "wrotham", "--name", "Wrotham PACT"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: wrotham is inside the panel at "), "\(result.stderr)")
    #expect(
      !FileManager.default.fileExists(atPath: panel.url.appendingPathComponent("wrotham").path))
  }
}
