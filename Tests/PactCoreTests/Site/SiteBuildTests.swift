import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// `PanelService.site`: which files a build writes, keeps and removes, and where it refuses
/// to write.
@Suite struct SiteBuildTests {
  @Test func buildsEveryPageOfEveryPanel() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    let build = try fixture.build()
    let files = try fixture.files()
    #expect(build.panels == 2)
    #expect(build.failures.isEmpty)
    for path in [
      "index.html", "agencies.html", "style.css", ".pact-site",
      "borough-green-wrotham-platt/index.html", "borough-green-wrotham-platt/calendar.ics",
      "borough-green-wrotham-platt/feed.xml", "borough-green-wrotham-platt/priorities.json",
      "borough-green-wrotham-platt/meetings/2024-05-14.html",
      "borough-green-wrotham-platt/meetings/2024-07-09.html",
      "medway-gillingham-north/meetings/2024-05-21.html",
    ] {
      #expect(files[path] != nil, "missing \(path)")
    }
    // Every file but the manifest itself is listed in the manifest, and counted.
    let manifest = String(decoding: files[".pact-site"] ?? Data(), as: UTF8.self)
    let listed = Set(manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    #expect(listed.union([".pact-site"]) == Set(files.keys))
    #expect(build.files == files.count - 1)
    #expect(Set(build.written) == Set(files.keys).union([".pact-site-stamps"]))
  }

  @Test func theSameRecordsGiveTheSameBytesAndASecondBuildWritesNothing() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    try fixture.build(output: "again")
    #expect(try fixture.files() == fixture.files("again"))
    let second = try fixture.build()
    #expect(second.written.isEmpty)
    #expect(second.removed.isEmpty)
  }

  @Test func aChangeToOnePanelRewritesOnlyItsPagesAndTheBoroughPagesThatListIt() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    // A new note on one open action of Gillingham North.
    let actions = try FileManager.default.contentsOfDirectory(
      atPath: fixture.panel("medway-gillingham-north").appendingPathComponent("actions").path)
    let action = try #require(actions.filter { $0.hasSuffix(".json") }.sorted().first)
    try fixture.edit("medway-gillingham-north", "actions/\(action)") {
      $0.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"Renamed: ")
    }
    let build = try fixture.build()
    #expect(!build.written.isEmpty)
    for path in build.written {
      #expect(
        path.hasPrefix("medway-gillingham-north/") || path == "agencies.html"
          || path == "index.html", "rewrote \(path)")
    }
    #expect(build.written.contains("medway-gillingham-north/index.html"))
  }

  @Test func aPanelWhoseFilesAreUnchangedIsNotReadAgain() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    #expect(try fixture.build(settle: 0).panelsRead == 2)
    let quiet = try fixture.build(settle: 0)
    #expect(quiet.panelsRead == 0)
    #expect(quiet.written.isEmpty)
    #expect(quiet.panels == 2)
    try fixture.edit("medway-gillingham-north", "panel.json") {
      $0.replacingOccurrences(of: "Gillingham North PACT", with: "Gillingham North Panel")
    }
    let changed = try fixture.build(settle: 0)
    #expect(changed.panelsRead == 1)
    #expect(changed.written.contains("index.html"))
    #expect(!changed.written.contains { $0.hasPrefix("borough-green-wrotham-platt/") })
    // A page of an unchanged panel that went missing is made again.
    try FileManager.default.removeItem(
      at: fixture.site.appendingPathComponent("borough-green-wrotham-platt/calendar.ics"))
    let repaired = try fixture.build(settle: 0)
    #expect(repaired.written == ["borough-green-wrotham-platt/calendar.ics"])
    // A meeting's page too, in its folder of its own, or one made a folder in its place.
    let page = "borough-green-wrotham-platt/meetings/2024-05-14.html"
    try FileManager.default.removeItem(at: fixture.site.appendingPathComponent(page))
    #expect(try fixture.build(settle: 0).written == [page])
    try FileManager.default.removeItem(at: fixture.site.appendingPathComponent(page))
    try FileManager.default.createDirectory(
      at: fixture.site.appendingPathComponent(page), withIntermediateDirectories: false)
    #expect(throws: (any Error).self) { try fixture.build(settle: 0) }
    try FileManager.default.removeItem(at: fixture.site.appendingPathComponent(page))
    // Another day is another site: every panel is read.
    #expect(
      try fixture.build(asOf: Day("2024-06-02") ?? SiteFixture.asOf, settle: 0).panelsRead == 2)
  }

  @Test func aPanelThatGoesHasItsPagesRemovedAndNothingElse() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    // Files pact did not write stay, in the site's folder and in a panel's.
    let mine = fixture.site.appendingPathComponent("CNAME")
    let inPanel = fixture.site.appendingPathComponent("medway-gillingham-north/notes.txt")
    try Data("pact.example.org\n".utf8).write(to: mine)
    try Data("kept\n".utf8).write(to: inPanel)
    try FileManager.default.removeItem(at: fixture.panel("medway-gillingham-north"))
    let build = try fixture.build()
    #expect(build.panels == 1)
    #expect(!build.removed.isEmpty)
    #expect(build.removed.allSatisfy { $0.hasPrefix("medway-gillingham-north/") })
    let files = try fixture.files()
    #expect(files["CNAME"] != nil)
    #expect(files["medway-gillingham-north/notes.txt"] != nil)
    #expect(files["medway-gillingham-north/index.html"] == nil)
    #expect(!files.keys.contains { $0.hasPrefix("medway-gillingham-north/meetings/") })
  }

  @Test func aManifestNamingFilesOutsideTheSiteRemovesNothingThere() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    let outside = fixture.directory.url.appendingPathComponent("precious.txt")
    try Data("mine\n".utf8).write(to: outside)
    let manifest = fixture.site.appendingPathComponent(".pact-site")
    let text = try String(contentsOf: manifest, encoding: .utf8)
    try Data((text + "../precious.txt\n/etc/hostname\n").utf8).write(to: manifest)
    try fixture.build()
    #expect(FileManager.default.fileExists(atPath: outside.path))
  }

  @Test func anUnreadablePanelIsNamedAndNothingIsRemoved() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    try fixture.edit("medway-gillingham-north", "panel.json") { _ in "{ not json" }
    let build = try fixture.build()
    #expect(build.panels == 1)
    #expect(build.failures.map(\.path) == ["panels/medway-gillingham-north"])
    #expect(build.removed.isEmpty)
    #expect(try fixture.files()["medway-gillingham-north/index.html"] != nil)
  }

  @Test(arguments: [
    "panels/borough-green-wrotham-platt", "panels/borough-green-wrotham-platt/site", ".",
    "panels",
  ])
  func refusesToWriteInOrAroundAPanel(output: String) throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    let before = try fileTree(fixture.panels)
    #expect(throws: SiteError.self) { try fixture.build(output: output) }
    #expect(try fileTree(fixture.panels) == before)
  }

  @Test func refusesAnOutputThatIsAFile() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try Data("x".utf8).write(to: fixture.site)
    #expect(throws: SiteError.outputNotAFolder(path: "site")) { try fixture.build() }
  }

  @Test func neverWritesThroughALinkInTheSite() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    let elsewhere = fixture.directory.url.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: fixture.site, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: fixture.site.appendingPathComponent("medway-gillingham-north"),
      withDestinationURL: elsewhere)
    #expect(throws: (any Error).self) { try fixture.build() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }
}
