import Foundation
import PactCore
import PactTestSupport
import Testing

/// Four clones of a borough repository make hundreds of random changes each and sync at
/// random moments; at the end every clone holds the same files, every note typed anywhere
/// is there, no record holds conflict markers, the top three are three at most with
/// distinct ranks, and `pact check` is clean.
///
/// `PACT_SYNC_SEEDS` (comma-separated) and `PACT_SYNC_STEPS` (changes per clone) size it;
/// CI runs the defaults.
@Suite struct SyncSimulationTests {
  static let seeds: [UInt64] = {
    let text = ProcessInfo.processInfo.environment["PACT_SYNC_SEEDS"] ?? "11,23,37"
    return text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
  }()

  static let steps: Int = {
    Int(ProcessInfo.processInfo.environment["PACT_SYNC_STEPS"] ?? "") ?? 200
  }()

  @Test(arguments: seeds)
  func clonesConverge(seed: UInt64) throws {
    let simulation = try SyncSimulation(seed: seed)
    let started = Date()
    try simulation.run(steps: Self.steps)
    let seconds = Date().timeIntervalSince(started)
    print(
      "sync simulation, seed \(seed): \(simulation.commands) pact commands "
        + "(\(simulation.refusals) refused), \(simulation.syncs) syncs, "
        + "\(simulation.merges) merges, settled \(simulation.settled.sorted { $0.key < $1.key }), "
        + String(format: "%.0f s", seconds))
    #expect(simulation.merges > 10, "the clones hardly ever merged")
    #expect(simulation.settled["moved in one copy", default: 0] > 0, "no record moved in two ways")

    for name in SyncSimulation.panels {
      let trees = try (0..<SyncSimulation.clones).map { clone in
        try fileTree(simulation.panel(name, in: clone)).filter { !$0.key.hasPrefix(".pact/") }
      }
      for clone in 1..<trees.count {
        #expect(trees[clone] == trees[0], "\(name): clone\(clone) differs from clone0")
      }
      let files = trees[0]
      let marked = files.filter { _, data in
        String(decoding: data, as: UTF8.self).split(separator: "\n").contains {
          $0.hasPrefix("<<<<<<<") || $0.hasPrefix(">>>>>>>") || $0.hasPrefix("=======")
        }
      }
      #expect(marked.isEmpty, "conflict markers in \(marked.keys.sorted())")

      let records = try simulation.records(name, in: 0)
      let kept = Set(records.actions.flatMap { $0.updates.compactMap(\.note) })
      let lost = simulation.notes[name, default: []].subtracting(kept)
      #expect(lost.isEmpty, "\(name): notes lost: \(lost.sorted().prefix(5))")
      #expect(simulation.notes[name, default: []].count > (name == "bgwp" ? 50 : 0))
      let missing = simulation.added[name, default: []].subtracting(records.actions.map(\.id))
      #expect(missing.isEmpty, "\(name): actions lost: \(missing.sorted())")

      let active = records.priorities.filter(\.isActive)
      #expect(active.count <= 3, "\(name): \(active.count) active priorities")
      let ranks = active.compactMap(\.rank)
      #expect(ranks.count == active.count && Set(ranks).count == ranks.count)

      let check = try PactBinary.run(
        ["--panel", simulation.panel(name, in: 0).path, "check"],
        environment: simulation.environment(for: 0))
      #expect(check.status == 0, "\(name): pact check: \(check.stderr)")
    }
    // What a chair reading the history sees, for people to read (PACT_SYNC_LOG=FILE).
    if let path = ProcessInfo.processInfo.environment["PACT_SYNC_LOG"], !path.isEmpty {
      let log = try simulation.git(
        ["log", "--graph", "--format=%h %an, %ad: %s", "--date=short", "-n", "60"],
        in: simulation.clone(0))
      try Data(log.utf8).write(to: URL(fileURLWithPath: "\(path).\(seed)"))
    }
    for clone in 0..<SyncSimulation.clones {
      let status = try simulation.git(["status", "--porcelain"], in: simulation.clone(clone))
      #expect(status.isEmpty, "clone\(clone) has uncommitted files: \(status)")
    }
  }
}
