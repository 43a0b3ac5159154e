import Foundation

/// The crime figures' targets (SPEC.md, "Crime and anti-social behaviour data"), judged
/// from the same run.
extension Targets {
  private func peak(_ command: String, _ panel: String) -> Double? {
    measurements.first { $0.command == command && $0.panel == panel }?.peakMegabytes
  }

  var crimeResults: [TargetResult] {
    var results: [TargetResult] = []
    let month = CrimeData.monthLabel
    if let pact = median("pact crime import", month), let polars = median("polars (Python)", month)
    {
      results.append(
        TargetResult(
          name: "crime import vs polars",
          detail: "\(Targets.format(polars / pact)) faster (need > 1x)",
          verdict: pact < polars ? "PASS" : "FAIL"))
    } else {
      results.append(
        TargetResult(name: "crime import vs polars", detail: "not measured", verdict: "n/a"))
    }
    if let whole = peak("pact crime import", month),
      let quarter = peak("pact crime import", CrimeData.quarterLabel)
    {
      results.append(
        TargetResult(
          name: "crime import memory, 1 vs 1/4",
          detail: String(format: "%.1f vs %.1f MB (need <= 1.25x)", whole, quarter),
          verdict: whole <= quarter * 1.25 ? "PASS" : "FAIL"))
    }
    func status(_ suffix: String) -> Double? {
      measurements.first { $0.command == "pact status" && $0.panel.hasSuffix(suffix) }?.median
    }
    if let with = status(CrimeData.withCrimeSuffix),
      let without = status(CrimeData.withoutCrimeSuffix)
    {
      results.append(
        TargetResult(
          name: "status with 5y crime vs none",
          detail: "\(Targets.format(with / without)) the time (need <= 1.10x)",
          verdict: with <= without * 1.1 ? "PASS" : "FAIL"))
    }
    return results
  }
}
