import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader, or a crash, sees either the old contents or the new,
/// never a mixture: the data goes to a temporary file that is flushed and then renamed.
public enum AtomicFile {
  /// A folder held open, so that files in it are named by one path component: a change of
  /// thousands of files would otherwise have the system walk each whole path twice.
  final class Folder {
    let path: String
    fileprivate let descriptor: Int32

    /// Opens the folder at `path`, which must exist.
    init(_ path: String) throws {
      self.path = path
      descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw StorageError.writeFailed(path: path, reason: String(cString: strerror(errno)))
      }
    }

    deinit { close(descriptor) }
  }

  /// A file written to its temporary name, waiting to be renamed into place.
  struct Staged {
    let scratch: Folder
    let temporary: String
    let folder: Folder
    let name: String

    /// The file's path, for messages.
    var target: String { "\(folder.path)/\(name)" }
  }

  /// Writes `data` to `url` atomically, using `scratch` (on the same file system) for the
  /// temporary file.
  public static func write(_ data: Data, to url: URL, scratch: URL) throws {
    try createFolders([scratch, url.deletingLastPathComponent()])
    var names = TemporaryNames()
    let name = url.lastPathComponent
    try commit(
      stage(
        data, as: name, in: Folder(url.deletingLastPathComponent().path),
        temporary: names.next(for: name), in: Folder(scratch.path), flush: true))
  }

  /// Temporary names no other process, and no other file of this change, can be using:
  /// the process id, a random number drawn once, and a count.
  struct TemporaryNames {
    private let suffix = ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))."
    private var count = 0

    /// A temporary name for the file `name`.
    mutating func next(for name: String) -> String {
      count += 1
      return "\(name)\(suffix)\(count).tmp"
    }
  }

  /// Writes `data` to `temporary` in `scratch`, to be renamed to `name` in `folder`; flushed
  /// to disk when `flush` is set (otherwise the caller flushes many at once before committing
  /// them).
  static func stage(
    _ data: Data, as name: String, in folder: Folder, temporary: String, in scratch: Folder,
    flush: Bool
  ) throws -> Staged {
    let staged = Staged(scratch: scratch, temporary: temporary, folder: folder, name: name)
    let fd = openat(scratch.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw StorageError.writeFailed(
        path: staged.target, reason: String(cString: strerror(errno)))
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
      unlinkat(scratch.descriptor, temporary, 0)
      throw StorageError.writeFailed(path: staged.target, reason: failure)
    }
    return staged
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
    guard
      renameat(staged.scratch.descriptor, staged.temporary, staged.folder.descriptor, staged.name)
        == 0
    else {
      let reason = String(cString: strerror(errno))
      unlinkat(staged.scratch.descriptor, staged.temporary, 0)
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
