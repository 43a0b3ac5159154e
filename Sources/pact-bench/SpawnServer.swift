import Foundation

/// Starts the timed processes from a small helper process.
///
/// Linux counts in a child's `ru_maxrss` the peak memory of the process it was spawned
/// from (`posix_spawn` shares the parent's memory until `exec`, and `exec` records that
/// memory's high-water mark). Spawned straight from the benchmark, every child would
/// seem to use at least what the benchmark used to generate the county. So the benchmark
/// starts itself once, before generating anything, as `pact-bench --spawn-server`, a
/// process that stays small, and asks it to spawn and time each run; `floorBytes` (the
/// peak of /bin/true spawned the same way) is the smallest peak it can report.
enum SpawnServer {
  static let flag = "--spawn-server"
  static let separator: Character = "\u{1F}"

  /// Serves requests from standard input until it closes: each line is the executable,
  /// the stdout and stderr paths, the argument count, the arguments and then `KEY=VALUE`
  /// environment entries, separated by U+001F; each answer is a line
  /// `milliseconds peakBytes exitStatus`, or `error MESSAGE`.
  static func serve() -> Int32 {
    while let line = readLine(strippingNewline: true) {
      let fields = line.split(separator: separator, omittingEmptySubsequences: false)
        .map(String.init)
      guard fields.count >= 4, let count = Int(fields[3]), fields.count >= 4 + count else {
        answer("error malformed request")
        continue
      }
      let arguments = Array(fields[4..<(4 + count)])
      var environment: [String: String] = [:]
      for entry in fields[(4 + count)...] {
        guard let equals = entry.firstIndex(of: "=") else { continue }
        environment[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
      }
      do {
        let run = try ProcessTimer.run(
          fields[0], arguments, environment: environment, stdout: fields[1], stderr: fields[2])
        answer("\(run.milliseconds) \(run.peakBytes) \(run.exitStatus)")
      } catch {
        answer("error \(error)")
      }
    }
    return 0
  }

  /// Writes one answer line straight to standard output (unbuffered).
  private static func answer(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }
}

/// The benchmark's side of the spawn server.
final class SpawnClient {
  private let process = Process()
  private let requests = Pipe()
  private let answers = Pipe()
  private var buffer = Data()

  /// Starts `pact-bench --spawn-server`.
  init() throws {
    process.executableURL = PactBinary.ownExecutable
    process.arguments = [SpawnServer.flag]
    process.standardInput = requests
    process.standardOutput = answers
    try process.run()
  }

  deinit {
    try? requests.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdout: String, stderr: String
  ) throws -> ProcessRun {
    let fields =
      [executable, stdout, stderr, String(arguments.count)] + arguments
      + environment.map { "\($0.key)=\($0.value)" }
    let line = fields.joined(separator: String(SpawnServer.separator)) + "\n"
    try requests.fileHandleForWriting.write(contentsOf: Data(line.utf8))
    let answer = try readLine()
    let parts = answer.split(separator: " ", maxSplits: 2).map(String.init)
    guard parts.count == 3, let milliseconds = Double(parts[0]), let peak = Int(parts[1]),
      let status = Int32(parts[2])
    else { throw BenchError("the spawn server answered: \(answer)") }
    return ProcessRun(milliseconds: milliseconds, peakBytes: peak, exitStatus: status)
  }

  private func readLine() throws -> String {
    while true {
      if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...newline)
        return line
      }
      // availableData returns as soon as anything arrives (read(upToCount:) waits for all).
      let more = answers.fileHandleForReading.availableData
      guard !more.isEmpty else { throw BenchError("the spawn server stopped") }
      buffer.append(more)
    }
  }

  /// The peak memory the server reports for /bin/true: the least any run can show.
  func floorBytes(scratch: String) -> Int? {
    try? run(
      "/bin/true", [], environment: [:], stdout: "\(scratch)/floor.out",
      stderr: "\(scratch)/floor.err"
    ).peakBytes
  }
}
