import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder of a panel held open, reached from the panel's folder one name at a time
/// without following a symbolic link, so that nothing pact reads, writes or removes can be
/// outside the panel however its folders are arranged. Files in it are opened by name
/// relative to it, never as a path the system walks again.
///
/// It may be used from several threads at once: its descriptor is never changed after it is
/// opened (not even its position in a listing), and every call opens what it reads relative
/// to it.
final class SafeFolder: @unchecked Sendable {
  /// Why something in a panel could not be used: where, relative to the panel, and why.
  struct Failure: Error {
    enum Reason {
      /// Nothing of that name.
      case missing
      /// A folder where a file should be.
      case folder
      /// Something pact will not read or write through.
      case unsafe(UnsafeEntry)
      /// The system refused, with its reason.
      case system(String)

      /// The reason in words.
      var text: String {
        switch self {
        case .missing: "no such file or folder"
        case .folder: "it is a folder"
        case .unsafe(let unsafe): unsafe.message
        case .system(let reason): reason
        }
      }
    }

    /// The path relative to the panel (empty for the panel's own folder).
    var relative: String
    var reason: Reason
  }

  let descriptor: Int32
  /// The folder's path relative to the panel; empty for the panel's own folder.
  let relative: String

  private init(descriptor: Int32, relative: String) {
    self.descriptor = descriptor
    self.relative = relative
  }

  deinit { close(descriptor) }

  /// The panel's own folder, at `path`. A link in the path itself is followed: it is the
  /// folder the person named.
  static func root(_ path: String) throws(Failure) -> SafeFolder {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else {
      throw Failure(relative: "", reason: errno == ENOENT ? .missing : .system(lastError()))
    }
    return SafeFolder(descriptor: fd, relative: "")
  }

  /// The path of `name` in this folder, relative to the panel.
  func path(_ name: String) -> String {
    relative.isEmpty ? name : "\(relative)/\(name)"
  }

  /// The folder at `relative` beneath this one, each step opened without following a link;
  /// nil when a step does not exist and `create` is off. With `create`, missing folders
  /// are made (with the usual permissions, less the umask).
  func folder(_ relative: String, create: Bool = false, mode: mode_t = 0o777) throws(Failure)
    -> SafeFolder?
  {
    var current = self
    for name in relative.split(separator: "/") {
      guard let next = try current.child(String(name), create: create, mode: mode) else {
        return nil
      }
      current = next
    }
    return current
  }

