import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks git, the one program pact runs, whether it tracks files in a panel.
///
/// Starting git costs tens of milliseconds, more than `pact check` takes to judge a panel
/// of years, so git is asked only when a work tree may hold the panel, and the question
/// runs while the records are read.
final class GitTracking {
  private let process: Process
  private let output: Pipe

  /// Asks git whether it tracks any file under `relative` in the folder `root`; nil, the
  /// answer being no, when no folder from `root` up holds a `.git` (and git is not pointed
  /// elsewhere by `GIT_DIR`), or git cannot be started.
  init?(tracksFilesUnder relative: String, in root: URL) {
    guard GitTracking.mayBeInWorkTree(root) else { return nil }
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", root.path, "ls-files", "-z", "--", relative]
    process.currentDirectoryURL = root
    output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
  }

  /// Whether git tracks such a file: false when `root` is not in a git work tree, or git
  /// is not installed. Waits for git to finish.
  var answer: Bool {
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 && !data.isEmpty
  }

  /// Whether `root` or a folder above it holds a `.git`, or the environment names a git
  /// folder: only then can git track files in it.
  private static func mayBeInWorkTree(_ root: URL) -> Bool {
    if ProcessInfo.processInfo.environment["GIT_DIR"] != nil { return true }
    var folder = root.standardizedFileURL.path
    while true {
      var info = stat()
      if lstat(folder + (folder.hasSuffix("/") ? "" : "/") + ".git", &info) == 0 { return true }
      guard folder != "/", !folder.isEmpty else { return false }
      folder = (folder as NSString).deletingLastPathComponent
    }
  }
}
