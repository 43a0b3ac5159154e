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
    let scratch: SafeFolder
    let temporary: String
    let folder: SafeFolder
    let name: String

    /// The file's path relative to the panel, for messages.
    var target: String { folder.path(name) }
  }

  /// Writes a document to `url` atomically, with the temporary file beside it — never
  /// inside one of `panels` (after resolving `..` and links in the folder it goes in), so
  /// that no output replaces a panel's own file, and never into a folder that does not
  /// exist: a mistyped folder is an error, not a new folder.
  ///
  /// - Parameters:
  ///   - data: What to write.
  ///   - url: Where.
  ///   - panels: The folders of the panels the document was made from.
  /// - Throws: `OutputError`, or `StorageError.writeFailed` naming the file and the
  ///   system's reason.
  public static func write(_ data: Data, to url: URL, outside panels: [URL]) throws {
    let folder = url.standardizedFileURL.deletingLastPathComponent()
    // The deepest folder that exists, resolved, with the rest of the path after it: a
    // missing folder inside a panel is inside the panel too.
    var existing = folder
    var rest: [String] = [url.lastPathComponent]
    while realPath(existing.path) == nil, existing.path != "/" {
      rest.insert(existing.lastPathComponent, at: 0)
      existing = existing.deletingLastPathComponent()
    }
    let base = realPath(existing.path) ?? existing.path
    let target = (base == "/" ? "" : base) + "/" + rest.joined(separator: "/")
    for panel in panels {
      guard let root = realPath(panel.path) else { continue }
      if target == root || target.hasPrefix(root == "/" ? "/" : root + "/") {
        throw OutputError.insidePanel(path: url.path, panel: panel.path)
      }
    }
    guard rest.count == 1 else {
      throw OutputError.noFolder(path: url.path, folder: folder.path)
    }
    try write(data, to: url)
  }

  /// The path with every link and `..` resolved; nil when it does not exist.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Writes `data` to `url` atomically, with the temporary file beside it. The folder must
  /// exist: a mistyped folder is an error, not a new folder.
  ///
  /// - Throws: `StorageError.writeFailed` naming the file and the system's reason.
  static func write(_ data: Data, to url: URL) throws {
    let parent = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    do throws(SafeFolder.Failure) {
      let folder = try SafeFolder.root(parent)
      var names = TemporaryNames()
      try commit(
        stage(data, as: name, in: folder, temporary: names.next(for: name), in: folder, flush: true)
      )
    } catch {
      let reason: String
      switch error.reason {
      case .missing: reason = "there is no folder \(parent)"
      case .folder: reason = "it is a folder"
      case .unsafe(let unsafe): reason = unsafe.message
      case .system(let text): reason = text
      }
      throw StorageError.writeFailed(path: url.path, reason: reason)
    }
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
    _ data: Data, as name: String, in folder: SafeFolder, temporary: String,
    in scratch: SafeFolder, flush: Bool
  ) throws(SafeFolder.Failure) -> Staged {
    let staged = Staged(scratch: scratch, temporary: temporary, folder: folder, name: name)
    let fd = openat(
      scratch.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw SafeFolder.Failure(relative: staged.target, reason: .system(SafeFolder.lastError()))
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Foundation.write(fd, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = SafeFolder.lastError()
          return
        }
        offset += written
      }
    }
    if failure == nil, flush, fsync(fd) != 0 { failure = SafeFolder.lastError() }
    if close(fd) != 0, failure == nil { failure = SafeFolder.lastError() }
    if let failure {
      unlinkat(scratch.descriptor, temporary, 0)
      throw SafeFolder.Failure(relative: staged.target, reason: .system(failure))
    }
    return staged
  }

  /// Flushes every pending write to disk at once (`sync`): cheaper than one flush per file
  /// when a change writes thousands (an import).
  static func flushAll(_ folder: SafeFolder) {
    sync()
  }

  /// Renames a staged file into place.
  static func commit(_ staged: Staged) throws(SafeFolder.Failure) {
    guard
      renameat(staged.scratch.descriptor, staged.temporary, staged.folder.descriptor, staged.name)
        == 0
    else {
      let reason = SafeFolder.lastError()
      unlinkat(staged.scratch.descriptor, staged.temporary, 0)
      throw SafeFolder.Failure(relative: staged.target, reason: .system(reason))
    }
  }

  static func describe(_ error: Error) -> String {
    (error as NSError).localizedFailureReason ?? error.localizedDescription
  }
}
