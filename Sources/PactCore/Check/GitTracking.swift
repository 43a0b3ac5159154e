import Foundation

/// Asks git, the one program pact runs, whether it tracks files in a panel.
enum GitTracking {
  /// Whether git tracks any file under `relative` in the folder `root`; false when `root`
  /// is not in a git work tree, or git is not installed.
  static func tracksFiles(under relative: String, in root: URL) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", root.path, "ls-files", "-z", "--", relative]
    process.currentDirectoryURL = root
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 && !data.isEmpty
  }
}
