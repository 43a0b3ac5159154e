import Foundation

/// Finds the release `pact` binary beside this one, building it when it is missing.
enum PactBinary {
  /// This executable.
  static var ownExecutable: URL {
    let own =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      .map { URL(fileURLWithPath: $0) } ?? Bundle.main.executableURL
      ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "pact-bench")
    return own.resolvingSymlinksInPath()
  }

  /// The folder this executable is in (the build's products folder).
  static var productsFolder: URL { ownExecutable.deletingLastPathComponent() }

  /// The path of the release `pact` beside this executable (in the release products folder
  /// of the same build when this one is a debug build); when there is none, runs
  /// `swift build -c release --product pact` with the same scratch folder and says so.
  static func locate(log: (String) -> Void) throws -> String {
    let products = productsFolder.deletingLastPathComponent().appendingPathComponent("release")
    let binary = products.appendingPathComponent("pact").path
    if FileManager.default.isExecutableFile(atPath: binary) { return binary }
    // products is SCRATCH/<triple>/release; the package is the folder above SCRATCH.
    let scratch = products.deletingLastPathComponent().deletingLastPathComponent()
    let package = scratch.deletingLastPathComponent()
    log(
      "No pact binary in \(products.path): building it with "
        + "`swift build -c release --product pact --scratch-path \(scratch.path)`.")
    let result = try Command.run(
      "/usr/bin/env",
      ["swift", "build", "-c", "release", "--product", "pact", "--scratch-path", scratch.path],
      in: package)
    guard result.status == 0, FileManager.default.isExecutableFile(atPath: binary) else {
      throw BenchError("could not build pact (exit \(result.status)):\n\(result.output)")
    }
    return binary
  }
}
