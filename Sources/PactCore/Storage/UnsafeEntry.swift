/// Why pact will not read something in a panel's folder: it never follows a symbolic link
/// out of the panel, reads only regular files, and none larger than a record can be.
public enum UnsafeEntry: Sendable, Equatable {
  /// A symbolic link, where a file or folder of the panel should be.
  case symbolicLink
  /// Something other than a regular file where a file should be (a named pipe, a device).
  case notARegularFile(FileKind)
  /// Something other than a folder where a folder should be.
  case notAFolder(FileKind)
  /// A file larger than pact reads there.
  case tooLarge(bytes: Int64, limit: Int64)

  /// What is wrong, in words for the middle of a diagnostic line.
  public var message: String {
    switch self {
    case .symbolicLink:
      "a symbolic link, which is never followed: nothing outside the panel is read or written"
    case .notARegularFile(let kind):
      "\(kind.described), not a regular file; only regular files are read"
    case .notAFolder(let kind):
      "\(kind.described), where a folder should be"
    case .tooLarge(let bytes, let limit):
      "\(FileSize.text(bytes)), larger than the \(FileSize.text(limit)) read here"
    }
  }
}
