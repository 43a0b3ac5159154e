import Foundation
import PactCore
import PactTestSupport
import Testing

/// The README's example of a Swift program on PactCore's public API alone (this file does
/// not import PactCore's internals): open a panel, add an action, print the status as JSON.
@Suite struct PublicAPIExampleTests {
  @Test func theReadmeExampleRunsOnThePublicAPIAlone() throws {
    let temporary = try TemporaryDirectory.copyFixture("borough-green-wrotham-platt")
    defer { temporary.remove() }
    let folder = temporary.url.appendingPathComponent("borough-green-wrotham-platt")

    // As in the README, with the panel's folder and a fixed day for the test.
    let panel = PanelService(at: folder, clock: .fixed(Day("2024-06-01") ?? .init(date: Date())))
    var draft = ActionDraft(title: "Speed watch sessions on the A25", lead: "police")
    draft.priority = "1"
    draft.due = Day("2024-07-31")
    let added = try panel.addAction(draft)
    let status = JSONWriter.prettyString(try panel.status().json)

    #expect(added.action.lead == "police")
    #expect(added.leadIsRepresented)
    let json = try JSONParser.parse(Data(status.utf8))
    let actions = json["actions"]?.arrayValue ?? []
    let new = actions.first { $0["id"]?.stringValue == added.action.id }
    #expect(new?["title"]?.stringValue == "Speed watch sessions on the A25")
    #expect(new?["rag"]?.stringValue == "green")
    #expect(json["counts"]?["open"]?.intValue == 8)

    let readme = try String(
      contentsOf: TemporaryDirectory.packageRoot.appendingPathComponent("README.md"),
      encoding: .utf8)
    for line in [
      "let panel = PanelService(at: URL(fileURLWithPath: \"bgwp\"))",
      "var draft = ActionDraft(title: \"Speed watch sessions on the A25\", lead: \"police\")",
      "draft.priority = \"1\"",
      "let added = try panel.addAction(draft)",
      "print(JSONWriter.prettyString(try panel.status().json))",
    ] {
      #expect(readme.contains(line), "README example lacks: \(line)")
    }
  }
}
