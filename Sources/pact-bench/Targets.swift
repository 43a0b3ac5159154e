import Foundation

/// The targets of SPEC.md's "Scale and speed", judged from the measurements of one run.
struct Targets {
  let measurements: [Measurement]
  let labels: PanelLabels

  func median(_ command: String, _ panel: String) -> Double? {
    measurements.first { $0.command == command && $0.panel == panel }?.median
  }

  static func format(_ ratio: Double) -> String { String(format: "%.2fx", ratio) }

  var results: [TargetResult] {
    let status = median("pact status", labels.large)
    let statusLastYear = median("pact status", labels.lastYear)
    let next = median("task next", labels.tasks)
    let report = median("pact report COUNTY", labels.county)
    let pactImport = median("pact import FILE.csv", labels.spreadsheet)
    let taskImport = median("task import FILE.json", labels.tasks)
    /// A target judged from `value`, or "not measured" (named `missing`) without one.
    func target(
      _ name: String, missing: String, _ value: Double?, _ judge: (Double) -> (String, Bool)
    ) -> TargetResult {
      guard let value else {
        return TargetResult(name: missing, detail: "not measured", verdict: "n/a")
      }
      let (detail, met) = judge(value)
      return TargetResult(name: name, detail: detail, verdict: met ? "PASS" : "FAIL")
    }
    func ratio(_ top: Double?, _ bottom: Double?) -> Double? {
      guard let top, let bottom else { return nil }
      return top / bottom
    }
    return [
      target(
        "status \(labels.large) vs task next", missing: "status vs task next", ratio(next, status)
      ) {
        ("\(Targets.format($0)) faster (need >= 4x)", $0 >= 4)
      },
      target(
        "status \(labels.large) vs \(labels.lastYear)", missing: "status large vs last year",
        ratio(status, statusLastYear)
      ) { ("\(Targets.format($0)) the time (need <= 1.5x)", $0 <= 1.5) },
      target("report over \(labels.county)", missing: "report over county", report) {
        ("\(ResultTable.milliseconds($0)) ms (need < 1000 ms)", $0 < 1000)
      },
      target(
        "report, first run", missing: "report, first run",
        median("pact report COUNTY (no cache)", labels.county)
      ) {
        ("\(ResultTable.milliseconds($0)) ms (need < 1000 ms)", $0 < 1000)
      },
      target(
        "import \(labels.spreadsheet) vs task", missing: "import vs task import",
        ratio(taskImport, pactImport)
      ) { ("\(Targets.format($0)) faster (need >= 2x)", $0 >= 2) },
    ] + historyResults(target: target) + crimeResults
  }
}
