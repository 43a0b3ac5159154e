import Foundation
import PactTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// pact killed (SIGKILL), interrupted (SIGINT) or stopped (SIGTERM) at seeded random
/// moments of a 5,000-row import and of `action done`: afterwards the panel is exactly as
/// before or exactly as after, `check` is clean, and `undo` undoes the change if it was
/// made and the change before it if not.
@Suite(.serialized) struct SignalTests {
  static let signals: [(name: String, number: Int32)] = [
    ("SIGKILL", SIGKILL), ("SIGINT", SIGINT), ("SIGTERM", SIGTERM),
  ]

  /// A folder holding the spreadsheet and one copy of the panel per round, each with one
  /// change made already (so that undo has something to go back to).
  struct Rounds {
    let directory: TemporaryDirectory
    let environment = ["PACT_ID_SEED": "4242"]

    init() throws {
      directory = try TemporaryDirectory()
      var csv = "Action,Lead agency,Owner,Due date,Date raised,Status,Progress\n"
      for row in 0..<5_000 {
        let lead = ["police", "council", "highways"][row % 3]
        let month = String(format: "%02d", 1 + row % 5)
        csv +=
          "Task \(row) for the spring,\(lead),Officer \(row % 40),30/06/2024,"
          + "\(10 + row % 18)/\(month)/2024,\(row % 7 == 0 ? "In progress" : "Open"),"
          + "Noted at row \(row)\n"
      }
      try Data(csv.utf8).write(to: directory.url.appendingPathComponent("log.csv"))
    }

    /// A new copy of the panel named `name`, with one change made: its files before that
    /// change and before the next.
    func panel(_ name: String) throws -> (first: [String: Data], before: [String: Data]) {
      let folder = directory.url.appendingPathComponent(name)
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent(
          "Fixtures/\(FixturePanel.boroughGreen)"),
        to: folder)
      let first = try files(name)
      let made = try run(name, ["issue", "add", "Litter by the shops"])
      #expect(made.status == 0, "\(made.stderr)")
      return (first, try files(name))
    }

    func start(_ name: String, _ arguments: [String]) throws -> RunningProcess {
      try PactBinary.start(
        ["--panel", name] + arguments, environment: environment,
        currentDirectory: directory.url)
    }

    func run(_ name: String, _ arguments: [String]) throws -> ProcessResult {
      try start(name, arguments).waitForResult(timeout: 120)
    }

    /// The panel's files but pact's own.
    func files(_ name: String) throws -> [String: Data] {
      try fileTree(directory.url.appendingPathComponent(name)).filter {
        !$0.key.hasPrefix(".pact/")
      }
    }

    /// What is left in `.pact`: staged files and a change under way.
    func leftovers(_ name: String) -> [String] {
      let own = directory.url.appendingPathComponent(name).appendingPathComponent(".pact")
      let staged =
        (try? FileManager.default.contentsOfDirectory(
          atPath: own.appendingPathComponent("tmp").path)) ?? []
      let intent =
        FileManager.default.fileExists(atPath: own.appendingPathComponent("intent.json").path)
        ? ["intent.json"] : []
      return staged + intent
    }
  }

  /// Runs `arguments` on copies of the panel, stopped by each signal at seeded moments
  /// within `window` seconds of its start, and checks each copy afterwards. Without a
  /// window, each is stopped once its change is under way (files staged or an intent
  /// record written), within half the time the command took unstopped: the moments then
  /// fall part-way through however fast the machine, or loaded, is.
  private func interrupt(
    _ arguments: [String], window: Double? = nil, rounds: Int, seed: UInt64,
    minimumStopped: Int
  ) throws {
    let setting = try Rounds()
    defer { setting.directory.remove() }
    _ = try setting.panel("reference")
    let started = Date()
    let made = try setting.run("reference", arguments)
    let afterStart = window == nil
    let window = window ?? Date().timeIntervalSince(started) / 2
    #expect(made.status == 0, "\(made.stderr)")
    let after = try setting.files("reference")
    var generator = SplitMix64(seed: seed)
    var stoppedBefore = 0
    for (signalName, signal) in Self.signals {
      for round in 0..<rounds {
        let name = "\(signalName)-\(round)"
        let (first, before) = try setting.panel(name)
        #expect(after != before)
        let process = try setting.start(name, arguments)
        if afterStart { waitForAChangeUnderWay(name, in: setting, process: process) }
        let delay = Double(UInt32.random(in: 0...1_000, using: &generator)) / 1_000 * window
        usleep(UInt32(delay * 1_000_000))
        kill(process.process.processIdentifier, signal)
        _ = try process.waitForResult(timeout: 120)
        // The next command settles whatever was left; check is clean.
        let check = try setting.run(name, ["check"])
        #expect(check.status == 0, "\(name) after \(delay)s: \(check.stderr)")
        #expect(setting.leftovers(name).isEmpty, "\(name): \(setting.leftovers(name))")
        let settled = try setting.files(name)
        #expect(settled == before || settled == after, "\(name) after \(delay)s: half made")
        if settled == before { stoppedBefore += 1 }
        let undo = try setting.run(name, ["undo"])
        #expect(undo.status == 0, "\(name): \(undo.stderr)")
        #expect(try setting.files(name) == (settled == after ? before : first), "\(name)")
      }
    }
    // Enough of the runs were stopped part-way to have tried the rollback.
    #expect(stoppedBefore >= minimumStopped, "only \(stoppedBefore) runs stopped part-way")
  }

  /// Waits until the panel `name` has a change under way, or the process has ended (or a
  /// minute has passed, which the checks after will show).
  private func waitForAChangeUnderWay(
    _ name: String, in setting: Rounds, process: RunningProcess
  ) {
    let deadline = Date().addingTimeInterval(60)
    while setting.leftovers(name).isEmpty, process.process.isRunning, Date() < deadline {
      usleep(1_000)
    }
  }

  @Test func aLargeImportStoppedAtAnyMomentIsAllOrNothing() throws {
    try interrupt(["import", "log.csv"], rounds: 3, seed: 20_240_601, minimumStopped: 3)
  }

  @Test func actionDoneStoppedAtAnyMomentIsAllOrNothing() throws {
    try interrupt(
      ["action", "done", "AYZZ", "--outcome", "Held every Friday in May"], window: 0.06,
      rounds: 4, seed: 77, minimumStopped: 1)
  }
}
