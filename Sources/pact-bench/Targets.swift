import Foundation

/// The four targets of issue 7, judged from the measurements of one run.
struct Targets {
  let measurements: [Measurement]
  let labels: PanelLabels

  private func median(_ command: String, _ panel: String) -> Double? {
    measurements.first { $0.command == command && $0.panel == panel }?.median
  }

  private static func format(_ ratio: Double) -> String { String(format: "%.2fx", ratio) }

  var results: [TargetResult] {
    let status = median("pact status", labels.large)
    let statusLastYear = median("pact status", labels.lastYear)
    let next = median("task next", labels.tasks)
    let report = median("pact report COUNTY", labels.county)
    let pactImport = median("pact import FILE.csv", labels.spreadsheet)
    let taskImport = median("task import FILE.json", labels.tasks)
    var results: [TargetResult] = []

    if let status, let next {
      let ratio = next / status
      results.append(
        TargetResult(
          name: "status \(labels.large) vs task next",
          detail: "\(Targets.format(ratio)) faster (need >= 4x)",
          verdict: ratio >= 4 ? "PASS" : "FAIL"))
    } else {
      results.append(
        TargetResult(name: "status vs task next", detail: "not measured", verdict: "n/a"))
    }
    if let status, let statusLastYear {
      let ratio = status / statusLastYear
      results.append(
        TargetResult(
          name: "status \(labels.large) vs \(labels.lastYear)",
          detail: "\(Targets.format(ratio)) the time (need <= 1.5x)",
          verdict: ratio <= 1.5 ? "PASS" : "FAIL"))
    } else {
      results.append(
        TargetResult(name: "status large vs last year", detail: "not measured", verdict: "n/a"))
    }
    if let report {
      results.append(
        TargetResult(
          name: "report over \(labels.county)",
          detail: "\(ResultTable.milliseconds(report)) ms (need < 2000 ms)",
          verdict: report < 2000 ? "PASS" : "FAIL"))
    } else {
      results.append(
        TargetResult(name: "report over county", detail: "not measured", verdict: "n/a"))
    }
    if let pactImport, let taskImport {
      let ratio = pactImport / taskImport
      results.append(
        TargetResult(
          name: "import \(labels.spreadsheet) vs task",
          detail: "\(Targets.format(ratio)) task's time (need <= 1x)",
          verdict: ratio <= 1 ? "PASS" : "FAIL"))
    } else {
      results.append(
        TargetResult(name: "import vs task import", detail: "not measured", verdict: "n/a"))
    }
    return results
  }
}
