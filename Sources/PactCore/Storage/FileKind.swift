#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a name in a folder is, as the file system says: pact reads only regular files and
/// folders, and never follows a symbolic link.
public enum FileKind: Sendable, Equatable {
  case regular
  case folder
  case symbolicLink
  case namedPipe
  case device
  case socket
  case other

  /// The kind a `stat` mode gives.
  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .folder
    case S_IFLNK: self = .symbolicLink
    case S_IFIFO: self = .namedPipe
    case S_IFCHR, S_IFBLK: self = .device
    case S_IFSOCK: self = .socket
    default: self = .other
    }
  }

  /// The kind a folder listing's `d_type` gives; nil when the listing does not say (some
  /// file systems leave it for `stat` to tell).
  init?(directoryEntryType type: UInt8) {
    // The DT_ values are the same on Linux and the BSDs.
    switch type {
    case 8: self = .regular
    case 4: self = .folder
    case 10: self = .symbolicLink
    case 1: self = .namedPipe
    case 2, 6: self = .device
    case 12: self = .socket
    case 0: return nil
    default: self = .other
    }
  }

  /// The kind with its article, for messages: "a named pipe (FIFO)".
  public var described: String {
    switch self {
    case .regular: "a file"
    case .folder: "a folder"
    case .symbolicLink: "a symbolic link"
    case .namedPipe: "a named pipe (FIFO)"
    case .device: "a device"
    case .socket: "a socket"
    case .other: "not a regular file"
    }
  }
}

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

/// Sizes in words.
enum FileSize {
  /// The most pact reads of one record file: far more than ten years of notes on one
  /// action, far less than would exhaust memory.
  static let recordLimit: Int64 = 4 * 1_024 * 1_024
  /// The most pact reads of one of its own working files (an undo record, an index), which
  /// hold a whole import.
  static let workingLimit: Int64 = 256 * 1_024 * 1_024

  /// `4 MB`, `1.2 GB`, `310 bytes`.
  static func text(_ bytes: Int64) -> String {
    let units: [(Int64, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
    for (size, unit) in units where bytes >= size {
      let whole = bytes / size
      let tenth = (bytes % size) * 10 / size
      return tenth == 0 || whole >= 10 ? "\(whole) \(unit)" : "\(whole).\(tenth) \(unit)"
    }
    return "\(bytes) bytes"
  }
}
