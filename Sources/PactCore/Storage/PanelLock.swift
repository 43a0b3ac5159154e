import Foundation

/// The lock a change holds on a panel: an advisory lock on `.pact/lock`, which the system
/// releases when the process ends, however it ends.
enum PanelLock {
  /// Takes the lock, waiting up to `timeout` seconds for another pact process.
  ///
  /// - Throws: `StorageError.busy` when the wait runs out; `StorageError.writeFailed` when
  ///   the private folder or the lock file cannot be made.
  static func take(_ folder: PanelFolder, timeout: TimeInterval) throws -> FileLock {
    do {
      try FileManager.default.createDirectory(
        at: folder.privateURL, withIntermediateDirectories: true)
    } catch {
      throw StorageError.writeFailed(
        path: folder.displayPath(PanelPaths.privateFolder), reason: AtomicFile.describe(error))
    }
    guard
      let lock = try FileLock.acquire(
        folder.privateURL.appendingPathComponent("lock"), timeout: timeout)
    else {
      throw StorageError.busy(path: folder.display, waitedSeconds: Int(timeout.rounded()))
    }
    return lock
  }
}
