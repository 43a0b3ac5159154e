import Foundation

/// Runs the shells that the completion tests check their scripts with.
enum CompletionShell {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The absolute path of an installed program, or nil when it is not installed.
  static func find(_ program: String) -> String? {
    let directories =
      (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":") + ["/usr/bin", "/bin", "/usr/local/bin", "/opt/homebrew/bin"]
    for directory in directories {
      let path = "\(directory)/\(program)"
      if FileManager.default.isExecutableFile(atPath: path) {
        return path
      }
    }
    return nil
  }

  static func run(
    _ executable: String, _ arguments: [String], in directory: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory {
      process.currentDirectoryURL = directory
    }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = FileManager.default.temporaryDirectory.path
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting, so that a full pipe cannot block the child.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Removes a file `write(_:named:)` made, with the directory made for it.
  static func remove(_ file: URL) {
    try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
  }

  /// Writes `text` to a new file in a new temporary directory and returns its URL; remove
  /// it with `remove(_:)`.
  static func write(_ text: String, named name: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("pact-completion-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }
}
