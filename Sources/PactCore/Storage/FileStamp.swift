#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the file system says about a file without reading it — its device and inode, size,
/// and when its contents and its metadata last changed — as git's index keeps it to tell a
/// file changed since it was last read.
///
/// Any write to a file changes its change time, and replacing it by a rename gives a new
/// inode, so a file whose stamp is as recorded holds what it held then — unless it changed
/// again within the same tick of the file system's clock. `isSettled(before:)` tells when
/// that can no longer happen.
struct FileStamp: Equatable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  /// Nanoseconds since 1970 when the contents last changed.
  var modified: Int64
  /// Nanoseconds since 1970 when the file or its metadata last changed.
  var changed: Int64

  init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  init(_ info: stat) {
    device = UInt64(truncatingIfNeeded: info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if os(Linux)
      modified = FileStamp.nanoseconds(info.st_mtim)
      changed = FileStamp.nanoseconds(info.st_ctim)
    #else
      modified = FileStamp.nanoseconds(info.st_mtimespec)
      changed = FileStamp.nanoseconds(info.st_ctimespec)
    #endif
  }

  /// Whether both times are before `moment` (nanoseconds since 1970): a file last changed
  /// well before it cannot change again unnoticed within the same tick.
  func isSettled(before moment: Int64) -> Bool {
    modified < moment && changed < moment
  }

  /// The time now, in nanoseconds since 1970.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}

extension FileStamp {
  /// The stamp of an open file or folder; nil when the system will not give one.
  init?(of descriptor: Int32) {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    self.init(info)
  }
}

extension SafeFolder {
  /// The names in the folder (not `.` or `..`), each with its stamp and kind, without
  /// following a link (nil when the system will not give them, so the caller reads the
  /// file and reports why).
  func stamps() throws(Failure) -> [(name: String, stamp: FileStamp?, kind: FileKind?)] {
    var entries: [(name: String, stamp: FileStamp?, kind: FileKind?)] = []
    let folder = descriptor
    try forEachEntry { bytes, _ in
      let name = String(decoding: bytes, as: UTF8.self)
      guard name != ".", name != ".." else { return }
      // The name is NUL-terminated in place, as readdir gave it.
      var info = stat()
      let status = bytes.base.withMemoryRebound(to: CChar.self) { text in
        text.baseAddress.map { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) } ?? -1
      }
      entries.append(
        status == 0 ? (name, FileStamp(info), FileKind(mode: info.st_mode)) : (name, nil, nil))
    }
    return entries
  }

  /// The stamp and kind of `name` in the folder, without following a link; nil when the
  /// system will not give them.
  func stamp(of name: String) -> (stamp: FileStamp, kind: FileKind)? {
    var info = stat()
    guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return (FileStamp(info), FileKind(mode: info.st_mode))
  }
}
