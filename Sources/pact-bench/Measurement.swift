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
  /// Cases next to each other in the list with the same group are measured together, their
  /// runs taking turns (`CaseRunner`).
  var group: String?
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
///
/// Cases compared with each other (status on the two panels and `task next`; the two
/// imports) are measured together, their timed runs taking turns, so that the machine
/// slowing down for a while slows each of them alike.
struct CaseRunner {
  let runs: Int
  let spawner: SpawnClient
  var budgetSeconds = 300.0
  /// Where each run's standard output and error go.
  let outputFolder: String

  func measure(_ benchCase: BenchCase, log: (String) -> Void) -> Measurement {
    measure([benchCase], log: log)[0]
  }

  /// Measures `cases` together: a warm-up run of each, then rounds of one timed run of each.
  func measure(_ cases: [BenchCase], log: (String) -> Void) -> [Measurement] {
    var measurements = cases.map { Measurement(command: $0.command, panel: $0.panel) }
    /// Timed runs still to make, by case; nil once a case has failed or is done.
    var planned: [Int?] = Array(repeating: runs, count: cases.count)
    for (index, benchCase) in cases.enumerated() {
      log("timing \(benchCase.command) (\(benchCase.panel)) ...")
      guard let run = self.run(benchCase, into: &measurements[index]) else {
        planned[index] = nil
        continue
      }
      // The first run warms the page cache and lets Taskwarrior tidy its files.
      let seconds = Int(run.milliseconds / 1000)
      if run.milliseconds > budgetSeconds * 500 {
        // Too slow to repeat: the warm-up run is the only one.
        measurements[index].runs = [run]
        measurements[index].note = "one run only, with no warm-up: it takes \(seconds) s"
        planned[index] = nil
      } else if run.milliseconds * Double(runs) > budgetSeconds * 1000 {
        let count = max(1, Int(budgetSeconds * 1000 / run.milliseconds))
        planned[index] = count
        measurements[index].note = "only \(count) timed runs: one takes \(seconds) s"
      }
    }
    while planned.contains(where: { ($0 ?? 0) > 0 }) {
      for (index, benchCase) in cases.enumerated() {
        guard let left = planned[index], left > 0 else { continue }
        if let run = self.run(benchCase, into: &measurements[index]) {
          measurements[index].runs.append(run)
          planned[index] = left - 1
        } else {
          planned[index] = nil
        }
      }
    }
    return measurements
  }

  /// One run of `benchCase`, or nil after noting in `measurement` why it failed (and
  /// dropping its runs).
  private func run(_ benchCase: BenchCase, into measurement: inout Measurement) -> ProcessRun? {
    let stdout = "\(outputFolder)/stdout.txt"
    let stderr = "\(outputFolder)/stderr.txt"
    do {
      try benchCase.prepare()
      let run = try spawner.run(
        benchCase.executable, benchCase.arguments, environment: benchCase.environment,
        stdout: stdout, stderr: stderr)
      guard run.exitStatus == 0 else {
        let message = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
        let firstLine = message.split(separator: "\n").first.map(String.init) ?? ""
        measurement.note = "failed (exit \(run.exitStatus)): \(firstLine)"
        measurement.runs = []
        return nil
      }
      return run
    } catch {
      measurement.note = "failed: \(error)"
      measurement.runs = []
      return nil
    }
  }
}
