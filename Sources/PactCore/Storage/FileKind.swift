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
