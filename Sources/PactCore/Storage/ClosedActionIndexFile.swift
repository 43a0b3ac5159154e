import Foundation

/// Where the index of one panel's done and dropped actions is kept: a `CacheFile`
/// (`closed-actions-2049-1234567`), never in the panel, so that a report writes nothing
/// into the panels it reads. The panel's path is on the file's first line for people
/// reading the folder.
struct ClosedActionIndexFile {
  private let file: CacheFile

  /// The index file of the panel whose folder is `panel`, in `cacheFolder`; nil when the
  /// panel folder's identity cannot be had.
  init?(cacheFolder: URL, panel: SafeFolder) {
    guard let file = CacheFile("closed-actions", cacheFolder: cacheFolder, panel: panel) else {
      return nil
    }
    self.file = file
  }

  /// See `CacheFile.fileSystemNow(device:)`.
  func fileSystemNow(device: UInt64) -> Int64? { file.fileSystemNow(device: device) }

  /// The index as last written; nil when there is none, or it is not one pact wrote.
  func read() -> ClosedActionIndex? {
    file.read().flatMap(ClosedActionIndex.init(bytes:))
  }

  /// Writes the index atomically; quietly not at all when the cache folder cannot be made
  /// or written.
  func write(_ index: ClosedActionIndex, panelPath: String) {
    file.write(Data(index.bytes(panelPath: panelPath)))
  }
}
