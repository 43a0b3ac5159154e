import Foundation
import PactCore
import PactTestSupport
import Testing

@testable import PactCLI

@Suite struct PanelLocatorTests {
  @Test func theNearestPanelAboveIsFound() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let root = directory.url.appendingPathComponent("panel")
    try PanelService.create(
      at: root, name: "Borough Green PACT", clock: .fixed(try #require(Day("2024-03-12"))))
    let deep = root.appendingPathComponent("minutes/2024")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    let found = try PanelLocator.locate(explicit: nil, environment: [:], currentDirectory: deep)
    #expect(found.url.standardizedFileURL.path == root.standardizedFileURL.path)
    #expect(found.display == "../..")
    let named = try PanelLocator.locate(
      explicit: nil, environment: ["PACT_PANEL": "panel"], currentDirectory: directory.url)
    #expect(named.display == "panel")
    #expect(throws: StorageError.notAPanel(path: "nowhere", namedBy: "--panel")) {
      try PanelLocator.locate(explicit: "nowhere", environment: [:], currentDirectory: deep)
    }
  }
}
