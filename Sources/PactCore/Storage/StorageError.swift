import Foundation

/// Problems finding, locking or writing a panel's folder (exit 1).
public enum StorageError: Error, Equatable, PactError {
  /// No `panel.json` in the folder or any folder above it.
  case panelNotFound(startedAt: String)
  /// A folder named by `--panel` or `PACT_PANEL` holds no `panel.json`.
  case notAPanel(path: String, namedBy: String)
  /// `pact init` was pointed at a folder that already holds a panel.
  case panelExists(path: String)
  /// Another pact process held the panel's lock for longer than the wait allows.
  case busy(path: String, waitedSeconds: Int)
  /// A file or folder could not be read.
  case readFailed(path: String, reason: String)
  /// A file or folder could not be written.
  case writeFailed(path: String, reason: String)
  /// A record would be larger than pact reads back (`bytes` against `limit`).
  case recordTooLarge(path: String, bytes: Int64, limit: Int64)
  /// `pact init` was pointed at a folder that already holds files, which it would replace.
  case folderNotEmpty(path: String, holds: [String])

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .panelNotFound(let start):
      "no panel found in \(start) or any folder above it"
    case .notAPanel(let path, let namedBy):
      "\(path) (from \(namedBy)) is not a panel: it has no panel.json"
    case .panelExists(let path):
      "\(path) already holds a panel"
    case .busy(let path, let seconds):
      "the panel at \(path) is busy: another pact command has held it for \(seconds) seconds"
    case .readFailed(let path, let reason):
      "cannot read \(path): \(reason)"
    case .writeFailed(let path, let reason):
      "cannot write \(path): \(reason)"
    case .recordTooLarge(let path, let bytes, let limit):
      "\(path) would be \(FileSize.text(bytes)), larger than the \(FileSize.text(limit)) pact "
        + "reads back for one record"
    case .folderNotEmpty(let path, let holds):
      "\(path) is not empty: it holds \(holds.joined(separator: ", "))"
    }
  }

}
