import Foundation
import PactTestSupport
import Testing

/// A year of Chorley East PACT (Lancashire), read as the chair, the secretary, residents and
/// the CSP would read it on four days of the year: everything each document says is pinned
/// in golden files, and none of it may come from after the day it is written as of.
@Suite struct ChorleyEastYearTests {
  static let fixture = "chorley-east"
  /// The day the fixture is read on: the day after its last walkabout, not yet written up.
  static let today = ["PACT_TODAY": "2025-06-01"]

  /// Each day the documents are read as of, with the panel meeting whose minutes were the
  /// latest then.
  static let days = [
    ("2024-09-30", "2024-09-10"), ("2024-12-31", "2024-11-12"), ("2025-03-31", "2025-03-18"),
    ("2025-06-01", "2025-05-20"),
  ]

  private func run(_ panel: FixturePanel, _ arguments: [String]) throws -> String {
    let result = try panel.run(arguments, environment: Self.today)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Every date in `text` written `dd/mm/yy`, or `d Month yyyy` up to a bracket, just after
  /// `prefix`, as `YYYY-MM-DD`.
  private func dates(after prefix: String, in text: String) -> [String] {
    func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
      String(format: "%04d-%02d-%02d", year, month, day)
    }
    var found: [String] = []
    var rest = text[...]
    while let range = rest.range(of: prefix) {
      rest = rest[range.upperBound...]
      let word = rest.prefix { !$0.isWhitespace && $0 != ")" && $0 != ":" }
      let parts = word.split(separator: "/").compactMap { Int($0) }
      if parts.count == 3 {
        found.append(iso(2000 + parts[2], parts[1], parts[0]))
      } else if let close = rest.firstIndex(of: ")") {
        let words = rest[..<close].split(separator: " ")
        if words.count == 3, let day = Int(words[0]), let year = Int(words[2]),
          let month = Self.months.firstIndex(of: String(words[1]))
        {
          found.append(iso(year, month + 1, day))
        }
      }
    }
    return found
  }

  @Test(arguments: days)
  func theYearReadsAsItStoodOnTheDay(day: String, meeting: String) throws {
    let panel = try FixturePanel(Self.fixture)
    defer { panel.remove() }
    let status = try run(panel, ["status", "--as-of", day])
    for line in status.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    #expect(!dates(after: "Latest ", in: status).isEmpty)
    // No news from after the day.
    for date in dates(after: "Latest ", in: status) { #expect(date <= day, "\(date)") }
    assertSnapshot(status, named: "\(Self.fixture)/\(day)/status.txt")
    assertSnapshot(
      try run(panel, ["status", "--as-of", day, "--json"]),
      named: "\(Self.fixture)/\(day)/status.json")

    let newsletter = try run(panel, ["newsletter", "--as-of", day])
    #expect(!dates(after: "Latest news (", in: newsletter).isEmpty)
    for date in dates(after: "Latest news (", in: newsletter) { #expect(date <= day, "\(date)") }
    #expect(!newsletter.contains("Network Rail not responding"), "an internal note published")
    #expect(!newsletter.contains("batteries"), "an internal note published")
    #expect(!newsletter.contains("joanne.riley"), "a contact published without consent")
    assertSnapshot(newsletter, named: "\(Self.fixture)/\(day)/newsletter.md")

    let agenda = try run(panel, ["agenda", "--as-of", day])
    #expect(!agenda.contains("Network Rail not responding"), "an internal note in the agenda")
    assertSnapshot(agenda, named: "\(Self.fixture)/\(day)/agenda.md")
    assertSnapshot(
      try run(panel, ["minutes", meeting]), named: "\(Self.fixture)/\(day)/minutes-\(meeting).md")
    assertSnapshot(
      try run(panel, ["log", "--as-of", day]), named: "\(Self.fixture)/\(day)/log.txt")
  }

  @Test(arguments: days.map(\.0))
  func theCSPReportsThePanelAsItStoodOnTheDay(day: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try FileManager.default.copyItem(
      at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(Self.fixture)"),
      to: directory.url.appendingPathComponent(Self.fixture))
    let result = try PactBinary.run(
      ["report", Self.fixture, "--as-of", day], environment: Self.today,
      currentDirectory: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    assertSnapshot(result.stdout, named: "\(Self.fixture)/\(day)/report.md")
  }

  /// Before the panel was created the report has no panel to show.
  @Test func aReportBeforeThePanelWasCreatedLeavesItOut() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try FileManager.default.copyItem(
      at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(Self.fixture)"),
      to: directory.url.appendingPathComponent(Self.fixture))
    let result = try PactBinary.run(
      ["report", Self.fixture, "--as-of", "2024-05-01", "--json"], environment: Self.today,
      currentDirectory: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect((object["panels"] as? [Any])?.isEmpty == true)
  }

  /// The workshop's minutes, with the priority it chose, and every document renders as
  /// CommonMark with no HTML of its own and a working Teams link.
  @Test func theWorkshopAndTheDocumentsRenderCleanly() throws {
    let renderer = try CommonMarkRenderer.url()
    let panel = try FixturePanel(Self.fixture)
    defer { panel.remove() }
    let workshop = try run(panel, ["minutes", "2025-02-15"])
    assertSnapshot(workshop, named: "\(Self.fixture)/minutes-2025-02-15.md")
    for arguments in [
      ["agenda", "--as-of", "2024-09-30"], ["agenda", "--as-of", "2025-03-01"],
      ["newsletter", "--as-of", "2024-09-30"], ["minutes", "2025-02-15"],
    ] {
      let html = try ProcessRunner.run(
        renderer, arguments: ["-e", "table"], environment: [:],
        stdin: try run(panel, arguments)
      ).stdout
      #expect(html.hasPrefix("<h1>"), "\(arguments)")
      #expect(!html.contains("<!-- raw HTML omitted -->"), "\(arguments)")
    }
    let agenda = try run(panel, ["agenda", "--as-of", "2025-03-01"])
    let html = try ProcessRunner.run(
      renderer, arguments: ["-e", "table"], environment: [:], stdin: agenda
    ).stdout
    #expect(
      html.contains(
        "<a href=\"https://teams.example.org/meet/chorley_east_pact\">"
          + "https://teams.example.org/meet/chorley_east_pact</a>"))
  }
}
