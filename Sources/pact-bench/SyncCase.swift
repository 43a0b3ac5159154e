import Foundation
import PactCore

/// `pact sync` of the ten-year panel: a bare repository on the same disk as the remote, two
/// clones, and before each timed run one change made and synced in the office clone and one
/// made in the laptop clone, so that the timed sync in the laptop commits its change,
/// fetches, merges the office's (pact's record merge, settling, check) and pushes.
enum SyncCase {
  /// The case, with its repository set up; skipped when git is missing.
  static func make(
    pact: String, panel: URL, root: URL, label: String, environment base: [String: String],
    log: (String) -> Void
  ) throws -> CaseItem {
    guard let git = Command.find("git") else {
      return .skipped(
        Measurement(command: "pact sync", panel: label, note: "skipped: git is not installed"))
    }
    log("setting up a repository and two clones of the ten-year panel for pact sync ...")
    let environment = base.merging([
      "GIT_AUTHOR_NAME": "Secretary", "GIT_AUTHOR_EMAIL": "secretary@example.org",
      "GIT_COMMITTER_NAME": "Secretary", "GIT_COMMITTER_EMAIL": "secretary@example.org",
      "GIT_CONFIG_NOSYSTEM": "1",
    ]) { $1 }
    let folder = root.appendingPathComponent("sync")
    let origin = folder.appendingPathComponent("origin.git")
    let office = folder.appendingPathComponent("office")
    let laptop = folder.appendingPathComponent("laptop")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws {
      let result = try Command.run(
        executable, arguments, in: directory ?? folder, environment: environment)
      guard result.status == 0 else {
        throw BenchError(
          "\(arguments.prefix(3).joined(separator: " ")) failed: \(result.output.prefix(300))")
      }
    }
    try run(git, ["init", "-q", "--bare", "-b", "main", origin.path])
    try run(git, ["clone", "-q", origin.path, office.path])
    try FileManager.default.copyItem(at: panel, to: office.appendingPathComponent("panel"))
    try run(git, ["add", "-A"], in: office)
    try run(git, ["commit", "-q", "-m", "The ten-year panel"], in: office)
    try run(git, ["push", "-q", "origin", "main"], in: office)
    try run(git, ["clone", "-q", origin.path, laptop.path])
    let officePanel = office.appendingPathComponent("panel").path
    let laptopPanel = laptop.appendingPathComponent("panel").path
    // The first sync in each clone registers pact's merge driver.
    try run(pact, ["--panel", officePanel, "sync"])
    try run(pact, ["--panel", laptopPanel, "sync"])
    let open = try PanelService(at: office.appendingPathComponent("panel")).records().actions
      .filter(\.isOpen).map(\.id).sorted()
    guard open.count >= 2 else { throw BenchError("the ten-year panel has no open actions") }
    let counter = Counter()
    var benchCase = BenchCase(
      command: "pact sync", panel: label, executable: pact,
      arguments: ["--panel", laptopPanel, "sync"], environment: environment)
    benchCase.prepare = {
      counter.count += 1
      try run(
        pact,
        ["--panel", officePanel, "action", "update", open[0], "--note", "Office \(counter.count)"])
      try run(pact, ["--panel", officePanel, "sync"])
      try run(
        pact,
        ["--panel", laptopPanel, "action", "update", open[1], "--note", "Laptop \(counter.count)"])
    }
    return .run(benchCase)
  }

  private final class Counter {
    var count = 0
  }
}
