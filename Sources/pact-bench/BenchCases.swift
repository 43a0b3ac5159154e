import Foundation
import PactCore

/// A case to time, or one that cannot be (with the reason in its measurement's note).
enum CaseItem {
  case run(BenchCase)
  case skipped(Measurement)
}

extension CaseItem {
  /// The command the case times, as the table names it.
  var command: String {
    switch self {
    case .run(let benchCase): benchCase.command
    case .skipped(let measurement): measurement.command
    }
  }

  /// The case, to be measured together with the cases next to it in the same group.
  func grouped(_ group: String) -> CaseItem {
    guard case .run(var benchCase) = self else { return self }
    benchCase.group = group
    return .run(benchCase)
  }
}

/// The panel labels the table uses, so that the targets can find their rows.
struct PanelLabels {
  var large: String
  var lastYear: String
  var county: String
  var spreadsheet: String
  var tasks: String
}

/// Every command timed, in the order of the table.
struct BenchCases {
  private(set) var all: [CaseItem] = []
  /// What the crime cases counted, checked before timing.
  private(set) var crimeCheck: String?
  let pactVersion: String
  let labels: PanelLabels

  init(benchmark: Benchmark, pact: String, data: GeneratedData, taskwarrior: Taskwarrior?) throws {
    let root = benchmark.root
    let environment = [
      "PATH": "/usr/bin:/bin", "HOME": root.path, "LANG": "C.UTF-8", "TZ": "UTC",
      "PACT_TODAY": BenchSizes.today, "NO_COLOR": "1",
    ]
    let version = try? Command.run(pact, ["--version"], environment: environment)
    pactVersion = version?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    let large = data.largeShape
    let lastYear = data.lastYearShape
    labels = PanelLabels(
      large: "\(large.months / 12)y \(large.totalActions.grouped)",
      lastYear: "\(lastYear.months / 12)y \(lastYear.totalActions.grouped)",
      county: "\(benchmark.sizes.countyPanels) panels",
      spreadsheet: "\(large.totalActions.grouped) rows",
      tasks: "\(large.totalActions.grouped) tasks")

    func supports(_ command: String) -> Bool {
      (try? Command.run(pact, ["help", command], environment: environment))?.status == 0
    }
    func pactCase(_ command: [String], panel: URL, label: String) -> CaseItem {
      let name = "pact " + command.joined(separator: " ")
      guard let first = command.first, supports(first) else {
        return .skipped(
          Measurement(
            command: name, panel: label, note: "skipped: this pact has no `\(command[0])` yet"))
      }
      return .run(
        BenchCase(
          command: name, panel: label, executable: pact,
          arguments: ["--panel", panel.path] + command, environment: environment))
    }

    let panels = [(data.large, labels.large), (data.lastYear, labels.lastYear)]
    // The cases each target compares are measured together (see CaseRunner).
    for (url, label) in panels {
      all.append(pactCase(["status"], panel: url, label: label).grouped("status"))
    }
    let task = try BenchCases.taskQueries(
      taskwarrior, data: data, root: root, label: labels.tasks)
    all.append(task("task next", ["next"]).grouped("status"))
    // Each whole-history command beside Taskwarrior's nearest: `task all` lists every task
    // as `action list --all` and `log` do, `task export` writes them all out.
    let nearest = [
      "action list --all": ("task all", ["all"]), "export csv": ("task export", ["export"]),
    ]
    let commands = [
      ["action", "list"], ["action", "list", "--all"], ["log"], ["export", "csv"],
      ["newsletter"], ["check"],
    ]
    for command in commands {
      let group = command.joined(separator: " ")
      for (url, label) in panels {
        all.append(pactCase(command, panel: url, label: label).grouped(group))
      }
      if let (name, arguments) = nearest[group] { all.append(task(name, arguments).grouped(group)) }
    }
    // pact keeps its copies of record files, and the report's index, in the cache folder
    // under HOME (the benchmark's root): these cases run as a first command does, without.
    let cache = root.appendingPathComponent(".cache/pact")
    for command in [["log"], ["check"]] {
      all.append(
        BenchCases.withoutCache(
          pactCase(command, panel: data.large, label: labels.large), cache: cache))
    }
    if supports("sync") {
      all.append(
        try SyncCase.make(
          pact: pact, panel: data.large, root: root, label: labels.large,
          environment: environment, log: benchmark.log))
    }
    if let county = data.county {
      var report = pactCase(["report", county.path], panel: county, label: labels.county)
      if case .run(var benchCase) = report {
        benchCase.command = "pact report COUNTY"
        benchCase.arguments = ["report", county.path]
        report = .run(benchCase)
      }
      all.append(report)
      all.append(BenchCases.withoutCache(report, cache: cache))
      if !benchmark.options.skipSite, supports("site") {
        all += BenchCases.site(
          pact: pact, county: county, root: root, label: labels.county, environment: environment)
      }
    } else {
      all.append(
        .skipped(
          Measurement(
            command: "pact report COUNTY", panel: labels.county,
            note: "skipped: --skip-county")))
    }
    all.append(
      BenchCases.pactImport(
        pactCase(
          ["import", data.spreadsheet.path, "--create-agencies"],
          panel: root.appendingPathComponent("import-panel"), label: labels.spreadsheet),
        panel: root.appendingPathComponent("import-panel"), today: benchmark.today
      ).grouped("import"))
    all.append(
      try BenchCases.taskImport(taskwarrior, data: data, root: root, label: labels.tasks)
        .grouped("import"))
    let crime = try CrimeCases(
      data.crime, pact: pact, large: data.large, root: root, environment: environment,
      log: benchmark.log)
    all += crime.items
    crimeCheck = crime.check
  }

