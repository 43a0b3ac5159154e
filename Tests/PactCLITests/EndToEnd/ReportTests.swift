import Foundation
import PactTestSupport
import Testing

/// `pact report`: the borough overview across both fixture panels, and what it does with
/// a panel it cannot read.
@Suite struct ReportTests {
  /// A temporary folder holding `Fixtures/` with copies of both fixture panels, as the
  /// package root does.
  private func borough() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let fixtures = directory.url.appendingPathComponent("Fixtures")
    try FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
    for name in [FixturePanel.boroughGreen, "medway-gillingham-north"] {
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(name)"),
        to: fixtures.appendingPathComponent(name))
    }
    return directory
  }

  private func report(
    _ arguments: [String], in directory: TemporaryDirectory, environment: [String: String] = [:]
  ) throws -> ProcessResult {
    try PactBinary.run(
      ["report"] + arguments, environment: environment, currentDirectory: directory.url)
  }

  /// A report reads other people's panels: it writes nothing into them, and keeps what
  /// speeds up the next report in the user's cache folder.
  @Test func aReportWritesNothingIntoThePanelsItReads() throws {
    let directory = try borough()
    defer { directory.remove() }
    let cache = directory.url.appendingPathComponent("cache")
    let before = try fileTree(directory.url)
    for _ in 0..<2 {
      let result = try report(
        ["Fixtures"], in: directory, environment: ["XDG_CACHE_HOME": cache.path])
      #expect(result.status == 0, "\(result.stderr)")
    }
    #expect(try fileTree(directory.url).filter { !$0.key.hasPrefix("cache/") } == before)
    let cached = try FileManager.default.contentsOfDirectory(
      atPath: cache.appendingPathComponent("pact").path)
    #expect(cached.filter { $0.hasPrefix("closed-actions-") }.count == 2, "\(cached)")
    #expect(cached.allSatisfy { $0.hasPrefix("closed-actions-") || $0.hasPrefix("records-") })
  }

  @Test func goldenReports() throws {
    let directory = try borough()
    defer { directory.remove() }
    for (arguments, name) in [
      (["Fixtures"], "report.md"), (["Fixtures", "--format", "csv"], "report.csv"),
      (["Fixtures", "--json"], "report.json"),
    ] {
      let result = try report(arguments, in: directory)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
      assertSnapshot(result.stdout, named: "report/\(name)")
    }
  }

  /// The figures, checked against the fixtures' READMEs rather than the code.
  @Test func jsonFiguresMatchTheFixtures() throws {
    let directory = try borough()
    defer { directory.remove() }
    let result = try report(["Fixtures", "--json"], in: directory)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["asOf"] as? String == "2024-06-01")
    let panels = try #require(object["panels"] as? [[String: Any]])
    #expect(
      panels.map { $0["path"] as? String } == [
        "Fixtures/borough-green-wrotham-platt", "Fixtures/medway-gillingham-north",
      ])
    #expect(panels.map { $0["status"] as? String } == ["active", "active"])
    let bgwp = try #require(panels.first?["actions"] as? [String: Any])
    // 3 open + 3 in progress + 1 blocked; overdue: the speed survey and the school reminder.
    #expect(bgwp["open"] as? Int == 7)
    #expect(bgwp["overdue"] as? Int == 2)
    #expect(bgwp["done"] as? Int == 6)
    #expect(bgwp["dropped"] as? Int == 1)
    // Done by their due dates: the fire check, youth sessions, shed stall and street lights;
    // late: the parking enforcement and the Platt patrols.
    #expect(bgwp["doneOnTime"] as? Int == 4)
    #expect(bgwp["doneWithDueDate"] as? Int == 6)
    #expect(bgwp["onTimePercent"] as? Int == 67)
    // Days from agreed to done: 31, 38, 46, 106, 108, 115.
    #expect((bgwp["medianDaysToComplete"] as? NSNumber)?.doubleValue == 76)
    let medway = try #require(panels.last?["actions"] as? [String: Any])
    // 20, 35, 63, 73 days; the alley gates were late.
    #expect((medway["medianDaysToComplete"] as? NSNumber)?.doubleValue == 49)
    #expect(medway["onTimePercent"] as? Int == 75)
    let long = (panels.last?["priorities"] as? [[String: Any]] ?? []).filter {
      $0["longRunning"] as? Bool == true
    }
    // Drugs and the Strand, set at January's meeting: January, March (online), April
    // (hybrid) and May; February's surgery does not count.
    #expect(long.map { $0["meetings"] as? Int } == [4, 4])
    let agencies = try #require(object["agencies"] as? [[String: Any]])
    let highways = try #require(
      agencies.first { $0["name"] as? String == "Kent County Council Highways" })
    #expect(highways["open"] as? Int == 2)
    #expect(highways["overdue"] as? Int == 1)
    #expect((object["failed"] as? [Any])?.isEmpty == true)
  }

  @Test func agenciesAreMatchedAcrossPanelsByNameIgnoringCase() throws {
    let directory = try borough()
    defer { directory.remove() }
    let medway = directory.url.appendingPathComponent("Fixtures/medway-gillingham-north")
    let rename = try PactBinary.run(
      ["agency", "set", "police", "--name", "NEIGHBOURHOOD policing team"],
      currentDirectory: medway)
    #expect(rename.status == 0, "\(rename.stderr)")
    let result = try report(["Fixtures"], in: directory)
    // 1 open in Borough Green and 2 (1 overdue) in Gillingham North, spelled as the first
    // panel spells it.
    #expect(result.stdout.contains("| Neighbourhood Policing Team | 2 | 3 | 1 |\n"))
    #expect(!result.stdout.contains("NEIGHBOURHOOD"))
  }

  @Test func anUnreadablePanelIsNamedAndTheRestAreReported() throws {
    let directory = try borough()
    defer { directory.remove() }
    let broken = directory.url.appendingPathComponent("Fixtures/kent/broken-pact")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try Data("{\"schema\": 1, \"name\": 7}\n".utf8).write(
      to: broken.appendingPathComponent("panel.json"))
    let result = try report(["Fixtures"], in: directory)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("Error: Fixtures/kent/broken-pact/panel.json: name: "))
    #expect(result.stdout.contains("| Borough Green, Wrotham and Platt PACT | active |"))
    #expect(result.stdout.contains("| Gillingham North PACT | active |"))
    #expect(
      result.stdout.contains(
        "## Panels that could not be read\n\n- Fixtures/kent/broken-pact/panel.json: name: "))
    let json = try report(["Fixtures", "--json"], in: directory)
    #expect(json.status == 65)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["panels"] as? [Any])?.count == 2)
    let failed = try #require(object["failed"] as? [[String: Any]])
    #expect(failed.first?["path"] as? String == "Fixtures/kent/broken-pact")
    let problem = try #require((failed.first?["problems"] as? [[String: Any]])?.first)
    #expect(problem["file"] as? String == "Fixtures/kent/broken-pact/panel.json")
    #expect(problem["field"] as? String == "name")
    let csv = try report(["Fixtures", "--format", "csv"], in: directory)
    #expect(csv.status == 65)
    #expect(csv.stdout.split(separator: "\r\n").count == 3)
  }

  @Test func needsNoPanelAndIgnoresTheGlobalOne() throws {
    let directory = try borough()
    defer { directory.remove() }
    let fromNowhere = try report(
      ["Fixtures"], in: directory, environment: ["PACT_PANEL": "/nonexistent/panel"])
    #expect(fromNowhere.status == 0, "\(fromNowhere.stderr)")
    let named = try PactBinary.run(
      [
        "--panel", "Fixtures/medway-gillingham-north", "report",
        "Fixtures/borough-green-wrotham-platt",
      ],
      currentDirectory: directory.url)
    #expect(named.status == 0, "\(named.stderr)")
    #expect(named.stdout.contains("Figures as of Saturday 1 June 2024, for 1 panel."))
    #expect(!named.stdout.contains("Gillingham"))
  }

  @Test func asOfMovesTheDay() throws {
    let directory = try borough()
    defer { directory.remove() }
    let result = try report(["Fixtures", "--json", "--as-of", "2024-09-30"], in: directory)
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["asOf"] as? String == "2024-09-30")
    // Neither panel has met since May: more than eight weeks.
    let panels = try #require(object["panels"] as? [[String: Any]])
    #expect(panels.map { $0["meetingOverdue"] as? Bool } == [true, true])
    let bad = try report(["Fixtures", "--as-of", "2024-02-30"], in: directory)
    #expect(bad.status == 64)
  }

  @Test func foldersWithoutPanelsAreErrors() throws {
    let directory = try borough()
    defer { directory.remove() }
    try FileManager.default.createDirectory(
      at: directory.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
    let empty = try report(["empty"], in: directory)
    #expect(empty.status == 1)
    #expect(empty.stderr.hasPrefix("Error: no panels found under empty"))
    let missing = try report(["nowhere"], in: directory)
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("Error: nowhere is not a folder"))
    let none = try report([], in: directory)
    #expect(none.status == 64)
  }

  @Test func helpReadsWellIn80Columns() throws {
    let result = try PactBinary.run(["help", "report"])
    #expect(result.status == 0)
    for line in result.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    assertSnapshot(result.stdout, named: "help/report.txt")
  }
}
