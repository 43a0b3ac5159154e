import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock (`flock`) on an open file.
///
/// The kernel releases the lock when the process ends, however it ends, so a killed pact
/// can never leave a panel locked; the lock file itself is harmless when left behind.
final class FileLock {
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Takes the lock on `url`, waiting up to `timeout` seconds for another holder.
  ///
  /// - Returns: nil when the wait ran out.
  /// - Throws: `StorageError.writeFailed` when the lock file cannot be opened.
  static func acquire(_ url: URL, timeout: TimeInterval) throws -> FileLock? {
    let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw StorageError.writeFailed(path: url.path, reason: String(cString: strerror(errno)))
    }
    let deadline = Date().addingTimeInterval(timeout)
    var pause: UInt32 = 2_000
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno != EWOULDBLOCK && errno != EINTR && errno != EAGAIN {
        let reason = String(cString: strerror(errno))
        close(fd)
        throw StorageError.writeFailed(path: url.path, reason: reason)
      }
      if Date() >= deadline {
        close(fd)
        return nil
      }
      usleep(pause)
      pause = min(pause * 2, 50_000)
    }
    return FileLock(descriptor: fd)
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
