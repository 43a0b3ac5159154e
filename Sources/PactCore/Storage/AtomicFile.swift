import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader, or a crash, sees either the old contents or the new,
/// never a mixture: the data goes to a temporary file that is flushed and then renamed.
public enum AtomicFile {
  /// A file written to its temporary name, waiting to be renamed into place.
  struct Staged {
    let temporary: String
    let target: String
  }

  /// Writes `data` to `url` atomically, using `scratch` (on the same file system) for the
  /// temporary file.
  public static func write(_ data: Data, to url: URL, scratch: URL) throws {
    try createFolders([scratch, url.deletingLastPathComponent()])
    var names = TemporaryNames()
    try commit(
      stage(
        data, to: url.path, temporary: names.path(for: url.lastPathComponent, in: scratch.path),
        flush: true))
  }

  /// Temporary names no other process, and no other file of this change, can be using:
  /// the process id, a random number drawn once, and a count. Paths are strings, not URLs:
  /// building a file URL asks the file system whether the path is a folder.
  struct TemporaryNames {
    private let prefix = ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))."
    private var count = 0

    /// A temporary path in `scratch` for the file `name`.
    mutating func path(for name: String, in scratch: String) -> String {
      count += 1
      return "\(scratch)/\(name)\(prefix)\(count).tmp"
    }
  }

  /// Writes `data` to the temporary path, flushed to disk when `flush` is set (otherwise
  /// the caller flushes many at once before committing them). The folders must exist.
  static func stage(
    _ data: Data, to target: String, temporary: String, flush: Bool
  ) throws -> Staged {
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw StorageError.writeFailed(path: target, reason: String(cString: strerror(errno)))
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Foundation.write(fd, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += written
      }
    }
    if failure == nil, flush, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    close(fd)
    if let failure {
      unlink(temporary)
      throw StorageError.writeFailed(path: target, reason: failure)
    }
    return Staged(temporary: temporary, target: target)
  }

  /// Makes each folder (and those above it) that does not exist yet.
  static func createFolders(_ folders: [URL]) throws {
    for folder in folders {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw StorageError.writeFailed(path: folder.path, reason: describe(error))
      }
    }
  }

  /// Flushes every pending write to disk at once (`sync`): cheaper than one flush per file
  /// when a change writes thousands (an import).
  static func flushAll() {
    sync()
  }

  /// Renames a staged file into place.
  static func commit(_ staged: Staged) throws {
    guard rename(staged.temporary, staged.target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(staged.temporary)
      throw StorageError.writeFailed(path: staged.target, reason: reason)
    }
  }

  /// Writes `data` to `url` atomically, with the temporary file beside it.
  public static func write(_ data: Data, to url: URL) throws {
    try write(data, to: url, scratch: url.deletingLastPathComponent())
  }

  /// Removes the file at `path` if it exists.
  static func remove(_ path: String) throws {
    if unlink(path) != 0, errno != ENOENT {
      throw StorageError.writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
  }

  static func describe(_ error: Error) -> String {
    (error as NSError).localizedFailureReason ?? error.localizedDescription
  }
}
