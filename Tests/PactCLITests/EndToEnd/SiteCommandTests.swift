import Foundation
import PactTestSupport
import Testing

/// `pact site`: the website of the sample panels pinned in golden files, and the command's
/// refusals.
@Suite struct SiteCommandTests {
  /// Both sample panels in one temporary folder, `panels/`.
  private func panels() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let panels = directory.url.appendingPathComponent("panels")
    try FileManager.default.createDirectory(at: panels, withIntermediateDirectories: true)
    for name in GoldenDocumentTests.fixtures {
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(name)"),
        to: panels.appendingPathComponent(name))
    }
    return directory
  }

  @Test func theSitePinnedInGoldenFiles() throws {
    let directory = try panels()
    defer { directory.remove() }
    let result = try PactBinary.run(
      ["site", "panels", "-o", "site", "--title", "Kent PACT panels"],
      currentDirectory: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout
        == "Built the website of 2 panels in site: 24 files, 24 written, 0 removed.\n")
    // The stamps a build keeps for the next depend on the files' times, not their contents.
    let files = try fileTree(directory.url.appendingPathComponent("site")).filter {
      $0.key != ".pact-site-stamps"
    }
    #expect(files.count == 25)
    for (path, data) in files {
      assertSnapshot(String(decoding: data, as: UTF8.self), named: "site/\(path)")
    }
    let again = try PactBinary.run(
      ["site", "panels", "-o", "site", "--title", "Kent PACT panels"],
      currentDirectory: directory.url)
    #expect(
      again.stdout
        == "Built the website of 2 panels in site: 24 files, 0 written, 0 removed.\n")
  }

  @Test func withNoFolderTheSiteIsTheCurrentPanelsAlone() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let out = panel.directory.url.appendingPathComponent("out").path
    let result = try panel.run(["site", "-o", out])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try fileTree(panel.directory.url.appendingPathComponent("out"))
    #expect(files["borough-green-wrotham-platt/index.html"] != nil)
    #expect(!files.keys.contains { $0.hasPrefix("medway") })
  }

  @Test func refusesAnOutputInsideThePanel() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["site", "-o", "site"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("the website must be written outside every panel"))
    #expect(try panel.files() == before)
  }

  @Test func anOutputIsRequired() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["site"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--output"))
  }
}