  private func child(_ name: String, create: Bool, mode: mode_t) throws(Failure) -> SafeFolder? {
    let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    var fd = openat(descriptor, name, flags)
    if fd < 0, errno == ENOENT, create {
      if mkdirat(descriptor, name, mode) != 0, errno != EEXIST {
        throw Failure(relative: path(name), reason: .system(SafeFolder.lastError()))
      }
      fd = openat(descriptor, name, flags)
    }
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { return nil }
      if code == ELOOP || code == ENOTDIR, let kind = kind(of: name) {
        throw Failure(
          relative: path(name),
          reason: .unsafe(kind == .symbolicLink ? .symbolicLink : .notAFolder(kind)))
      }
      throw Failure(relative: path(name), reason: .system(SystemErrorText.of(code)))
    }
    return SafeFolder(descriptor: fd, relative: path(name))
  }

  /// What `name` in this folder is, without following a link; nil when there is nothing.
  func kind(of name: String) -> FileKind? {
    var info = stat()
    guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return FileKind(mode: info.st_mode)
  }

  /// The contents of the regular file `name`, or nil when there is none.
  ///
  /// The file is opened without following a link and without waiting (a named pipe would
  /// otherwise block for ever), then must be a regular file of at most `limit` bytes.
  func read(_ name: String, limit: Int64) throws(Failure) -> [UInt8]? {
    try readStamped(name, limit: limit)?.bytes
  }

  /// The contents of the regular file `name`, as `read(_:limit:)` reads them, with the
  /// file's stamp as it was when opened; nil when there is none.
  func readStamped(_ name: String, limit: Int64) throws(Failure)
    -> (bytes: [UInt8], stamp: FileStamp)?
  {
    let fd = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { return nil }
      if code == ELOOP { throw Failure(relative: path(name), reason: .unsafe(.symbolicLink)) }
      if code == EISDIR { throw Failure(relative: path(name), reason: .folder) }
      throw Failure(relative: path(name), reason: .system(SystemErrorText.of(code)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw Failure(relative: path(name), reason: .system(SafeFolder.lastError()))
    }
    let kind = FileKind(mode: info.st_mode)
    if kind == .folder { throw Failure(relative: path(name), reason: .folder) }
    guard kind == .regular else {
      throw Failure(relative: path(name), reason: .unsafe(.notARegularFile(kind)))
    }
    let size = Int64(info.st_size)
    guard size <= limit else {
      throw Failure(relative: path(name), reason: .unsafe(.tooLarge(bytes: size, limit: limit)))
    }
    do throws(FastFile.ReadFailure) {
      let bytes = try FastFile.readAll(fd, expected: Int(max(0, size)), limit: Int(limit))
      return (bytes, FileStamp(info))
    } catch {
      switch error {
      case .tooLarge:
        throw Failure(
          relative: path(name), reason: .unsafe(.tooLarge(bytes: limit + 1, limit: limit)))
      case .system(let reason):
        throw Failure(relative: path(name), reason: .system(reason))
      }
    }
  }

  /// Calls `body` with each entry's name (as bytes, NUL-terminated in place; `.` and `..`
  /// included) and its kind when the listing gives it.
  func forEachEntry(
    _ body: (_ name: UnsafeRawBufferPointer.SubSequence, _ kind: FileKind?) -> Void
  ) throws(Failure) {
    // A descriptor of its own, not a duplicate: a duplicate shares the position in the
    // listing with this folder's descriptor, which other threads may be listing too.
    let copy = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard copy >= 0, let directory = fdopendir(copy) else {
      let reason = SafeFolder.lastError()
      if copy >= 0 { close(copy) }
      throw Failure(relative: relative, reason: .system(reason))
    }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let kind = FileKind(directoryEntryType: entry.pointee.d_type)
      withUnsafeBytes(of: entry.pointee.d_name) { raw in body(raw.prefix { $0 != 0 }, kind) }
    }
  }

  /// The names in the folder (not `.` or `..`), with their kinds when the listing gives them.
  func entries() throws(Failure) -> [(name: String, kind: FileKind?)] {
    var entries: [(name: String, kind: FileKind?)] = []
    try forEachEntry { bytes, kind in
      let name = String(decoding: bytes, as: UTF8.self)
      if name != "." && name != ".." { entries.append((name, kind)) }
    }
    return entries
  }

  /// Removes the file (or link) `name`; nothing there is not an error.
  func remove(_ name: String) throws(Failure) {
    if unlinkat(descriptor, name, 0) != 0, errno != ENOENT {
      throw Failure(relative: path(name), reason: .system(SafeFolder.lastError()))
    }
  }

  /// Removes the folder `name` and the files in it (a folder pact staged whole); nothing
  /// there is not an error. A folder inside it is not pact's: it is left, and so is `name`.
  func removeFolder(_ name: String) throws(Failure) {
    guard let inner = try folder(name) else { return }
    for (entry, kind) in try inner.entries() where (kind ?? inner.kind(of: entry)) != .folder {
      try inner.remove(entry)
    }
    if unlinkat(descriptor, name, AT_REMOVEDIR) != 0, errno != ENOENT, errno != ENOTEMPTY,
      errno != EEXIST
    {
      throw Failure(relative: path(name), reason: .system(SafeFolder.lastError()))
    }
  }

  /// Flushes the folder's own entries (names added, renamed or removed) to disk.
  func flush() {
    fsync(descriptor)
  }

  static func lastError() -> String { SystemErrorText.last }
}
