import Foundation
import PactTestSupport
import Testing

/// `pact check` on the fixtures (clean) and on copies broken in every way it knows.
@Suite struct CheckEndToEndTests {
  /// Rewrites one JSON file of the panel through `body`.
  private func edit(
    _ panel: FixturePanel, _ relative: String, _ body: (inout [String: Any]) -> Void
  ) throws {
    let url = panel.url.appendingPathComponent(relative)
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    body(&object)
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      .write(to: url)
  }

  private func write(_ panel: FixturePanel, _ relative: String, _ text: String) throws {
    try Data(text.utf8).write(to: panel.url.appendingPathComponent(relative))
  }

  private func copy(_ panel: FixturePanel, _ from: String, to: String) throws {
    try FileManager.default.copyItem(
      at: panel.url.appendingPathComponent(from), to: panel.url.appendingPathComponent(to))
  }

  /// The findings of `pact check --json`, as (file, field, code, fix) rows.
  private func findings(_ json: String, _ key: String) throws -> [[String: Any]] {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(object[key] as? [[String: Any]])
  }

  @Test(arguments: [FixturePanel.boroughGreen, "medway-gillingham-north"])
  func fixturesCheckClean(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["check"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    // Only set-up warnings may be printed, each marked as one.
    for line in result.stderr.split(separator: "\n") {
      #expect(line.hasPrefix("warning: panel.json: "), "\(line)")
    }
    let json = try panel.run(["check", "--json"])
    #expect(json.status == 0)
    #expect(try findings(json.stdout, "errors").isEmpty)
    #expect(try panel.files() == before, "pact check changed the panel")
  }

  @Test func warningsCountOnlyWithStrict() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    try edit(panel, "panel.json") { panel in
      var roles = panel["roles"] as? [String: Any] ?? [:]
      roles["secretary"] = nil
      panel["roles"] = roles
    }
    let plain = try panel.run(["check"])
    #expect(plain.status == 0)
    #expect(
      plain.stderr
        == "warning: panel.json: roles.secretary: the panel has no secretary; choose one with "
        + "pact panel set --secretary NAME\n")
    let strict = try panel.run(["check", "--strict"])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("Error: pact check found 1 warning"))
  }

  /// The Borough Green panel with one of each integrity error and two set-up gaps.
  private func brokenPanel() throws -> FixturePanel {
    let panel = try FixturePanel()
    try edit(panel, "actions/AYZZWH9.json") { $0["lead"] = "highwys" }
    try edit(panel, "actions/done/A6EXPDC.json") { action in
      action["outcome"] = nil
      action["priority"] = "PZZZZZZ"
    }
    try edit(panel, "actions/done/AKNE2J8.json") { action in
      action["completedOn"] = "2024-03-01"
      action["agreedAt"] = "2024-03-13"
    }
    try edit(panel, "panel.json") { panel in
      var roles = panel["roles"] as? [String: Any] ?? [:]
      roles["chair"] = "M53R3KX"
      roles["secretary"] = nil
      panel["roles"] = roles
    }
    try edit(panel, "meetings/2024-05-14.json") { meeting in
      meeting["present"] = (meeting["present"] as? [String] ?? []) + ["MZZZZZZ"]
      meeting["apologies"] = (meeting["apologies"] as? [String] ?? []) + ["M53R3K7"]
    }
    try edit(panel, "meetings/2024-07-09.json") { $0["status"] = "held" }
    try edit(panel, "members/M6JGPZD.json") { member in
      member["agency"] = "polise"
      member["leftOn"] = "2023-01-01"
    }
    try edit(panel, "priorities/PK29JXA.json") { $0["rank"] = 1 }
    try edit(panel, "priorities/closed/P7VKR27.json") { priority in
      priority["status"] = "active"
      priority["fromIssue"] = "IZZZZZZ"
      priority["setAt"] = "2023-09-13"
    }
    try edit(panel, "priorities/closed/P5W8VD6.json") { $0["closedOn"] = "2023-11-01" }
    try edit(panel, "issues/IPCM2HW.json") { $0["priority"] = "PPBME4G" }
    try edit(panel, "issues/IZ5RBYQ.json") { issue in
      var raised = issue["raised"] as? [[String: Any]] ?? []
      raised[0]["meeting"] = "2023-10-08"
      issue["raised"] = raised
    }
    try copy(panel, "actions/done/AHAJ6WE.json", to: "actions/done/ahaj6we.json")
    try copy(panel, "actions/done/A7B44KD.json", to: "actions/A7B44KD.json")
    try copy(panel, "actions/AZ9F6H5.json", to: "actions/A7V2357.JSON")
    try copy(panel, "agencies/parish.json", to: "agencies/Parish-Council.json")
    try write(panel, "actions/notes.txt", "Ring KCC about the survey\n")
    try FileManager.default.createDirectory(
      at: panel.url.appendingPathComponent("actions/old"), withIntermediateDirectories: false)
    return panel
  }

  @Test func brokenPanelNamesEveryProblemWithItsFileAndAFix() throws {
    let panel = try brokenPanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["check"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    assertSnapshot(result.stderr, named: "check/broken.txt")

    let json = try panel.run(["check", "--json"])
    #expect(json.status == 1)
    let errors = try findings(json.stdout, "errors")
    let found = Set(
      errors.map {
        "\($0["file"] as? String ?? ""):\($0["field"] as? String ?? "-"):\($0["code"] as? String ?? "")"
      })
    let expected: Set<String> = [
      "actions/AYZZWH9.json:lead:unknown-agency",
      "actions/done/A6EXPDC.json:outcome:missing-outcome",
      "actions/done/A6EXPDC.json:priority:unknown-priority",
      "actions/done/AKNE2J8.json:completedOn:date-order",
      "actions/done/AKNE2J8.json:agreedAt:unknown-meeting",
      "panel.json:roles.chair:unknown-member",
      "meetings/2024-05-14.json:present[7]:unknown-member",
      "meetings/2024-05-14.json:apologies[3]:present-and-apologies",
      "meetings/2024-07-09.json:status:future-meeting",
      "members/M6JGPZD.json:agency:unknown-agency",
      "members/M6JGPZD.json:leftOn:date-order",
      "priorities/PK29JXA.json:rank:duplicate-rank",
      "priorities/closed/P7VKR27.json:rank:missing-rank",
      "priorities/closed/P7VKR27.json:status:too-many-priorities",
      "priorities/closed/P7VKR27.json:fromIssue:unknown-issue",
      "priorities/closed/P7VKR27.json:setAt:unknown-meeting",
      "priorities/closed/P5W8VD6.json:closedOn:date-order",
      "issues/IPCM2HW.json:priority:priority-mismatch",
      "issues/IZ5RBYQ.json:raised[0].meeting:unknown-meeting",
      "actions/done/ahaj6we.json:-:duplicate-id",
      "actions/done/ahaj6we.json:-:bad-id",
      "actions/done/A7B44KD.json:-:duplicate-id",
      "actions/A7V2357.JSON:-:not-a-record",
      "agencies/Parish-Council.json:-:bad-id",
      "actions/notes.txt:-:not-a-record",
      "actions/old:-:not-a-record",
    ]
    #expect(
      found == expected,
      "missing: \(expected.subtracting(found)), extra: \(found.subtracting(expected))")
    for error in errors {
      #expect(!(error["fix"] as? String ?? "").isEmpty, "no fix: \(error)")
    }
    let warnings = try findings(json.stdout, "warnings").compactMap { $0["code"] as? String }
    #expect(warnings.sorted() == ["no-next-meeting", "no-secretary"])
    // Every line of the text names a file of the panel and ends with what to do.
    for line in result.stderr.split(separator: "\n") where !line.hasPrefix("Error:") {
      #expect(line.contains("; "), "\(line)")
    }
    #expect(result.stderr.contains("no agency \"highwys\" (did you mean \"highways\"?)"))
    #expect(
      result.stderr.contains("no member \"M53R3KX\" (did you mean \"M53R3K7\", Margaret Ellis?)"))
    #expect(try panel.files() == before, "pact check changed the panel")
  }

  @Test func unreadableFilesAreAllListedWithExit65() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let original = try panel.json("actions/AYZZWH9.json")
    // What git leaves when both copies changed the action's due date.
    try write(
      panel, "actions/AYZZWH9.json",
      original.replacingOccurrences(
        of: "  \"due\": \"2024-06-07\",\n",
        with: "<<<<<<< HEAD\n  \"due\": \"2024-06-07\",\n=======\n  \"due\": \"2024-06-14\",\n"
          + ">>>>>>> office\n"))
    let truncated = try panel.json("actions/done/A6EXPDC.json")
    try write(panel, "actions/done/A6EXPDC.json", String(truncated.prefix(120)))
    try edit(panel, "members/M6JGPZD.json") { $0["public"] = "yes" }
    try copy(panel, "meetings/2024-05-14.json", to: "meetings/2024-05-32.json")
    try copy(panel, "actions/done/AHAJ6WE.json", to: "actions/bad name.json")
    try FileManager.default.createDirectory(
      at: panel.url.appendingPathComponent("actions/AFOLDER.json"),
      withIntermediateDirectories: false)
    try write(panel, "actions/notes.txt", "Ring KCC\n")
    let before = try panel.files()

    let result = try panel.run(["check"])
    #expect(result.status == 65, "\(result.stderr)")
    assertSnapshot(result.stderr, named: "check/unreadable.txt")
    for file in [
      "actions/AYZZWH9.json", "actions/done/A6EXPDC.json", "members/M6JGPZD.json",
      "meetings/2024-05-32.json", "actions/bad name.json", "actions/AFOLDER.json",
      "actions/notes.txt",
    ] {
      #expect(
        result.stderr.contains("\n\(file): ") || result.stderr.hasPrefix("\(file): "), "\(file)")
    }
    #expect(
      result.stderr.contains(
        "actions/AYZZWH9.json: an unresolved git merge conflict (a conflict marker on line 4)"))

    let json = try panel.run(["check", "--json"])
    #expect(json.status == 65)
    let codes = try findings(json.stdout, "errors").compactMap { $0["code"] as? String }
    #expect(
      Set(codes) == [
        "merge-conflict", "invalid-json", "invalid-field", "bad-file-name",
        "not-a-record",
      ])
    // The loader's own message names the conflict too.
    let status = try panel.run(["status"])
    #expect(status.status == 65)
    #expect(status.stderr.contains("an unresolved git merge conflict"))
    #expect(try panel.files() == before)
  }
}
