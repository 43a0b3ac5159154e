import Foundation
import PactCore
import PactTestSupport
import Testing

/// A panel shared through a bare repository by two clones (a laptop and an office), each
/// set up by `pact sync`: the starting point of the end-to-end tests of sync.
struct SharedPanel {
  let folder: TemporaryDirectory
  /// The panel's folder inside each clone's repository.
  static let panelName = "bgwp"
  var today = "2024-06-01"

  init(repositoryHoldsPanelAtTop: Bool = false) throws {
    folder = try TemporaryDirectory()
    try git(["init", "-q", "--bare", "-b", "main", origin.path], in: folder.url)
    try git(["clone", "-q", origin.path, clone(0).path], in: folder.url)
    try pact(["init", panel(0).path, "--name", "Borough Green PACT"], in: 0, panelOption: false)
    for member in ["Margaret Ellis", "Sam Okafor"] { try pact(["member", "add", member], in: 0) }
    try pact(["meeting", "add", "2024-05-14", "--present", "Margaret Ellis"], in: 0)
    try pact(["action", "add", "Speed watch on the A25", "--lead", "police"], in: 0)
    try expectSync(0)
    try git(["clone", "-q", origin.path, clone(1).path], in: folder.url)
    try expectSync(1)
  }

  var origin: URL { folder.url.appendingPathComponent("origin.git") }
  func clone(_ index: Int) -> URL {
    folder.url.appendingPathComponent(index == 0 ? "laptop" : "office")
  }
  func panel(_ index: Int) -> URL { clone(index).appendingPathComponent(Self.panelName) }

  var environment: [String: String] {
    [
      "PACT_TODAY": today, "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
      "GIT_AUTHOR_NAME": "Sam Okafor", "GIT_AUTHOR_EMAIL": "sam@example.org",
      "GIT_COMMITTER_NAME": "Sam Okafor", "GIT_COMMITTER_EMAIL": "sam@example.org",
    ]
  }

  @discardableResult
  func git(_ arguments: [String], in directory: URL) throws -> String {
    let result = try gitResult(arguments, in: directory)
    #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
    return result.stdout
  }

  func gitResult(_ arguments: [String], in directory: URL) throws -> ProcessResult {
    try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments,
      environment: PactBinary.baseEnvironment.merging(environment) { $1 },
      currentDirectory: directory)
  }

  /// Runs pact on the panel in clone `index`; it must succeed.
  @discardableResult
  func pact(_ arguments: [String], in index: Int, panelOption: Bool = true) throws -> ProcessResult
  {
    let result = try run(arguments, in: index, panelOption: panelOption)
    #expect(result.status == 0, "pact \(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  func run(_ arguments: [String], in index: Int, panelOption: Bool = true) throws -> ProcessResult {
    try PactBinary.run(
      (panelOption ? ["--panel", panel(index).path] : []) + arguments, environment: environment)
  }

  /// `pact sync` in clone `index`.
  func sync(_ index: Int) throws -> ProcessResult { try run(["sync"], in: index) }

  @discardableResult
  func expectSync(_ index: Int) throws -> ProcessResult {
    let result = try sync(index)
    #expect(result.status == 0, "sync: \(result.stderr)")
    return result
  }

  /// The id of the action whose title starts with `title`.
  func action(_ title: String, in index: Int) throws -> String {
    let records = try PanelService(at: panel(index)).records()
    return try #require(records.actions.first { $0.title.hasPrefix(title) }).id
  }

  /// Every file of the panel in clone `index`, but pact's private folder.
  func files(_ index: Int) throws -> [String: Data] {
    try fileTree(panel(index)).filter { !$0.key.hasPrefix(".pact/") }
  }

  func records(_ index: Int) throws -> PanelRecords {
    try PanelService(at: panel(index)).records()
  }

  func remove() { folder.remove() }
}
