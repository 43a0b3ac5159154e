import Foundation

/// One read of a panel through its `RecordCache`s, one for each records folder: which files
/// a cache still holds as they are, which were read afresh, and, once the read is done,
/// each cache brought up to date when it changed. A command that lists only the open work
/// reads only the caches of those folders.
///
/// A file's bytes are kept only once its stamp is settled: changed well before the file
/// system's clock now (`FileStamp.isSettled(before:)`), so that it cannot have changed again
/// within the same tick of that clock unnoticed.
struct RecordCacheSession {
  /// What is known of one records folder.
  private struct Folder {
    let file: CacheFile?
    let previous: RecordCache
    /// Entries of `previous` whose files are unchanged, by name.
    var kept: [String: RecordCache.Entry] = [:]
    /// Files read afresh and read well, by name.
    var fresh: [String: (stamp: FileStamp, bytes: [UInt8], mayHoldControls: Bool)] = [:]
  }

  private let cacheFolder: URL
  private let root: SafeFolder
  private let device: UInt64
  private let machineNow = FileStamp.now()
  /// The folders whose listings were read, in the order read, and where each is by its
  /// path relative to the panel.
  private var folders: [Folder] = []
  private var places: [String: Int] = [:]
  /// The folder last asked for: a read asks for the same folder ten thousand times.
  private var lastPath = ""
  private var lastPlace = -1
  /// The latest change stamped on any file seen: the file system's clock is at least this.
  private var latestChange = Int64.min

  /// The caches of the panel whose folder is `root`, in `cacheFolder`; nil when there is
  /// no cache folder or the panel folder's identity cannot be had.
  init?(cacheFolder: URL?, root: SafeFolder) {
    guard let cacheFolder, let identity = PanelIdentity(root.descriptor) else { return nil }
    self.cacheFolder = cacheFolder
    self.root = root
    device = identity.device
  }

  /// Reads the cache of `folder` (relative to the panel), whose listing is being read
  /// whole: entries for files no longer in it are dropped when the cache is saved.
  mutating func reading(_ folder: String) {
    guard places[folder] == nil else { return }
    let name = "records-" + folder.replacingOccurrences(of: "/", with: "-")
    let file = CacheFile(name, cacheFolder: cacheFolder, panel: root)
    let previous = file?.read().flatMap(RecordCache.init(bytes:))
    var known = Folder(
      file: file,
      previous: previous.flatMap { $0.folder == folder || $0.count == 0 ? $0 : nil }
        ?? RecordCache())
    known.kept.reserveCapacity(known.previous.count)
    places[folder] = folders.count
    folders.append(known)
  }

  /// Whether the cache of `folder` (relative to the panel), read by `reading(_:)`, holds
  /// any file.
  func holdsFiles(_ folder: String) -> Bool {
    places[folder].map { folders[$0].previous.count > 0 } ?? false
  }

  /// The entry for the file `name` in `folder` and the bytes it held when cached, when its
  /// stamp is still the one recorded and it is a regular file; nil otherwise, for the file
  /// to be read. `found` is the file's stamp and kind when already asked for; otherwise
  /// they are asked for here.
  mutating func cached(
    _ name: String, in folder: SafeFolder, found: (stamp: FileStamp, kind: FileKind)?? = nil
  ) -> (entry: RecordCache.Entry, bytes: ArraySlice<UInt8>)? {
    guard let place = place(of: folder.relative),
      let entry = folders[place].previous.entry(name),
      let (stamp, kind) = found ?? folder.stamp(of: name), kind == .regular,
      stamp == entry.stamp
    else { return nil }
    latestChange = max(latestChange, stamp.changed)
    return (entry, folders[place].previous.contents(entry))
  }

  /// Keeps `entry`, found by `cached(_:in:found:)` for `name` in `folder`, whose bytes were read
  /// well.
  mutating func keep(_ entry: RecordCache.Entry, for name: String, in folder: String) {
    guard let place = place(of: folder) else { return }
    folders[place].kept[name] = entry
  }

  /// Offers for the cache the bytes of `name` in `folder`, read afresh and read well, with
  /// the file's stamp when it was opened.
  mutating func offer(
    _ name: String, in folder: String, stamp: FileStamp, bytes: [UInt8], mayHoldControls: Bool
  ) {
    latestChange = max(latestChange, stamp.changed)
    guard stamp.device == device, stamp.size == Int64(bytes.count) else { return }
    guard let place = place(of: folder) else { return }
    folders[place].fresh[name] = (stamp, bytes, mayHoldControls)
  }

  /// Where the folder at `path` is in `folders`, when it was read.
  private mutating func place(of path: String) -> Int? {
    if lastPlace >= 0, path == lastPath { return lastPlace }
    guard let place = places[path] else { return nil }
    (lastPath, lastPlace) = (path, place)
    return place
  }

  /// Writes each cache again when it is to change: files read afresh whose stamps are
  /// settled are added, and entries for files changed or gone are dropped. `settling` is
  /// how long, in nanoseconds, a file must have been left unchanged.
  func save(settling: Int64, panelPath: String) {
    var fileSystemNow = latestChange
    if folders.contains(where: { !$0.fresh.isEmpty }),
      let probe = folders.lazy.compactMap(\.file).first?.fileSystemNow(device: device)
    {
      fileSystemNow = max(fileSystemNow, probe)
    }
    let (settledBefore, overflow) = min(machineNow, fileSystemNow)
      .subtractingReportingOverflow(settling)
    for (path, place) in places.sorted(by: { $0.key < $1.key }) {
      let folder = folders[place]
      guard let file = folder.file else { continue }
      let settled = folder.fresh.filter {
        !overflow && $0.value.stamp.isSettled(before: settledBefore)
      }
      // Names are unique in a folder, so it lost nothing when as many were kept.
      guard !settled.isEmpty || folder.kept.count != folder.previous.count else { continue }
      var writer = RecordCache.Writer(panelPath: panelPath)
      for name in Set(folder.kept.keys).union(settled.keys).sorted() {
        if let (stamp, bytes, controls) = settled[name] {
          writer.add(
            folder: path, name: name, stamp: stamp, mayHoldControls: controls, contents: bytes)
        } else if let entry = folder.kept[name] {
          writer.add(
            folder: path, name: name, stamp: entry.stamp, mayHoldControls: entry.mayHoldControls,
            contents: folder.previous.contents(entry))
        }
      }
      file.write(Data(writer.finished))
    }
  }
}
