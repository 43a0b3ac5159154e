import Foundation

/// What the test support code could not do.
public enum TestSupportError: Error, Equatable, LocalizedError, CustomStringConvertible {
  /// There is no fixture folder at this path.
  case missingFixture(String)
  /// There is no executable at this path.
  case missingExecutable(String)
  /// The process at this path did not finish within the time allowed.
  case timedOut(String, seconds: Double)
  /// A tool a test needs is not installed: its command, and how to install it.
  case missingTool(String, install: String)
  /// A file could not be edited keeping its stamp (`SameStampEdit`): why.
  case sameStampEdit(String)

  /// A one-line description naming the path or the tool; a failed test reports a thrown
  /// error by it.
  public var description: String {
    switch self {
    case .missingFixture(let path):
      return "no fixture folder at \(path)"
    case .missingExecutable(let path):
      return "no executable at \(path); build the package first (swift build)"
    case .timedOut(let path, let seconds):
      return "\(path) was still running after \(seconds) seconds and was stopped"
    case .missingTool(let command, let install):
      return "\(command) is not installed, and this test needs it; install it with \(install)"
    case .sameStampEdit(let reason):
      return "no same-stamp edit: \(reason)"
    }
  }

  public var errorDescription: String? { description }
}