  /// `pact import` into a fresh, empty panel for each run.
  ///
  /// The last run's panel is moved aside, not removed: on this machine's ext4, creating
  /// 10,000 files just after removing 10,000 others takes several times as long (a Python
  /// loop of `open`, `write` and `rename` shows the same), and that is no part of an
  /// import. The panels moved aside go with the benchmark's folder.
  private static func pactImport(_ item: CaseItem, panel: URL, today: Day) -> CaseItem {
    guard case .run(var benchCase) = item else { return item }
    benchCase.command = "pact import FILE.csv"
    let runs = RunCounter()
    benchCase.prepare = {
      try runs.moveAside(panel)
      let fresh = try PanelRecords.new(
        name: "Import PACT", areas: ["Borough Green"], partnership: nil, policeForce: nil,
        today: today)
      try PanelService.create(at: panel, records: fresh)
      // The import flushes the disk once (`sync`); the fresh panel is flushed here, so that
      // the run timed pays for its own writes only.
      sync()
    }
    return .run(benchCase)
  }

  /// How many runs a case has made, for the names of what it moves aside.
  private final class RunCounter {
    var count = 0

    /// Moves whatever is at `url` aside, to `NAME-runN` beside it (`NAME-TAG-runN` with a
    /// tag), N counting the runs that moved something.
    func moveAside(_ url: URL, tag: String = "") throws {
      let manager = FileManager.default
      guard manager.fileExists(atPath: url.path) else { return }
      count += 1
      let name = url.lastPathComponent + (tag.isEmpty ? "" : "-" + tag) + "-run\(count)"
      try manager.moveItem(
        at: url, to: url.deletingLastPathComponent().appendingPathComponent(name))
    }
  }

  /// A command as it first runs on a panel or a county (a fresh clone, say): nothing in
  /// the user's cache folder yet, neither copies of record files nor the report's index.
  ///
  /// The cache folder is moved aside, not removed, as `pactImport`'s panels are: the run
  /// writes a cache file for each folder it reads, and files created just after others
  /// were removed cost several times as much on this machine's ext4, which a first run on
  /// a fresh clone does not pay. The folders moved aside go with the benchmark's folder.
  private static func withoutCache(_ item: CaseItem, cache: URL) -> CaseItem {
    guard case .run(var benchCase) = item else { return item }
    benchCase.command += " (no cache)"
    let runs = RunCounter()
    let tag = benchCase.command.filter(\.isLetter)
    benchCase.prepare = { try runs.moveAside(cache, tag: tag) }
    return .run(benchCase)
  }

  private static func missingTask(_ command: String, label: String) -> CaseItem {
    .skipped(
      Measurement(command: command, panel: label, note: "skipped: Taskwarrior is not available"))
  }

  /// Taskwarrior's reports on the same tasks, imported once beforehand: a case for each
  /// name and arguments asked for.
  private static func taskQueries(
    _ taskwarrior: Taskwarrior?, data: GeneratedData, root: URL, label: String
  ) throws -> (String, [String]) -> CaseItem {
    guard let taskwarrior else { return { name, _ in missingTask(name, label: label) } }
    let setup = try taskwarrior.setUp(in: root.appendingPathComponent("task-next"))
    let imported = try Command.run(
      taskwarrior.executable, ["import", data.tasks.path], environment: setup.environment)
    guard imported.status == 0 else {
      let note = "failed: task import exited \(imported.status): \(imported.output.prefix(200))"
      return { name, _ in .skipped(Measurement(command: name, panel: label, note: note)) }
    }
    return { name, arguments in
      .run(
        BenchCase(
          command: name, panel: label, executable: taskwarrior.executable,
          arguments: ["rc.color=off", "rc.defaultwidth=80"] + arguments,
          environment: setup.environment))
    }
  }

  /// `task import` of the same tasks into a fresh TASKDATA for each run.
  private static func taskImport(
    _ taskwarrior: Taskwarrior?, data: GeneratedData, root: URL, label: String
  ) throws -> CaseItem {
    guard let taskwarrior else { return missingTask("task import FILE.json", label: label) }
    let setup = try taskwarrior.setUp(in: root.appendingPathComponent("task-import"))
    var benchCase = BenchCase(
      command: "task import FILE.json", panel: label, executable: taskwarrior.executable,
      arguments: ["import", data.tasks.path], environment: setup.environment)
    benchCase.prepare = { try setup.reset() }
    return .run(benchCase)
  }
}
