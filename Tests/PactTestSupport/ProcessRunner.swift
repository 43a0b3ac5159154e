import Foundation

/// Runs executables with exactly the environment given and collects what they write.
///
/// Standard output and standard error go to files in a private temporary folder rather
/// than pipes, so a process that writes a lot to both can never block on a full pipe,
/// and any number of processes can run at once. Standard input is the string given, or
/// an empty file, never the test runner's own.
public enum ProcessRunner {
  /// Runs an executable to completion.
  ///
  /// - Parameters:
  ///   - executable: The program to run.
  ///   - arguments: Its arguments, not including the program's name.
  ///   - environment: Its whole environment; nothing is inherited.
  ///   - currentDirectory: Its working directory, or the runner's own if nil.
  ///   - stdin: Its standard input, or empty if nil.
  ///   - timeout: Seconds to wait before stopping it and throwing.
  /// - Returns: What it wrote and its exit status.
  /// - Throws: ``TestSupportError`` if it cannot be found or times out, or the error
  ///   that kept it from starting.
  public static func run(
    _ executable: URL,
    arguments: [String],
    environment: [String: String],
    currentDirectory: URL? = nil,
    stdin: String? = nil,
    timeout: Double = 60
  ) throws -> ProcessResult {
    let running = try start(
      executable, arguments: arguments, environment: environment,
      currentDirectory: currentDirectory, stdin: stdin)
    return try running.waitForResult(timeout: timeout)
  }

  /// Starts one process per argument list, all before waiting for any, then waits for
  /// them all.
  ///
  /// If one cannot start or times out, the others are stopped before the error is thrown.
  ///
  /// - Parameters:
  ///   - executable: The program to run.
  ///   - argumentLists: The arguments of each run.
  ///   - environment: The whole environment of every run.
  ///   - currentDirectory: The working directory of every run.
  ///   - timeout: Seconds to wait for each before stopping it and throwing.
  /// - Returns: The results, in the order of `argumentLists`.
  /// - Throws: ``TestSupportError`` if the program is missing or a run times out.
  public static func runConcurrently(
    _ executable: URL,
    argumentLists: [[String]],
    environment: [String: String],
    currentDirectory: URL? = nil,
    timeout: Double = 60
  ) throws -> [ProcessResult] {
    var running: [RunningProcess] = []
    do {
      for arguments in argumentLists {
        running.append(
          try start(
            executable, arguments: arguments, environment: environment,
            currentDirectory: currentDirectory))
      }
    } catch {
      stop(running)
      throw error
    }
    var results: [ProcessResult] = []
    for (position, process) in running.enumerated() {
      do {
        results.append(try process.waitForResult(timeout: timeout))
      } catch {
        stop(running[(position + 1)...])
        throw error
      }
    }
    return results
  }

  /// Stops and reaps processes so that a failed test leaves none behind.
  private static func stop(_ processes: some Sequence<RunningProcess>) {
    for running in processes {
      running.process.terminate()
      _ = try? running.waitForResult(timeout: 10)
    }
  }

  /// Starts an executable and returns without waiting for it.
  ///
  /// - Parameters:
  ///   - executable: The program to run.
  ///   - arguments: Its arguments, not including the program's name.
  ///   - environment: Its whole environment; nothing is inherited.
  ///   - currentDirectory: Its working directory, or the runner's own if nil.
  ///   - stdin: Its standard input, or empty if nil.
  /// - Returns: The running process; call ``RunningProcess/waitForResult(timeout:)``.
  /// - Throws: ``TestSupportError/missingExecutable(_:)``, or the error that kept it
  ///   from starting.
  public static func start(
    _ executable: URL,
    arguments: [String],
    environment: [String: String],
    currentDirectory: URL? = nil,
    stdin: String? = nil
  ) throws -> RunningProcess {
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw TestSupportError.missingExecutable(executable.path)
    }
    let folder = try TemporaryDirectory()
    do {
      return try RunningProcess(
        executable: executable, arguments: arguments, environment: environment,
        currentDirectory: currentDirectory, stdin: stdin, folder: folder)
    } catch {
      folder.remove()
      throw error
    }
  }
}

/// A process started by ``ProcessRunner`` or ``PactBinary``, writing to files.
public final class RunningProcess {
  /// The process itself, for its identifier or to signal it.
  public let process: Process
  private let folder: TemporaryDirectory
  private let finished = DispatchSemaphore(value: 0)
  private var outcome: Result<ProcessResult, any Error>?

  fileprivate init(
    executable: URL,
    arguments: [String],
    environment: [String: String],
    currentDirectory: URL?,
    stdin: String?,
    folder: TemporaryDirectory
  ) throws {
    self.folder = folder
    let stdoutURL = folder.url.appendingPathComponent("stdout")
    let stderrURL = folder.url.appendingPathComponent("stderr")
    let stdinURL = folder.url.appendingPathComponent("stdin")
    try Data().write(to: stdoutURL)
    try Data().write(to: stderrURL)
    // No input is an empty file, never the test runner's own standard input.
    try Data((stdin ?? "").utf8).write(to: stdinURL)
    let output = try FileHandle(forWritingTo: stdoutURL)
    let errors = try FileHandle(forWritingTo: stderrURL)
    let input = try FileHandle(forReadingFrom: stdinURL)
    // The child has its own copies once started; closing ours keeps runs from leaking
    // descriptors.
    defer {
      for handle in [output, errors, input] {
        try? handle.close()
      }
    }
    process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let currentDirectory {
      process.currentDirectoryURL = currentDirectory
    }
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    let finished = finished
    process.terminationHandler = { _ in finished.signal() }
    try Self.withNoSignalsBlocked { try process.run() }
  }

  /// Runs `body` with the calling thread's signal mask empty.
  ///
  /// A child starts with the signal mask of the thread that spawns it, and the threads
  /// tests run on block nearly every signal: a child started from one would ignore
  /// `SIGTERM`, `SIGINT` and `SIGPIPE`. A shell starts commands with none blocked.
  private static func withNoSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
    var none = sigset_t()
    var previous = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return try body()
  }

  /// Waits for the process to exit and returns what it wrote.
  ///
  /// The temporary files that held the output are then removed; later calls return the
  /// same result, or throw the same error, at once.
  ///
  /// - Parameter timeout: Seconds to wait before stopping the process and throwing.
  /// - Returns: What it wrote and its exit status.
  /// - Throws: ``TestSupportError/timedOut(_:seconds:)`` if it did not finish in time.
  public func waitForResult(timeout: Double = 60) throws -> ProcessResult {
    if let outcome {
      return try outcome.get()
    }
    let result = Result { try collect(timeout: timeout) }
    outcome = result
    return try result.get()
  }

  private func collect(timeout: Double) throws -> ProcessResult {
    defer { folder.remove() }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      // Foundation reports the exit only once every process holding the child's
      // descriptors has gone, so a grandchild can delay it: wait a bounded time.
      process.terminate()
      if finished.wait(timeout: .now() + 5) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = finished.wait(timeout: .now() + 5)
      }
      throw TestSupportError.timedOut(process.executableURL?.path ?? "process", seconds: timeout)
    }
    process.waitUntilExit()
    let stdout = try Data(contentsOf: folder.url.appendingPathComponent("stdout"))
    let stderr = try Data(contentsOf: folder.url.appendingPathComponent("stderr"))
    return ProcessResult(
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }
}
