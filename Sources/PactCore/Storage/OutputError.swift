/// Why a document could not be written where it was asked for (`-o`).
public enum OutputError: Error, Equatable, PactError {
  /// The file would be inside a panel's folder, where it could replace one of the panel's
  /// own files (exit 1).
  case insidePanel(path: String, panel: String)
  /// The folder it would go in does not exist; pact does not make one (exit 1).
  case noFolder(path: String, folder: String)

  public var kind: ErrorKind {
    .refused
  }

  public var errorDescription: String? {
    switch self {
    case .insidePanel(let path, let panel):
      "will not write \(path): it is inside the panel's folder \(panel), whose files are "
        + "the panel's own"
    case .noFolder(let path, let folder):
      "cannot write \(path): there is no folder \(folder)"
    }
  }
}
