import Foundation
import PactTestSupport
import Testing

/// Changes to open actions read only the open work; naming a done action still works,
/// reading the whole panel, and files move between folders as their status changes.
@Suite struct OpenWorkTests {
  @Test func aDoneActionCanBeReopenedByAPrefixOfItsID() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let done = panel.url.appendingPathComponent("actions/done/AKNE2J8.json")
    #expect(FileManager.default.fileExists(atPath: done.path))
    let result = try panel.run(
      ["action", "update", "AKNE", "--status", "open", "--note", "Dumping has started again"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: done.path))
    let reopened = try panel.json("actions/AKNE2J8.json")
    #expect(reopened.contains("Dumping has started again"))
    #expect(!reopened.contains("\"outcome\""))
  }

  @Test func aDoneActionIsFoundByItsTitleToo() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(
      ["action", "update", "Fire & Rescue fire-risk check", "--note", "Checked again in May"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try panel.json("actions/done/AKNE2J8.json").contains("Checked again in May"))
  }

  @Test func markingAnActionDoneMovesItsFile() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["action", "done", "AYZZ", "--outcome", "Park and Stride running"])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try panel.files().keys
    #expect(files.contains("actions/done/AYZZWH9.json"))
    #expect(!files.contains("actions/AYZZWH9.json"))
  }
}
