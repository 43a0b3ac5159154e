import Foundation
import PactTestSupport
import Testing

/// A temporary copy of a fixture panel, and `pact` run against it.
struct FixturePanel {
  static let boroughGreen = "borough-green-wrotham-platt"

  let directory: TemporaryDirectory
  let name: String

  init(_ name: String = FixturePanel.boroughGreen) throws {
    directory = try TemporaryDirectory.copyFixture(name)
    self.name = name
  }

  var url: URL { directory.url.appendingPathComponent(name) }

  /// The Borough Green panel's set-up — settings, members and agencies — with none of its
  /// meetings, issues, priorities or actions: a panel on the evening of its first meeting.
  static func setUpOnly() throws -> FixturePanel {
    let panel = try FixturePanel()
    for folder in ["meetings", "issues", "priorities", "actions"] {
      try FileManager.default.removeItem(at: panel.url.appendingPathComponent(folder))
    }
    return panel
  }

  /// Runs pact inside the panel's folder.
  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
    try PactBinary.run(arguments, environment: environment, currentDirectory: url)
  }

  /// Every file in the panel except pact's private folder.
  func files() throws -> [String: Data] {
    try fileTree(url).filter { !$0.key.hasPrefix(".pact/") }
  }

  func json(_ relative: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
  }

  func remove() { directory.remove() }
}
