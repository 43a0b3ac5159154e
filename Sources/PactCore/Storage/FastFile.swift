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
  /// Why a read failed: the file is missing, is a folder, is something pact will not
  /// read, or the system said no.
  enum Failure: Error {
    case missing
    case folder
    case unsafe(UnsafeEntry)
    case system(String)
  }

  /// The whole contents of the regular file at `path`, of at most `limit` bytes: a link
  /// is not followed (unless `followingLinks`), and a named pipe or device is refused
  /// without waiting on it.
  static func read(
    _ path: String, limit: Int64 = FileSize.workingLimit, followingLinks: Bool = false
  ) throws(Failure) -> [UInt8] {
    let fd = open(
      path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
    guard fd >= 0 else {
      switch errno {
      case ENOENT: throw .missing
      case ELOOP: throw .unsafe(.symbolicLink)
      case EISDIR: throw .folder
      default: throw .system(SystemErrorText.last)
      }
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .system(SystemErrorText.last) }
    let kind = FileKind(mode: info.st_mode)
    if kind == .folder { throw .folder }
    guard kind == .regular else { throw .unsafe(.notARegularFile(kind)) }
    guard Int64(info.st_size) <= limit else {
      throw .unsafe(.tooLarge(bytes: Int64(info.st_size), limit: limit))
    }
    do throws(ReadFailure) {
      return try readAll(fd, expected: max(0, Int(info.st_size)), limit: Int(limit))
    } catch {
      switch error {
      case .tooLarge: throw .unsafe(.tooLarge(bytes: limit + 1, limit: limit))
      case .system(let reason): throw .system(reason)
      }
    }
  }

  /// Why reading an open file failed.
  enum ReadFailure: Error {
    case tooLarge
    case system(String)
  }

  /// Reads an open regular file whose size was `expected` when opened. It stops at that size
  /// without a last call to see the end (pact replaces files whole rather than growing them,
  /// and a panel's history is thousands); a file that gave no size is read to its end, but
  /// never past `limit` bytes.
  static func readAll(_ fd: Int32, expected size: Int, limit: Int) throws(ReadFailure)
    -> [UInt8]
  {
    // The expected bytes are read straight into the array's storage, not into zeros first:
    // a cache file of ten years of records is megabytes.
    var filled = 0
    var failure: ReadFailure?
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      while let base = buffer.baseAddress, filled < size {
        let count = Foundation.read(fd, base + filled, size - filled)
        if count < 0 {
          if errno == EINTR { continue }
          failure = .system(SystemErrorText.last)
          break
        }
        if count == 0 { break }
        filled += count
      }
      initialized = filled
    }
    if let failure { throw failure }
    guard size == 0 else { return bytes }
    while true {
      if filled == bytes.count {
        guard bytes.count < limit else { throw .tooLarge }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: min(4096, limit - bytes.count)))
      }
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(fd, base + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(SystemErrorText.last)
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }
}
