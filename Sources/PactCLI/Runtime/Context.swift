import Foundation
import PactCore

/// What a command may know of the world outside: its environment, where it runs, where
/// its output goes, and what day it is. Tests make their own.
struct Context: Sendable {
  var environment: [String: String]
  var currentDirectory: URL
  var stdout: TextOutput
  var stderr: TextOutput
  /// Whether standard output is a terminal (colour is used only then).
  var isTerminal: Bool
  /// The real date, used when `PACT_TODAY` is not set.
  var clock: @Sendable () -> Date
  /// This program's own executable, which `pact sync` registers as git's merge driver.
  var executable: URL? = nil
  /// Whether the process ends as soon as the command does (the real process, not a test
  /// running commands one after another), so that what a command read may be left for
  /// the exit to free (`Invocation.leaveToExit`).
  var exitsAfterCommand = false

  /// The terminal's width: `COLUMNS`, else 80.
  var width: Int {
    if let text = environment["COLUMNS"], let columns = Int(text), columns >= 20 {
      return min(columns, 400)
    }
    return 80
  }

  /// Whether to colour output: on a terminal, and never when `NO_COLOR` is set or the
  /// terminal says it cannot (`TERM=dumb`).
  var useColor: Bool {
    isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// The clock PactCore is handed: `PACT_TODAY` when set (tests, back-filling), else the
  /// real clock's local day. This is the only place pact reads the date.
  func panelClock() throws -> PanelClock {
    if let text = environment["PACT_TODAY"], !text.isEmpty {
      guard let day = Day(text) else {
        throw UsageError(
          message: "PACT_TODAY is '\(text)', which is not a date written YYYY-MM-DD", path: [])
      }
      return .fixed(day)
    }
    let clock = self.clock
    return PanelClock { Day(date: clock()) }
  }

  /// Where new record ids come from: the system's randomness, or, when `PACT_ID_SEED` is
  /// set (the sample panels, tests), a sequence seeded by it and by the command as typed
  /// (without the panel's folder, which differs from run to run), so that a script run
  /// again gives the same ids.
  func ids(for command: String) -> IDGenerator {
    guard let text = environment["PACT_ID_SEED"], let seed = UInt64(text) else {
      return IDGenerator()
    }
    // FNV-1a of the command: each command draws its own sequence, so ids do not repeat
    // across kinds of record.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in command.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return IDGenerator(seed: seed ^ hash)
  }

  /// The real process's context.
  static func live() -> Context {
    Context(
      environment: ProcessInfo.processInfo.environment,
      currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      stdout: TextOutput(FileHandle.standardOutput),
      stderr: TextOutput(FileHandle.standardError),
      isTerminal: isatty(STDOUT_FILENO) == 1,
      clock: { Date() },
      executable: Bundle.main.executableURL, exitsAfterCommand: true)
  }
}
