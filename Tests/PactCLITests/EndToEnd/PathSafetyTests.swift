import Foundation
import PactTestSupport
import Testing

/// Text typed where a record is named never becomes a path: a hostile id is refused or
/// not found, and nothing is written anywhere.
@Suite struct PathSafetyTests {
  static let hostileIDs = [
    "../../etc/passwd", "/tmp/pact-path-safety", "a/b", "..", ".", "../panel.json",
    "actions/../panel", "AYZZWH9/../../x", "~/x", "%2e%2e/x",
  ]

  /// Each command with `ID` where a record is named.
  static let commands: [[String]] = [
    ["action", "show", "ID"], ["action", "update", "ID", "--note", "n"],
    ["action", "done", "ID", "--outcome", "o"],
    ["action", "add", "T", "--lead", "ID"],
    [
      "action", "add", "T", "--lead", "police",
      "--priority", "ID",
    ],
    ["action", "add", "T", "--lead", "police", "--agreed-at", "ID"],
    ["action", "list", "--lead", "ID"], ["action", "list", "--priority", "ID"],
    ["priority", "close", "ID", "--outcome", "o"], ["priority", "rank", "ID", "1"],
    ["priority", "add", "--from-issue", "ID"], ["priority", "add", "T", "--set-at", "ID"],
    ["meeting", "show", "ID"], ["meeting", "update", "ID", "--notes", "n"],
    ["meeting", "cancel", "ID"], ["meeting", "add", "ID"],
    ["meeting", "add", "2024-05-30", "--present", "ID"],
    ["meeting", "add", "2024-05-30", "--apologies", "ID"],
    ["minutes", "ID"], ["agenda", "--meeting", "ID"],
    ["member", "remove", "ID"], ["member", "add", "New Person", "--org", "ID"],
    ["panel", "set", "--chair", "ID"], ["panel", "set", "--secretary", "ID"],
    ["agency", "set", "ID", "--name", "n"], ["agency", "remove", "ID"],
    ["agency", "add", "New Agency", "--id", "ID"],
    ["issue", "close", "ID"], ["issue", "add", "T", "--raised-at", "ID"],
  ]

  /// Every file under the temporary folder except the panel's lock.
  private func tree(_ panel: FixturePanel) throws -> [String: Data] {
    try fileTree(panel.directory.url).filter { !$0.key.hasPrefix("\(panel.name)/.pact/") }
  }

  @Test func hostileIDsAreRefusedOrNotFound() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let outside = "/tmp/pact-path-safety"
    let existedOutside = FileManager.default.fileExists(atPath: outside)
    let before = try tree(panel)
    var runs: [[String]] = []
    for command in Self.commands {
      for id in Self.hostileIDs {
        runs.append(command.map { $0 == "ID" ? id : $0 })
      }
    }
    let results = try PactBinary.runConcurrently(runs, currentDirectory: panel.url)
    for (arguments, result) in zip(runs, results) {
      #expect([1, 64].contains(result.status), "\(arguments): \(result.status) \(result.stdout)")
      #expect(!result.stderr.isEmpty, "\(arguments)")
    }
    #expect(try tree(panel) == before, "a command wrote a file")
    #expect(FileManager.default.fileExists(atPath: outside) == existedOutside)
  }
}
