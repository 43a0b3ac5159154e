import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One timed run of a whole process.
struct ProcessRun: Sendable {
  /// Wall time from just before `posix_spawn` to `wait4` returning.
  var milliseconds: Double
  /// The child's peak resident set size (`ru_maxrss` from `wait4`), in bytes.
  var peakBytes: Int
  var exitStatus: Int32
}

/// A failure to start or wait for a process.
struct ProcessTimerError: Error, CustomStringConvertible {
  var description: String
}

/// Runs a process with `posix_spawn` and reaps it with `wait4`, which gives the time and
/// the peak memory of that child alone (not of earlier children, as
/// `getrusage(RUSAGE_CHILDREN)` would).
enum ProcessTimer {
  /// Runs `executable` (an absolute path) with only `environment`, standard input from
  /// /dev/null, and standard output and error to the files given.
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    stdout: String, stderr: String
  ) throws -> ProcessRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let start = monotonicNanoseconds()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw ProcessTimerError(
        description: "could not start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 {
      guard errno == EINTR else {
        throw ProcessTimerError(description: "wait4 failed: \(String(cString: strerror(errno)))")
      }
    }
    let end = monotonicNanoseconds()
    // Exited normally: the low 7 bits are 0 and the exit code is in the next byte;
    // otherwise report the signal as 128 + its number, as shells do.
    let signal = status & 0x7f
    let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    #if os(Linux)
      let peakBytes = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    #else
      let peakBytes = Int(usage.ru_maxrss)  // bytes on macOS
    #endif
    return ProcessRun(
      milliseconds: Double(end - start) / 1_000_000, peakBytes: peakBytes,
      exitStatus: exitStatus)
  }

  static func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
