import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading files and folders with the system calls directly: a panel of ten years is tens
/// of thousands of small files, and Foundation's URL and Data layers cost more than the
/// reading itself.
enum FastFile {
  /// Why a read failed: the file is missing, is a folder, or the system said no.
  enum Failure: Error {
    case missing
    case folder
    case system(String)
  }

  /// The whole contents of the file at `path`.
  static func read(_ path: String) throws(Failure) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw errno == ENOENT ? .missing : .system(String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .system(String(cString: strerror(errno))) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .folder }
    let size = max(0, Int(info.st_size))
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    // Stop at the size the file had when opened, without a last call to see the end: pact
    // replaces files whole rather than growing them, and a panel's history is thousands.
    while size == 0 || filled < size {
      if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(fd, base + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(String(cString: strerror(errno)))
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  /// Calls `body` with each entry of the folder at `path` — its name's bytes (`.` and `..`
  /// included) and the open folder's descriptor — and returns false when there is no folder.
  static func forEachEntry(
    in path: String, _ body: (_ name: UnsafeRawBufferPointer.SubSequence, _ folder: Int32) -> Void
  ) throws(Failure) -> Bool {
    guard let directory = opendir(path) else {
      if errno == ENOENT || errno == ENOTDIR { return false }
      throw .system(String(cString: strerror(errno)))
    }
    defer { closedir(directory) }
    let folder = dirfd(directory)
    while let entry = readdir(directory) {
      withUnsafeBytes(of: entry.pointee.d_name) { raw in body(raw.prefix { $0 != 0 }, folder) }
    }
    return true
  }

  /// How many names in the folder at `path` satisfy `matches`, given each name's bytes; nil
  /// when there is no folder.
  static func count(
    in path: String, where matches: (UnsafeRawBufferPointer.SubSequence) -> Bool
  ) throws(Failure) -> Int? {
    var count = 0
    guard try forEachEntry(in: path, { name, _ in if matches(name) { count += 1 } }) else {
      return nil
    }
    return count
  }

  /// The names in the folder at `path` (not `.` or `..`), or nil when there is no folder.
  static func names(in path: String) throws(Failure) -> [String]? {
    var names: [String] = []
    let found = try forEachEntry(in: path) { bytes, _ in
      let name = String(decoding: bytes, as: UTF8.self)
      if name != "." && name != ".." { names.append(name) }
    }
    return found ? names : nil
  }
}
