import Foundation

/// The crime benchmark's cases: `pact crime import --panels` of a national month and of a
/// quarter of it, the same filter-and-count with polars and with pandas (measured taking
/// turns), and `pact status` on the ten-year panel with and without five years of figures.
struct CrimeCases {
  private(set) var items: [CaseItem] = []
  /// What each tool counted in the county's areas, checked once before timing.
  private(set) var check: String?

  init(
    _ crime: CrimeData?, pact: String, large: URL, root: URL, environment: [String: String],
    log: (String) -> Void
  ) throws {
    guard let crime else {
      for (command, label) in [
        ("pact crime import", CrimeData.monthLabel), ("pact status", "+5y crime"),
      ] {
        items.append(
          .skipped(Measurement(command: command, panel: label, note: "skipped: --skip-crime")))
      }
      return
    }
    let county = crime.county
    /// Each run imports afresh: the month's files are removed from every panel first.
    let clear: () throws -> Void = {
      let manager = FileManager.default
      for panel in try manager.contentsOfDirectory(atPath: county.path) {
        let folder = county.appendingPathComponent("\(panel)/crime")
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
      }
      sync()
    }
    func importCase(_ files: [URL], label: String) -> CaseItem {
      var benchCase = BenchCase(
        command: "pact crime import", panel: label, executable: pact,
        arguments: ["crime", "import"] + files.map(\.path) + ["--panels", county.path],
        environment: environment)
      benchCase.prepare = clear
      return .run(benchCase)
    }
    items.append(importCase(crime.files, label: CrimeData.monthLabel).grouped("crime import"))
    items.append(
      importCase(crime.quarterFiles, label: CrimeData.quarterLabel).grouped("crime import"))
    var counted: [String] = []
    try clear()
    let pactRun = try Command.run(
      pact, ["crime", "import", crime.month.path, "--panels", county.path, "--json"],
      environment: environment)
    counted.append("pact \(CrimeCases.pactCounted(pactRun.output))")
    for library in ["polars", "pandas"] {
      guard let python = PythonPeers.locate(library, log: log) else {
        items.append(
          .skipped(
            Measurement(
              command: "\(library) (Python)", panel: CrimeData.monthLabel,
              note: "skipped: \(library) is not available")))
        continue
      }
      // The interpreter itself, not a shim that starts a shell first.
      let real =
        (try? Command.run(python, ["-c", "import sys; print(sys.executable)"]))?.output
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? python
      let script = root.appendingPathComponent("\(library)_count.py")
      try Data(PythonPeers.script(library).utf8).write(to: script)
      let arguments =
        [script.path, crime.areas.path, root.appendingPathComponent("\(library)-counts.csv").path]
        + crime.files.map(\.path)
      let once = try Command.run(real, arguments, environment: environment)
      counted.append("\(library) \(CrimeCases.pythonCounted(once.output))")
      items.append(
        .run(
          BenchCase(
            command: "\(library) (Python)", panel: CrimeData.monthLabel, executable: real,
            arguments: arguments, environment: environment)
        ).grouped("crime import"))
    }
    check =
      "Crime:    \(crime.rows.grouped) rows in \(crime.files.count) files, "
      + String(format: "%.0f MB", Double(crime.bytes) / 1_048_576)
      + " (1/4: \(crime.quarterFiles.count) files, "
      + String(format: "%.0f MB", Double(crime.quarterBytes) / 1_048_576)
      + "), \(crime.countyPanels) panels; rows counted in their areas: "
      + counted.joined(separator: ", ")
    for (panel, label) in [(large, crime.withoutCrime), (crime.statusPanel, crime.withCrime)] {
      items.append(
        .run(
          BenchCase(
            command: "pact status", panel: label, executable: pact,
            arguments: ["--panel", panel.path, "status"], environment: environment)
        ).grouped("crime status"))
    }
  }

  /// The rows pact counted into the panels' areas, from its `--json` summary.
  static func pactCounted(_ output: String) -> String {
    guard let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
      let panels = json["panels"] as? [[String: Any]]
    else { return "failed: \(output.prefix(200))" }
    return panels.compactMap { $0["rows"] as? Int }.reduce(0, +).grouped
  }

  /// The rows a Python peer counted, from the JSON line it prints.
  static func pythonCounted(_ output: String) -> String {
    let line = output.split(separator: "\n").last.map(String.init) ?? ""
    guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
      let counted = json["counted"] as? Int
    else { return "failed: \(output.suffix(200))" }
    return counted.grouped
  }
}
