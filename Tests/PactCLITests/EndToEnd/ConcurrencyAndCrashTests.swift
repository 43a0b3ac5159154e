import Foundation
import PactTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Many pact processes writing one panel at once, and processes killed mid-write.
@Suite struct ConcurrencyAndCrashTests {
  @Test func tenNotesOnOneActionAtTheSameMomentAreAllKept() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let notes = (1...10).map { "Note number \($0) from the office" }
    let results = try PactBinary.runConcurrently(
      notes.map { ["action", "update", "AYZZ", "--note", $0, "--panel", panel.url.path] })
    for result in results {
      #expect(result.status == 0, "\(result.stderr)")
    }
    let shown = try panel.run(["action", "show", "AYZZ", "--json"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
    let updates = try #require(json["updates"] as? [[String: Any]])
    let kept = Set(updates.compactMap { $0["note"] as? String })
    #expect(kept.isSuperset(of: notes))
  }

  /// Processes killed at random moments of their writes leave every file readable and no
  /// lock held. Seeded, so a failure can be repeated.
  @Test func aProcessKilledMidWriteLeavesThePanelReadable() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    var generator = SplitMix64(seed: 20_240_601)
    for round in 0..<6 {
      var running: [RunningProcess] = []
      for index in 0..<6 {
        let arguments: [String] =
          switch index % 3 {
          case 0: ["action", "update", "AYZZ", "--note", "Round \(round) note \(index)"]
          case 1: ["issue", "add", "Concern \(round)-\(index)"]
          default: ["member", "add", "Volunteer \(round)-\(index)"]
          }
        running.append(try PactBinary.start(arguments + ["--panel", panel.url.path]))
      }
      for process in running {
        usleep(UInt32.random(in: 0...40_000, using: &generator))
        kill(process.process.processIdentifier, SIGKILL)
      }
      for process in running {
        let result = try process.waitForResult(timeout: 30)
        #expect([0, 1, -9, 9, 137].contains(result.status), "\(result)")
      }
      // Every file still parses: the whole panel loads and the log prints.
      let log = try panel.run(["log", "--json"])
      #expect(log.status == 0, "round \(round): \(log.stderr)")
      // No lock is left held: a writer gets in at once rather than waiting 10 seconds.
      let started = Date()
      let write = try panel.run(["issue", "add", "After round \(round)"])
      #expect(write.status == 0, "\(write.stderr)")
      #expect(Date().timeIntervalSince(started) < 8)
    }
  }

  @Test func aWriterWaitsForAnotherProcessThenGoesOn() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    // Hold the panel's lock from this process for a moment, as another pact would.
    let lockPath = panel.url.appendingPathComponent(".pact/lock").path
    try FileManager.default.createDirectory(
      at: panel.url.appendingPathComponent(".pact"), withIntermediateDirectories: true)
    let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_EX) == 0)
    let waiting = try PactBinary.start(
      ["issue", "add", "Held up", "--panel", panel.url.path])
    usleep(500_000)
    #expect(waiting.process.isRunning)
    flock(descriptor, LOCK_UN)
    let result = try waiting.waitForResult(timeout: 15)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
