import Foundation

/// git, run in one folder with the environment pact was given, as a person would run it.
///
/// Each run is one `Subprocess`, its output in files, so that git never blocks on a pipe.
struct Git: Sendable {
  /// What one run of git wrote, and how it ended.
  struct Result: Sendable {
    var status: Int32
    var output: Data
    var errors: String

    /// Standard output as text.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// What git said went wrong: its standard error, else its standard output, trimmed.
    var message: String {
      let said = errors.trimmed.isEmpty ? text.trimmed : errors.trimmed
      return said.isEmpty ? "git exited with status \(status)" : said
    }
  }

  let executable: URL
  let directory: URL
  let environment: [String: String]

  /// git in `directory`, found on the `PATH` of `environment`.
  ///
  /// - Throws: `SyncError.gitMissing` when no folder on the `PATH` holds it.
  init(in directory: URL, environment: [String: String]) throws(SyncError) {
    guard let found = Self.locate(environment: environment) else { throw .gitMissing }
    executable = found
    self.directory = directory
    // A merge commit's message is pact's: git must never open an editor for it.
    self.environment = environment.merging(["GIT_MERGE_AUTOEDIT": "no"]) { _, new in new }
  }

  private init(executable: URL, directory: URL, environment: [String: String]) {
    self.executable = executable
    self.directory = directory
    self.environment = environment
  }

  /// The same git in another folder.
  func inFolder(_ folder: URL) -> Git {
    Git(executable: executable, directory: folder, environment: environment)
  }

  /// The `git` executable on the `PATH` of `environment`.
  static func locate(environment: [String: String]) -> URL? {
    let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("git")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  /// Runs git with `arguments` in the folder, giving it `input` on standard input.
  ///
  /// - Throws: `SyncError.gitFailed` when git cannot be started.
  func run(_ arguments: [String], input: Data? = nil) throws(SyncError) -> Result {
    do {
      let output = try Subprocess.run(
        executable.path, ["-C", directory.path] + arguments, environment: environment,
        input: input ?? Data())
      return Result(
        status: output.status, output: output.output,
        errors: String(decoding: output.errors, as: UTF8.self))
    } catch {
      throw .gitFailed(command: describe(arguments), reason: error.reason)
    }
  }

  /// Runs git and returns its standard output.
  ///
  /// - Throws: `SyncError.gitFailed` with what git said when it exits other than 0.
  @discardableResult
  func checked(_ arguments: [String], input: Data? = nil) throws(SyncError) -> String {
    let result = try run(arguments, input: input)
    guard result.status == 0 else {
      throw .gitFailed(command: describe(arguments), reason: result.message)
    }
    return result.text
  }

  /// Whether git exits 0.
  func succeeds(_ arguments: [String]) throws(SyncError) -> Bool {
    try run(arguments).status == 0
  }

  /// The command as messages show it.
  func describe(_ arguments: [String]) -> String {
    (["git"] + arguments.prefix(4)).joined(separator: " ") + (arguments.count > 4 ? " …" : "")
  }
}
