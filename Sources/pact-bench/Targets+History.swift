import Foundation

/// The whole-history targets: ahead of Taskwarrior, growing no faster than the records,
/// and instant on ten years.
extension Targets {
  /// The targets, each made by `target(name, missing, value, judge)`.
  func historyResults(
    target: (String, String, Double?, (Double) -> (String, Bool)) -> TargetResult
  ) -> [TargetResult] {
    func ratio(_ top: Double?, _ bottom: Double?) -> Double? {
      guard let top, let bottom else { return nil }
      return top / bottom
    }
    var results: [TargetResult] = []
    let nearest = [
      ("action list --all", "task all"), ("log", "task all"), ("export csv", "task export"),
    ]
    for (command, task) in nearest {
      let faster = ratio(median(task, labels.tasks), median("pact \(command)", labels.large))
      results.append(
        target("\(command) vs \(task)", "\(command) vs \(task)", faster) {
          ("\(Targets.format($0)) faster (need >= 2x)", $0 >= 2)
        })
    }
    for command in ["action list --all", "log", "export csv", "check"] {
      let growth = ratio(
        median("pact \(command)", labels.large), median("pact \(command)", labels.lastYear))
      results.append(
        target(
          "\(command) \(labels.large) vs \(labels.lastYear)", "\(command) growth", growth
        ) { ("\(Targets.format($0)) the time (need <= 10x)", $0 <= 10) })
    }
    for command in ["check", "log"] {
      results.append(
        target(
          "\(command) \(labels.large)", "\(command) on ten years",
          median("pact \(command)", labels.large)
        ) { ("\(ResultTable.milliseconds($0)) ms (need < 100 ms)", $0 < 100) })
    }
    return results
  }
}
