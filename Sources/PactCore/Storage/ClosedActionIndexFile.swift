import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the index of one panel's done and dropped actions is kept: in the user's cache
/// folder (`$XDG_CACHE_HOME/pact/`, else `~/.cache/pact/`), never in the panel, so that a
/// report writes nothing into the panels it reads. One file per panel, named by the panel
/// folder's device and inode (`closed-actions-2049-1234567`), which stay the same however
/// the folder is reached; the panel's path is on the file's first line for people reading
/// the folder. A cache that cannot be read or written is done without.
struct ClosedActionIndexFile {
  /// The user's cache folder for pact.
  let folder: URL
  /// The file's name in it.
  let name: String

  /// The index file of the panel whose folder is `panel`, in `cacheFolder`; nil when the
  /// panel folder's identity cannot be had.
  init?(cacheFolder: URL, panel: SafeFolder) {
    guard let stamp = PanelIdentity(panel.descriptor) else { return nil }
    folder = cacheFolder
    name = "closed-actions-\(stamp.device)-\(stamp.inode)"
  }

  /// The cache folder, opened without following a link at its last step; made (private
  /// to the user) when `create` is set and it is missing.
  private func open(create: Bool) -> SafeFolder? {
    let parent = folder.deletingLastPathComponent().path
    if create {
      mkdir(parent, 0o700)
    }
    guard let above = try? SafeFolder.root(parent) else { return nil }
    return try? above.folder(folder.lastPathComponent, create: create, mode: 0o700)
  }

  /// The time now by the clock of the file system on `device`, read from the stamp of a
  /// file made and removed in the cache folder; nil when the cache folder is on another
  /// file system or cannot be written.
  ///
  /// Whatever changes on that file system from now on is stamped no earlier than this, so
  /// a file last changed well before it cannot change again unnoticed. Without it, the only
  /// sure sign of that clock is the latest stamp in the panel, and a panel whose files were
  /// all written together (a clone, a copy) would never be indexed.
  func fileSystemNow(device: UInt64) -> Int64? {
    guard let opened = open(create: true) else { return nil }
    var names = AtomicFile.TemporaryNames()
    let probe = names.next(for: "clock")
    let fd = openat(
      opened.descriptor, probe, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return nil }
    let stamp = FileStamp(of: fd)
    close(fd)
    try? opened.remove(probe)
    guard let stamp, stamp.device == device else { return nil }
    return stamp.changed
  }

  /// The index as last written; nil when there is none, or it is not one pact wrote.
  func read() -> ClosedActionIndex? {
    guard let opened = open(create: false),
      let bytes = try? opened.read(name, limit: FileSize.workingLimit)
    else { return nil }
    return ClosedActionIndex(bytes: bytes)
  }

  /// Writes the index atomically (a temporary file renamed over the old); quietly not at
  /// all when the cache folder cannot be made or written.
  func write(_ index: ClosedActionIndex, panelPath: String) {
    guard let opened = open(create: true) else { return }
    var names = AtomicFile.TemporaryNames()
    let temporary = names.next(for: name)
    let text = index.text(panelPath: panelPath)
    guard
      let staged = try? AtomicFile.stage(
        Data(text.utf8), as: name, in: opened, temporary: temporary, in: opened, flush: false)
    else { return }
    try? AtomicFile.commit(staged)
  }
}
