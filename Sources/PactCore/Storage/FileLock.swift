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

  /// Takes the lock on the open file `descriptor` (which the lock then owns), waiting up
  /// to `timeout` seconds for another holder.
  ///
  /// - Returns: nil when the wait ran out (the descriptor is closed).
  /// - Throws: the system's reason when the lock cannot be taken at all.
  static func acquire(_ descriptor: Int32, timeout: TimeInterval) throws(SafeFolder.Failure)
    -> FileLock?
  {
    let deadline = Date().addingTimeInterval(timeout)
    var pause: UInt32 = 2_000
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      if errno != EWOULDBLOCK && errno != EINTR && errno != EAGAIN {
        let reason = SafeFolder.lastError()
        close(descriptor)
        throw SafeFolder.Failure(relative: "", reason: .system(reason))
      }
      if Date() >= deadline {
        close(descriptor)
        return nil
      }
      usleep(pause)
      pause = min(pause * 2, 50_000)
    }
    return FileLock(descriptor: descriptor)
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
