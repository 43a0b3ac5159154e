import Foundation
import PactCore

/// The whole run: generate the panels, time the commands, print the table.
struct Benchmark {
  let options: BenchOptions
  let sizes: BenchSizes
  let today: Day
  /// Where everything is generated.
  let root: URL
  let started = ProcessTimer.monotonicNanoseconds()

  /// Runs the benchmark with the command-line arguments; returns the exit status.
  static func main(_ arguments: [String]) -> Int32 {
    let options: BenchOptions
    do {
      options = try BenchOptions.parse(arguments)
    } catch let error as BenchUsageError {
      FileHandle.standardError.write(
        Data("Error: \(error.message)\nSee 'pact-bench --help'.\n".utf8))
      return 64
    } catch {
      return 64
    }
    if options.showHelp {
      print(BenchOptions.help)
      return 0
    }
    do {
      let benchmark = try Benchmark(options: options)
      try benchmark.run()
      return 0
    } catch {
      FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
      return 1
    }
  }

  init(options: BenchOptions) throws {
    self.options = options
    sizes = options.quick ? .quick : .full
    guard let today = Day(BenchSizes.today) else { throw BenchError("bad built-in date") }
    self.today = today
    let manager = FileManager.default
    if let directory = options.directory {
      root = URL(fileURLWithPath: directory).standardizedFileURL
      let contents = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
      guard contents.isEmpty else {
        throw BenchError("\(directory) is not empty: give --dir a new or empty folder")
      }
    } else {
      root = manager.temporaryDirectory.appendingPathComponent(
        "pact-bench-\(ProcessInfo.processInfo.processIdentifier)")
    }
    try manager.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func log(_ message: String) {
    let seconds = Double(ProcessTimer.monotonicNanoseconds() - started) / 1e9
    let line = String(format: "[%6.1fs] ", seconds) + message + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  func run() throws {
    // Started first, while this process is small: see SpawnServer.
    let spawner = try SpawnClient()
    let floor = spawner.floorBytes(scratch: root.path)
    let pact = try PactBinary.locate(log: log)
    let data = try generate()
    // Generating writes a gigabyte of small files; flushed now, the system's writing them
    // back does not run beside the first commands timed.
    log("flushing the generated files to disk ...")
    sync()
    let taskwarrior = Taskwarrior.locate(log: log)
    let runner = CaseRunner(runs: options.runs, spawner: spawner, outputFolder: root.path)
    let cases = try BenchCases(
      benchmark: self, pact: pact, data: data, taskwarrior: taskwarrior)
    var measurements: [Measurement] = []
    var together: [BenchCase] = []
    func measureTogether() {
      if !together.isEmpty { measurements += runner.measure(together, log: log) }
      together = []
    }
    for item in cases.all where options.only.map(item.command.contains) ?? true {
      switch item {
      case .run(let benchCase):
        if benchCase.group == nil || benchCase.group != together.last?.group { measureTogether() }
        together.append(benchCase)
      case .skipped(let measurement):
        measureTogether()
        measurements.append(measurement)
      }
    }
    measureTogether()
    let table = ResultTable(
      measurements: measurements,
      targets: Targets(measurements: measurements, labels: cases.labels).results)
    print("pact-bench: \(options.runs) timed runs of each command after one warm-up run")
    print("Machine:  \(MachineInfo.summary)")
    print("System:   \(MachineInfo.system)")
    print("Date:     \(MachineInfo.now)")
    print("pact:     \(pact) (\(cases.pactVersion))")
    print("task:     \(taskwarrior.map { "\($0.executable) \($0.version)" } ?? "not available")")
    print("Panels:   \(data.summary); PACT_TODAY=\(BenchSizes.today)")
    if let check = cases.crimeCheck { print(check) }
    if let floor {
      let megabytes = String(format: "%.1f", Double(floor) / 1_048_576)
      print("Memory:   peak RSS of each child (wait4 ru_maxrss); /bin/true shows \(megabytes) MB")
    }
    print("")
    print(table.render(), terminator: "")
    if options.keep || options.directory != nil {
      print("\nThe generated panels are in \(root.path)")
    } else {
      try? FileManager.default.removeItem(at: root)
    }
  }
}
