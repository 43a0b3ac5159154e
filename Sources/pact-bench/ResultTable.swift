import Foundation

/// One of SPEC.md's speed targets, judged from the measurements.
struct TargetResult {
  var name: String
  /// The measured figure against what is needed.
  var detail: String
  /// PASS, FAIL, or n/a when a measurement is missing.
  var verdict: String
}

/// The plain-text report: one row per measurement, then the targets; under 80 columns.
struct ResultTable {
  var measurements: [Measurement]
  var targets: [TargetResult]

  private static let widths = [24, 12, 9, 17, 8]

  func render() -> String {
    var lines = [
      row(["command", "panel", "median ms", "min-max ms", "peak MB"]),
      String(repeating: "-", count: ResultTable.widths.reduce(0, +) + ResultTable.widths.count - 1),
    ]
    for measurement in measurements {
      guard let median = measurement.median, let low = measurement.times.first,
        let high = measurement.times.last, let peak = measurement.peakMegabytes
      else {
        lines.append(row([measurement.command, measurement.panel, "-", "-", "-"]))
        lines.append("    \(measurement.note ?? "not measured")")
        continue
      }
      lines.append(
        row([
          measurement.command, measurement.panel, ResultTable.milliseconds(median),
          "\(ResultTable.milliseconds(low))-\(ResultTable.milliseconds(high))",
          String(format: "%.1f", peak),
        ]))
      if let note = measurement.note { lines.append("    \(note)") }
    }
    lines.append("")
    lines.append("Targets (SPEC.md \"Scale and speed\")")
    // As wide as the longest name: a name cut short could be mistaken for another.
    let nameWidth = max(32, (targets.map(\.name.count).max() ?? 0) + 1)
    for target in targets {
      let name = target.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      let detail = target.detail.padding(toLength: 38, withPad: " ", startingAt: 0)
      lines.append("  \(name)\(detail) \(target.verdict)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func row(_ cells: [String]) -> String {
    zip(cells, ResultTable.widths).enumerated().map { index, pair in
      let (cell, width) = pair
      let padding = String(repeating: " ", count: max(0, width - cell.count))
      // The first two columns are text, left-aligned; the figures are right-aligned.
      return index < 2 ? cell + padding : padding + cell
    }.joined(separator: " ")
  }

  static func milliseconds(_ value: Double) -> String {
    String(format: value < 100 ? "%.1f" : "%.0f", value)
  }
}
