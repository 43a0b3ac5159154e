import Foundation

/// The built `pact` executable, run as a user would run it.
public enum PactBinary {
  /// The environment every run starts from: `PATH` and `HOME` from the test runner, a
  /// cache folder of the tests' own (not the user's), a fixed date, no colour, an
  /// 80-column terminal. Nothing else is inherited, so a `PACT_PANEL` set where the tests
  /// run cannot leak into them.
  public static var baseEnvironment: [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    return [
      "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
      "HOME": inherited["HOME"] ?? NSHomeDirectory(),
      "XDG_CACHE_HOME": FileManager.default.temporaryDirectory
        .appendingPathComponent("pact-tests-cache").path,
      "PACT_TODAY": "2024-06-01",
      "NO_COLOR": "1",
      "COLUMNS": "80",
    ]
  }

  /// ``baseEnvironment`` with `extra` added, its values winning.
  public static func environment(adding extra: [String: String]) -> [String: String] {
    baseEnvironment.merging(extra, uniquingKeysWith: { _, new in new })
  }

  /// The `pact` executable.
  ///
  /// It is the one built beside the running tests, in the same build products folder
  /// (whatever `--scratch-path` or configuration was used), unless the environment
  /// variable `PACT_BINARY` names another.
  public static var url: URL {
    if let override = ProcessInfo.processInfo.environment["PACT_BINARY"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    return productsDirectory.appendingPathComponent("pact")
  }

  /// The build products folder that holds the running tests and the `pact` executable.
  public static var productsDirectory: URL {
    #if os(macOS)
      // `xctest` or `swiftpm-testing-helper` loads `pactPackageTests.xctest`, a bundle
      // inside the products folder; the main bundle is the loader.
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
    #endif
    // On Linux the tests are an executable, `pactPackageTests.xctest`, in the products
    // folder itself.
    let executable =
      Bundle.main.executableURL
      ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "", isDirectory: false)
    return executable.resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// Runs `pact` to completion.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after `pact`.
  ///   - environment: Variables added to ``baseEnvironment``, or replacing its values.
  ///   - currentDirectory: The working directory, or the test runner's if nil.
  ///   - stdin: Standard input, or empty if nil.
  /// - Returns: What `pact` wrote and its exit status.
  /// - Throws: ``TestSupportError`` if `pact` is not built or runs for over a minute.
  public static func run(
    _ arguments: [String],
    environment: [String: String] = [:],
    currentDirectory: URL? = nil,
    stdin: String? = nil
  ) throws -> ProcessResult {
    try start(
      arguments, environment: environment, currentDirectory: currentDirectory, stdin: stdin
    ).waitForResult()
  }

  /// Starts `pact` and returns without waiting for it.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after `pact`.
  ///   - environment: Variables added to ``baseEnvironment``, or replacing its values.
  ///   - currentDirectory: The working directory, or the test runner's if nil.
  ///   - stdin: Standard input, or empty if nil.
  /// - Returns: The running process; call ``RunningProcess/waitForResult(timeout:)``.
  /// - Throws: ``TestSupportError/missingExecutable(_:)`` if `pact` is not built.
  public static func start(
    _ arguments: [String],
    environment: [String: String] = [:],
    currentDirectory: URL? = nil,
    stdin: String? = nil
  ) throws -> RunningProcess {
    try ProcessRunner.start(
      url, arguments: arguments, environment: Self.environment(adding: environment),
      currentDirectory: currentDirectory, stdin: stdin)
  }

  /// Starts one `pact` per argument list, all before waiting for any, then waits for
  /// them all.
  ///
  /// - Parameters:
  ///   - argumentLists: The arguments of each run.
  ///   - environment: Variables added to ``baseEnvironment``, or replacing its values.
  ///   - currentDirectory: The working directory of every run.
  /// - Returns: The results, in the order of `argumentLists`.
  /// - Throws: ``TestSupportError`` if `pact` is not built or a run takes over a minute.
  public static func runConcurrently(
    _ argumentLists: [[String]],
    environment: [String: String] = [:],
    currentDirectory: URL? = nil
  ) throws -> [ProcessResult] {
    try ProcessRunner.runConcurrently(
      url, argumentLists: argumentLists,
      environment: Self.environment(adding: environment), currentDirectory: currentDirectory)
  }
}
