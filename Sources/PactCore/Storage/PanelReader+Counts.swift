import Foundation

extension PanelReader {
  /// How many record files a folder holds, counted from its listing — or from the names
  /// kept in the user's cache folder while the folder's stamp is unchanged (`FolderNames`) —
  /// without making a string of each name but for the ids that begin as one of `starts`
  /// (`start(of:)`), which are added to `kept`.
  func recordFileCount(
    in directory: String, root: SafeFolder, diagnostics: inout [DataFileDiagnostic],
    keeping starts: Set<UInt64>, into kept: inout [String]
  ) throws -> Int {
    guard let opened = try open(directory, in: root, diagnostics: &diagnostics) else {
      return 0
    }
    func keepIfNear(_ name: ArraySlice<UInt8>) {
      guard !starts.isEmpty else { return }
      let id = name.dropLast(5)
      if let start = PanelReader.start(of: id), starts.contains(start) {
        kept.append(String(decoding: id, as: UTF8.self))
      }
    }
    // The names as last listed, while the folder's stamp says none was added or removed.
    let stamp = FileStamp(of: opened.descriptor)
    let cache = recordCacheFolder.flatMap {
      CacheFile(
        "names-" + directory.replacingOccurrences(of: "/", with: "-"), cacheFolder: $0,
        panel: root)
    }
    if let stamp, let known = cache?.read().flatMap(FolderNames.init(bytes:)),
      known.stamp == stamp
    {
      known.forEachName(keepIfNear)
      return known.count
    }
    var names: [[UInt8]] = []
    do {
      try opened.forEachEntry { name, _ in
        guard PanelPaths.isRecordFileName(bytes: name) else { return }
        names.append(Array(name))
      }
    } catch {
      throw folder.error(error)
    }
    for name in names { keepIfNear(name[...]) }
    if let cache, let stamp, let now = cache.fileSystemNow(device: stamp.device),
      stamp.isSettled(before: min(FileStamp.now(), now) - indexSettling)
    {
      cache.write(Data(FolderNames.text(stamp: stamp, names: names, panelPath: folder.root.path)))
    }
    return names.count
  }

  /// The first `RecordID.minimumShownLength` bytes of an id, as a number; nil for a shorter
  /// id. Two ids whose short forms could be alike begin with the same such bytes.
  static func start<Bytes: RandomAccessCollection>(of id: Bytes) -> UInt64?
  where Bytes.Element == UInt8, Bytes.Index == Int {
    // Eight bytes hold the shortest form shown. Called for every done and dropped action
    // of years, from the listing's bytes: index arithmetic, no iterator.
    let length = RecordID.minimumShownLength
    guard id.count >= length, length <= 8 else { return nil }
    var start: UInt64 = 0
    for offset in 0..<length { start = start << 8 | UInt64(id[id.startIndex + offset]) }
    return start
  }

  static func start(of id: String) -> UInt64? { start(of: Array(id.utf8)) }
}
