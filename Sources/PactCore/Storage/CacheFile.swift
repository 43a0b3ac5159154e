import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One file pact keeps about a panel in the user's cache folder (`$XDG_CACHE_HOME/pact/`,
/// else `~/.cache/pact/`), never in the panel: named by what it holds and by the panel
/// folder's device and inode (`records-2049-1234567`), which stay the same however the
/// folder is reached. Whatever is in it is only ever a copy; a cache that cannot be read or
/// written is done without.
struct CacheFile {
  /// The user's cache folder for pact.
  let folder: URL
  /// The file's name in it.
  let name: String

  /// The file called `kind` of the panel whose folder is `panel`, in `cacheFolder`; nil
  /// when the panel folder's identity cannot be had.
  init?(_ kind: String, cacheFolder: URL, panel: SafeFolder) {
    guard let identity = PanelIdentity(panel.descriptor) else { return nil }
    folder = cacheFolder
    name = "\(kind)-\(identity.device)-\(identity.inode)"
  }

  /// A cache file's first line: the format's name and, after a tab, the panel's folder
  /// (for people reading the cache; a control character in it is written as `?`).
  static func firstLine(_ format: String, panelPath: String) -> String {
    let shownPath = String(
      String.UnicodeScalarView(
        panelPath.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    return format + (shownPath.isEmpty ? "" : "\t" + shownPath) + "\n"
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
  /// all written together (a clone, a copy) would never be kept.
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

  /// The file's contents; nil when there is none or it cannot be read.
  func read() -> [UInt8]? {
    guard let opened = open(create: false) else { return nil }
    return try? opened.read(name, limit: FileSize.workingLimit)
  }

  /// Writes `contents` atomically (a temporary file renamed over the old); quietly not at
  /// all when the cache folder cannot be made or written.
  func write(_ contents: Data) {
    guard let opened = open(create: true) else { return }
    var names = AtomicFile.TemporaryNames()
    let temporary = names.next(for: name)
    guard
      let staged = try? AtomicFile.stage(
        contents, as: name, in: opened, temporary: temporary, in: opened, flush: false)
    else { return }
    try? AtomicFile.commit(staged)
  }
}
