import Foundation
import PactTestSupport
import Testing

/// The copies of record files pact keeps in the user's cache folder: made by any command
/// that reads the panel, never in the panel, and never read once a file has changed.
@Suite struct RecordCacheEndToEndTests {
  @Test func aCommandKeepsCopiesInTheCacheFolderAndSeesAHandEdit() throws {
    let directory = try TemporaryDirectory.copyFixture("borough-green-wrotham-platt")
    defer { directory.remove() }
    let panel = directory.url.appendingPathComponent("borough-green-wrotham-platt")
    let cache = directory.url.appendingPathComponent("cache")
    let environment = ["XDG_CACHE_HOME": cache.path, "PACT_TODAY": "2024-06-01"]
    // Only files left unchanged for two seconds are kept.
    Thread.sleep(forTimeInterval: 2.2)
    let before = try fileTree(panel)
    let list = ["export", "csv"]
    let first = try PactBinary.run(list, environment: environment, currentDirectory: panel)
    #expect(first.status == 0, "\(first.stderr)")
    let title = "Shed-marking and alarm stall at the Borough Green market"
    #expect(first.stdout.contains(title))
    let kept = try FileManager.default.contentsOfDirectory(
      atPath: cache.appendingPathComponent("pact").path)
    #expect(kept.allSatisfy { $0.hasPrefix("records-") }, "\(kept)")
    #expect(kept.contains { $0.hasPrefix("records-actions-done-") }, "\(kept)")
    let second = try PactBinary.run(list, environment: environment, currentDirectory: panel)
    #expect(second.stdout == first.stdout && second.stderr == first.stderr)
    #expect(try fileTree(panel) == before)
    // Edited in place, the same size, its modification time put back: the file is read
    // again, not its copy.
    let edited = "Shed-marking and alarm stall at the Borough Green fete!!"
    try SameStampEdit.replace(
      title, with: edited, in: panel.appendingPathComponent("actions/done/A6EXPDC.json"))
    let third = try PactBinary.run(list, environment: environment, currentDirectory: panel)
    #expect(third.status == 0, "\(third.stderr)")
    #expect(third.stdout.contains(edited) && !third.stdout.contains(title))
  }
}
