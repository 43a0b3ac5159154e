import Foundation
import PactTestSupport
import Testing

/// A panel written in schema 1 — every record in its kind's folder, whatever its status —
/// is read as it is, and moved to schema 2 (done and dropped actions, closed issues and
/// past priorities in their own folders) by the next change.
@Suite struct SchemaMigrationTests {
  /// The Borough Green fixture as schema 1 wrote it.
  private func schemaOnePanel() throws -> FixturePanel {
    let panel = try FixturePanel()
    let manager = FileManager.default
    for (kind, folder) in [
      ("actions", "done"), ("actions", "dropped"), ("issues", "closed"), ("priorities", "closed"),
    ] {
      let url = panel.url.appendingPathComponent("\(kind)/\(folder)")
      for name in try manager.contentsOfDirectory(atPath: url.path) {
        try manager.moveItem(
          at: url.appendingPathComponent(name),
          to: panel.url.appendingPathComponent("\(kind)/\(name)"))
      }
      try manager.removeItem(at: url)
    }
    let settings = panel.url.appendingPathComponent("panel.json")
    let text = try String(contentsOf: settings, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "\"schema\": 2,", with: "\"schema\": 1,").utf8)
      .write(to: settings)
    return panel
  }

  @Test func anOlderPanelIsReadAsItIsAndMigratedOnTheNextWrite() throws {
    let current = try FixturePanel()
    defer { current.remove() }
    let old = try schemaOnePanel()
    defer { old.remove() }
    let before = try old.files()
    #expect(before.keys.contains { $0.hasPrefix("actions/done/") } == false)

    // Reading changes nothing and shows the same panel.
    for arguments in [["log"], ["status"], ["action", "list", "--all", "--json"]] {
      let expected = try current.run(arguments)
      let result = try old.run(arguments)
      #expect(result == expected, "\(arguments)")
    }
    #expect(try old.files() == before)

    // The next change migrates: schema 2, and closed actions in their folders.
    #expect(try old.run(["issue", "add", "Litter on the recreation ground"]).status == 0)
    let after = try old.files()
    #expect(try old.json("panel.json").contains("\"schema\": 2,"))
    // Every record file is where the current layout keeps it (one new issue besides).
    let moved = { (files: [String: Data]) in
      files.keys.filter {
        $0.hasPrefix("actions/") || $0.hasPrefix("priorities/") || $0.hasPrefix("issues/closed/")
      }.sorted()
    }
    #expect(moved(after) == moved(try current.files()))
    #expect(try old.run(["log"]) == (try current.run(["log"])))
    // And the migration is one change that undo reverses.
    #expect(try old.run(["undo"]).status == 0)
    #expect(try old.files() == before)
  }
}
