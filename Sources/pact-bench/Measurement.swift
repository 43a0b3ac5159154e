import Foundation

/// What is timed: one command on one panel, with anything to do before each run.
struct BenchCase {
  var command: String
  var panel: String
  var executable: String
  var arguments: [String]
  var environment: [String: String]
  /// Untimed work before every run (a fresh panel to import into).
  var prepare: () throws -> Void = {}
}

/// The timed runs of one case, or why it has none.
struct Measurement {
  var command: String
  var panel: String
  var runs: [ProcessRun] = []
  /// Why the case was skipped or failed.
  var note: String?

  var times: [Double] { runs.map(\.milliseconds).sorted() }

  var median: Double? {
    let times = times
    guard !times.isEmpty else { return nil }
    let middle = times.count / 2
    return times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
  }

  var peakMegabytes: Double? {
    runs.map(\.peakBytes).max().map { Double($0) / 1_048_576 }
  }
}

/// Runs each case once untimed, then `runs` times timed (fewer when one run is so slow
/// that they would take more than `budgetSeconds`; the note says so).
struct CaseRunner {
  let runs: Int
  let spawner: SpawnClient
  var budgetSeconds = 300.0
  /// Where each run's standard output and error go.
  let outputFolder: String

  func measure(_ benchCase: BenchCase, log: (String) -> Void) -> Measurement {
    var measurement = Measurement(command: benchCase.command, panel: benchCase.panel)
    log("timing \(benchCase.command) (\(benchCase.panel)) ...")
    let stdout = "\(outputFolder)/stdout.txt"
    let stderr = "\(outputFolder)/stderr.txt"
    do {
      var planned = runs
      var index = 0
      while index <= planned {
        try benchCase.prepare()
        let run = try spawner.run(
          benchCase.executable, benchCase.arguments, environment: benchCase.environment,
          stdout: stdout, stderr: stderr)
        guard run.exitStatus == 0 else {
          let message = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
          let firstLine = message.split(separator: "\n").first.map(String.init) ?? ""
          measurement.note = "failed (exit \(run.exitStatus)): \(firstLine)"
          measurement.runs = []
          return measurement
        }
        // The first run warms the page cache and lets Taskwarrior tidy its files.
        let seconds = Int(run.milliseconds / 1000)
        if index > 0 {
          measurement.runs.append(run)
        } else if run.milliseconds > budgetSeconds * 500 {
          // Too slow to repeat: the warm-up run is the only one.
          measurement.runs = [run]
          measurement.note = "one run only, with no warm-up: it takes \(seconds) s"
          return measurement
        } else if run.milliseconds * Double(runs) > budgetSeconds * 1000 {
          planned = max(1, Int(budgetSeconds * 1000 / run.milliseconds))
          measurement.note = "only \(planned) timed runs: one takes \(seconds) s"
        }
        index += 1
      }
    } catch {
      measurement.note = "failed: \(error)"
      measurement.runs = []
    }
    return measurement
  }
}
