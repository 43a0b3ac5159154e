import Foundation
import PactTestSupport
import Testing

/// Two copies of a panel that each add records offline merge in git without conflict.
@Suite struct GitMergeTests {
  private static let gitEnvironment: [String: String] = [
    "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    "HOME": NSTemporaryDirectory(),
    "GIT_AUTHOR_NAME": "Secretary", "GIT_AUTHOR_EMAIL": "secretary@example.org",
    "GIT_COMMITTER_NAME": "Secretary", "GIT_COMMITTER_EMAIL": "secretary@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
  ]

  @discardableResult
  private func git(_ arguments: [String], in directory: URL) throws -> ProcessResult {
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments,
      environment: Self.gitEnvironment, currentDirectory: directory)
    #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  @discardableResult
  private func pact(_ arguments: [String], in directory: URL) throws -> ProcessResult {
    let result = try PactBinary.run(arguments, currentDirectory: directory)
    #expect(result.status == 0, "pact \(arguments.joined(separator: " ")): \(result.stderr)")
    return result
  }

  private func ids(_ listing: String) throws -> [String] {
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [[String: Any]])
    return array.compactMap { $0["id"] as? String }
  }

  @Test func offlineCopiesMergeCleanlyAndKeepEveryRecord() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let origin = panel.url
    try git(["init", "-q", "-b", "main"], in: origin)
    try git(["add", "-A"], in: origin)
    try git(["commit", "-q", "-m", "The panel"], in: origin)
    let home = panel.directory.url
    try git(["clone", "-q", origin.path, "laptop"], in: home)
    try git(["clone", "-q", origin.path, "office"], in: home)
    let laptop = home.appendingPathComponent("laptop")
    let office = home.appendingPathComponent("office")

    // The same starting point: one meeting and one action both copies will annotate.
    try pact(["meeting", "add", "2024-05-14", "--present", "Margaret Ellis"], in: laptop)
    try pact(
      ["action", "add", "Speed watch on the A25", "--lead", "police", "--due", "2024-06-30"],
      in: laptop)
    try pact(["issue", "add", "Speeding on the A25"], in: laptop)
    try git(["add", "-A"], in: laptop)
    try git(["commit", "-q", "-m", "Meeting of 14 May"], in: laptop)
    try git(["pull", "-q", "--no-rebase", laptop.path, "main"], in: office)
    let shared = try ids(try pact(["action", "list", "--json"], in: office).stdout)
    #expect(shared.count == 1)

    // Offline, each copy adds actions and notes of its own.
    try pact(
      ["action", "add", "Letter to parents about parking", "--lead", "school"], in: laptop)
    try pact(["action", "update", shared[0], "--note", "Two sessions held"], in: laptop)
    try pact(["issue", "add", "Dog fouling on footpaths"], in: laptop)
    try pact(["action", "add", "Clear the fly-tip", "--lead", "council"], in: office)
    try pact(["action", "add", "Youth club taster night", "--lead", "youth"], in: office)
    try pact(["issue", "add", "Street lights out on Western Road"], in: office)
    try pact(["member", "add", "Priya Shah", "--org", "council"], in: office)
    try git(["add", "-A"], in: laptop)
    try git(["commit", "-q", "-m", "Laptop"], in: laptop)
    try git(["add", "-A"], in: office)
    try git(["commit", "-q", "-m", "Office"], in: office)

    try git(["pull", "-q", "--no-rebase", laptop.path, "main"], in: office)
    let status = try git(["status", "--porcelain"], in: office)
    #expect(status.stdout.isEmpty, "merge left: \(status.stdout)")

    let actions = try ids(try pact(["action", "list", "--all", "--json"], in: office).stdout)
    #expect(actions.count == 4)
    #expect(Set(actions).count == actions.count)
    let issues = try ids(try pact(["issue", "list", "--all", "--json"], in: office).stdout)
    #expect(issues.count == 3)
    let shown = try pact(["action", "show", shared[0]], in: office)
    #expect(shown.stdout.contains("Two sessions held"))
    let members = try ids(try pact(["member", "list", "--json"], in: office).stdout)
    #expect(members.count == 11)
    // pact's private folder never travels with the panel.
    let tracked = try git(["ls-files"], in: office).stdout
    #expect(!tracked.contains(".pact/"))
  }
}
