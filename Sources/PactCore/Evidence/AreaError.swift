/// A boundary file pact cannot read as an area (exit 65), or one it cannot find (exit 1).
public enum AreaError: Error, Equatable, PactError {
  /// There is no file at the path given.
  case fileNotFound(path: String)
  /// The file exists but cannot be read.
  case readFailed(path: String, reason: String)
  /// The file is not JSON.
  case notJSON(path: String, message: String)
  /// The JSON is not a boundary pact reads: `where` says which part, `problem` what is wrong.
  case notABoundary(path: String, where: String, problem: String)

  public var kind: ErrorKind {
    switch self {
    case .fileNotFound, .readFailed: .refused
    case .notJSON, .notABoundary: .invalidData
    }
  }

  public var errorDescription: String? {
    switch self {
    case .fileNotFound(let path): "no file at \(path)"
    case .readFailed(let path, let reason): "cannot read \(path): \(reason)"
    case .notJSON(let path, let message): "\(path) is not valid JSON: \(message)"
    case .notABoundary(let path, let place, let problem):
      "\(path): \(place.isEmpty ? "" : place + ": ")\(problem)"
    }
  }
}
