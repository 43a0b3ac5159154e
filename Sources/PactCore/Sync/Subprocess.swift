import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program to completion with `posix_spawn`, its standard input, output and error in
/// files, so that it can never block on a full pipe. (Foundation's `Process` takes about 50
/// ms a run on Linux, waiting in its run loop; a sync runs git some thirty times.)
enum Subprocess {
  /// What a run wrote, and how it ended: the exit status, or 128 plus the signal's number.
  struct Output {
    var status: Int32
    var output: Data
    var errors: Data
  }

  /// A program that could not be started, or waited for, and why.
  struct Failure: Error {
    var reason: String
  }

  /// Runs `executable` (an absolute path) with `arguments` and exactly `environment`.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], input: Data
  ) throws(Failure) -> Output {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pact-run-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
    do {
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
    } catch {
      throw Failure(reason: AtomicFile.describe(error))
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inputPath = scratch.appendingPathComponent("stdin").path
    let outputPath = scratch.appendingPathComponent("stdout").path
    let errorsPath = scratch.appendingPathComponent("stderr").path
    guard FileManager.default.createFile(atPath: inputPath, contents: input) else {
      throw Failure(reason: "cannot write \(inputPath)")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with no signal blocked and SIGPIPE as the system has it.
    var none = sigset_t()
    sigemptyset(&none)
    var pipe = sigset_t()
    sigemptyset(&pipe)
    sigaddset(&pipe, SIGPIPE)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &pipe)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw Failure(reason: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { throw Failure(reason: String(cString: strerror(errno))) }
    }
    let signal = status & 0x7f
    let exit = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    let output = FileManager.default.contents(atPath: outputPath) ?? Data()
    let errors = FileManager.default.contents(atPath: errorsPath) ?? Data()
    return Output(status: exit, output: output, errors: errors)
  }
}
