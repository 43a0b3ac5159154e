import Foundation
import PactCore
import PactTestSupport

/// A borough repository shared by four clones through a bare repository, each making
/// random changes with the built `pact` and syncing at random moments, some of them at
/// the same time: the end-to-end test of `pact sync`.
///
/// The repository holds two panels; most changes go to the first, a few to the second
/// (each followed by a sync of that panel, so that no clone holds another panel's
/// uncommitted changes when it merges). Everything random comes from the seed.
final class SyncSimulation {
  /// A command that did not end as it should.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static let panels = ["bgwp", "wrotham"]
  static let authors = ["Secretary", "Chair", "Police Contact", "CSP Officer"]

  let seed: UInt64
  let folder: TemporaryDirectory
  var random: SplitMix64
  /// The simulated day, the same for every clone, moving on as the simulation runs.
  var day: Day
  var counter = 0
  /// Every note typed with `action update --note` that pact accepted, by panel.
  var notes: [String: Set<String>] = [:]
  /// Every action `action add` added, by panel.
  var added: [String: Set<String>] = [:]
  var commands = 0
  var refusals = 0
  var syncs = 0
  /// How many merge commits the syncs made, and what they put right, by kind.
  var merges = 0
  var settled: [String: Int] = [:]
  /// The last commands run, for a failure's message.
  var recent: [String] = []

  init(seed: UInt64) throws {
    self.seed = seed
    folder = try TemporaryDirectory()
    random = SplitMix64(seed: seed)
    guard let start = Day("2024-01-08") else { throw Failure(description: "bad start day") }
    day = start
  }

  deinit { folder.remove() }

  var origin: URL { folder.url.appendingPathComponent("origin.git") }
  func clone(_ index: Int) -> URL { folder.url.appendingPathComponent("clone\(index)") }
  func panel(_ name: String, in clone: Int) -> URL {
    self.clone(clone).appendingPathComponent(name)
  }

  func environment(for clone: Int) -> [String: String] {
    let author = Self.authors[clone % Self.authors.count]
    let email = author.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
    return [
      // Each command draws its ids from the seed and its place in the run.
      "PACT_ID_SEED": String(seed &* 1_000_003 &+ UInt64(commands)),
      "PACT_TODAY": day.description, "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1",
      // The history reads as the simulated days went by.
      "GIT_AUTHOR_DATE": "\(day)T19:00:00", "GIT_COMMITTER_DATE": "\(day)T19:00:00",
      "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": email,
      "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": email,
    ]
  }

  // MARK: Running things

  /// Runs git in `directory`, which must succeed.
  @discardableResult
  func git(_ arguments: [String], in directory: URL, clone: Int = 0) throws -> String {
    var environment = PactBinary.baseEnvironment.merging(self.environment(for: clone)) { $1 }
    environment["GIT_TERMINAL_PROMPT"] = "0"
    let result = try ProcessRunner.run(
      URL(fileURLWithPath: "/usr/bin/env"), arguments: ["git"] + arguments,
      environment: environment, currentDirectory: directory)
    guard result.status == 0 else {
      throw Failure(description: "git \(arguments.joined(separator: " ")): \(result.stderr)")
    }
    return result.stdout
  }

  /// Runs pact on `panelName` in `clone`; a change may be refused (exit 1), nothing else.
  @discardableResult
  func pact(_ arguments: [String], panel panelName: String, clone: Int) throws -> ProcessResult {
    commands += 1
    let line = "clone\(clone) \(day) pact --panel \(panelName) \(arguments.joined(separator: " "))"
    recent = Array((recent + [line]).suffix(40))
    let result = try PactBinary.run(
      ["--panel", panel(panelName, in: clone).path] + arguments,
      environment: environment(for: clone))
    if result.status == 1 { refusals += 1 }
    guard result.status == 0 || result.status == 1 else {
      throw failure("\(line) exited \(result.status): \(result.stderr)")
    }
    return result
  }

  /// Runs `pact sync`, which must succeed.
  func sync(_ panelName: String, clone: Int) throws {
    syncs += 1
    let result = try pact(["sync"], panel: panelName, clone: clone)
    guard result.status == 0 else { throw failure("sync in clone\(clone): \(result.stderr)") }
    count(result.stdout)
  }

  /// Counts the merges a sync's output reports, and what they put right.
  func count(_ output: String) {
    for line in output.split(separator: "\n") {
      if line.contains(": merged with origin/main") { merges += 1 }
      guard line.hasPrefix("  - ") else { continue }
      let kind =
        [
          "moved in one copy", "removed in one copy", "set aside", "ranks stored", "present rather",
          "merged into issue", "removed or moved",
        ]
        .first { line.contains($0) } ?? "other"
      settled[kind, default: 0] += 1
    }
  }

  /// Syncs two clones at the same moment: one of them usually has to merge again.
  func syncTogether(_ first: Int, _ second: Int) throws {
    syncs += 2
    recent.append("clone\(first) and clone\(second) sync at once")
    let runs = try [first, second].map { clone in
      try PactBinary.start(
        ["--panel", panel(Self.panels[0], in: clone).path, "sync"],
        environment: environment(for: clone))
    }
    for (clone, run) in zip([first, second], runs) {
      let result = try run.waitForResult(timeout: 120)
      guard result.status == 0 else { throw failure("sync in clone\(clone): \(result.stderr)") }
      count(result.stdout)
    }
  }

  func failure(_ message: String) -> Failure {
    Failure(
      description: "seed \(seed): \(message)\nlast commands:\n" + recent.joined(separator: "\n"))
  }

  /// The panel's records as a clone holds them now.
  func records(_ panelName: String, in clone: Int) throws -> PanelRecords {
    try PanelService(at: panel(panelName, in: clone)).records()
  }

  // MARK: Random choices

  func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
  func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
  func pick<T>(_ items: [T]) -> T? {
    items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)]
  }

  /// A text no other command typed.
  func unique(_ prefix: String, clone: Int) -> String {
    counter += 1
    return "\(prefix) \(seed)-\(clone)-\(counter)"
  }
}
