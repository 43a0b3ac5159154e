import Foundation

/// What the test support code could not do.
public enum TestSupportError: Error, Equatable, LocalizedError {
  /// There is no fixture folder at this path.
  case missingFixture(String)
  /// There is no executable at this path.
  case missingExecutable(String)
  /// The process at this path did not finish within the time allowed.
  case timedOut(String, seconds: Double)

  /// A one-line description naming the path.
  public var errorDescription: String? {
    switch self {
    case .missingFixture(let path):
      return "no fixture folder at \(path)"
    case .missingExecutable(let path):
      return "no executable at \(path); build the package first (swift build)"
    case .timedOut(let path, let seconds):
      return "\(path) was still running after \(seconds) seconds and was stopped"
    }
  }
}
