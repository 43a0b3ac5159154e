import Foundation
import PactTestSupport
import Testing

/// Everything a person reads from each fixture panel, pinned in golden files.
@Suite struct GoldenDocumentTests {
  static let fixtures = [FixturePanel.boroughGreen, "medway-gillingham-north"]

  private func run(_ panel: FixturePanel, _ arguments: [String]) throws -> String {
    let result = try panel.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  private func objects(_ json: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
  }

  @Test(arguments: fixtures)
  func listingsAndLog(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    for (arguments, name) in [
      (["log"], "log.txt"), (["log", "--format", "csv"], "log.csv"),
      (["log", "--json"], "log.json"),
      (["meeting", "list"], "meeting-list.txt"), (["issue", "list", "--all"], "issue-list.txt"),
      (["priority", "list", "--all"], "priority-list.txt"),
      (["action", "list"], "action-list.txt"),
    ] {
      assertSnapshot(try run(panel, arguments), named: "\(fixture)/\(name)")
    }
  }

  @Test(arguments: fixtures)
  func statusAgendaAndMinutes(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let status = try run(panel, ["status"])
    for line in status.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    #expect(!status.contains("\u{1B}"), "colour without a terminal")
    assertSnapshot(status, named: "\(fixture)/status.txt")
    assertSnapshot(try run(panel, ["status", "--json"]), named: "\(fixture)/status.json")
    assertSnapshot(try run(panel, ["agenda"]), named: "\(fixture)/agenda.md")
    let meetings = try objects(try run(panel, ["meeting", "list", "--json"]))
    let held = meetings.filter { $0["status"] as? String == "held" }.compactMap {
      $0["id"] as? String
    }
    let last = try #require(held.last)
    assertSnapshot(try run(panel, ["minutes", last]), named: "\(fixture)/minutes-\(last).md")
    assertSnapshot(
      try run(panel, ["meeting", "show", last]), named: "\(fixture)/meeting-\(last).txt")
  }

  /// Agenda and minutes render through a real CommonMark renderer into the structure
  /// intended, with no HTML of their own.
  @Test(arguments: fixtures)
  func documentsRenderCleanly(fixture: String) throws {
    let renderer = try CommonMarkRenderer.url()
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let meetings = try objects(try run(panel, ["meeting", "list", "--json"]))
    let held = meetings.filter { $0["status"] as? String == "held" }.compactMap {
      $0["id"] as? String
    }
    for arguments in [["agenda"]] + held.map({ ["minutes", $0] }) {
      let markdown = try run(panel, arguments)
      let html = try ProcessRunner.run(
        renderer, arguments: ["-e", "table"], environment: [:], stdin: markdown
      ).stdout
      #expect(html.hasPrefix("<h1>"), "\(arguments)")
      #expect(!html.contains("<!-- raw HTML omitted -->"), "\(arguments)")
      let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.count
      let rendered = html.components(separatedBy: "<h").count - 1
      #expect(rendered == headings, "\(arguments): \(rendered) headings for \(headings)")
      let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.count
      let tables = markdown.components(separatedBy: "\n| --- ").count - 1
      #expect(html.components(separatedBy: "<tr>").count - 1 == tableRows - tables, "\(arguments)")
    }
  }

  @Test(arguments: fixtures)
  func everyActionShows(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let actions = try objects(try run(panel, ["action", "list", "--all", "--json"]))
    #expect(!actions.isEmpty)
    var shown = ""
    for id in actions.compactMap({ $0["id"] as? String }).sorted() {
      shown += try run(panel, ["action", "show", id]) + "\n"
    }
    assertSnapshot(shown, named: "\(fixture)/action-show.txt")
  }
}
