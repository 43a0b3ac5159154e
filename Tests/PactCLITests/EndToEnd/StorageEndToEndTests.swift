import Foundation
import PactTestSupport
import Testing

@Suite struct StorageEndToEndTests {
  @Test func twentyConcurrentMemberAddsLeaveTwentyMembers() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let names = (1...20).map { "Volunteer \($0)" }
    let results = try PactBinary.runConcurrently(
      names.map { ["member", "add", $0, "--panel", panel.url.path] })
    for result in results {
      #expect(result.status == 0, "\(result.stderr)")
    }
    let list = try panel.run(["member", "list", "--json"])
    let members = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    let listed = Set(members.compactMap { $0["name"] as? String })
    #expect(listed.isSuperset(of: names))
    #expect(members.count == 30)
  }

  @Test func aTruncatedPanelFileIsNamedAndNothingChanges() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let url = panel.url.appendingPathComponent("panel.json")
    let original = try Data(contentsOf: url)
    try original.prefix(60).write(to: url)
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--venue", "Platt Memorial Hall"])
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("Error: panel.json: not valid JSON: line "))
    #expect(result.stderr.contains("pact changed nothing"))
    #expect(try panel.files() == before)
    let listing = try panel.run(["member", "list"])
    #expect(listing.status == 65)
  }

  @Test func aBadFieldIsNamedWithItsFile() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let url = panel.url.appendingPathComponent("agencies/fire.json")
    try Data(#"{"name": "Kent Fire and Rescue Service", "handles": "arson"}"#.utf8).write(to: url)
    let before = try panel.files()
    let result = try panel.run(["member", "add", "Jo"])
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix(
        "Error: agencies/fire.json: handles: expected an array of strings, found \"arson\"\n"))
    #expect(try panel.files() == before)
  }

  @Test func aPanelFromANewerSchemaIsRefused() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let url = panel.url.appendingPathComponent("panel.json")
    let text = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "\"schema\": 2", with: "\"schema\": 7")
    try Data(text.utf8).write(to: url)
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--venue", "Hall"])
    #expect(result.status == 65)
    #expect(
      result.stderr == """
        Error: panel.json: the panel uses storage schema 7, but this pact understands schema 2 at most
        A newer version of pact wrote this panel; upgrade pact to read it. pact changed nothing.

        """)
    #expect(try panel.files() == before)
  }

  @Test func aFieldAddedByHandSurvivesARewriteFromTheCommandLine() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let url = panel.url.appendingPathComponent("agencies/police.json")
    var text = try String(contentsOf: url, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"kind\": \"police\",", with: "\"kind\": \"police\",\n  \"sector\": \"Tonbridge rural\","
    )
    try Data(text.utf8).write(to: url)
    let result = try panel.run(["agency", "set", "police", "--contact", "101"])
    #expect(result.status == 0)
    let after = try String(contentsOf: url, encoding: .utf8)
    #expect(after.contains("\"sector\": \"Tonbridge rural\""))
    #expect(after.contains("\"contact\": \"101\""))
  }
}
