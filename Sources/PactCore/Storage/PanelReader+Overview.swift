import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PanelReader {
  /// The dates of every done and dropped action in the folders for them, by folder and in
  /// no particular order (the report needs only counts and a median): from the index in
  /// the user's cache folder for each file whose stamp is unchanged, and from the file
  /// itself for the rest. The index is then brought up to date, when it can be. An action
  /// in those folders that is open after all (edited by hand) is read whole and returned
  /// apart. Nothing is written into the panel.
  ///
  /// - Throws: `StorageError.readFailed` when a folder or file cannot be read; a file that
  ///   is not a valid action, or that pact will not read, is noted in `diagnostics` as a
  ///   full read would note it.
  func closedActionDates(
    root: SafeFolder, diagnostics: inout [DataFileDiagnostic]
  ) throws -> (dates: [String: [ActionDates]], open: [Action]) {
    let machineNow = FileStamp.now()
    let cache = cacheFolder.flatMap { ClosedActionIndexFile(cacheFolder: $0, panel: root) }
    let previous = cache?.read()
    // The entries still true; the index is built again only when it is to change.
    var kept: [(directory: String, name: String, entry: ClosedActionIndex.Entry)] = []
    var pending: [(directory: String, name: String, entry: ClosedActionIndex.Entry)] = []
    // The file system's clock is at least as late as the latest change it has stamped, and
    // as a file just made in the cache folder when that is on the same file system: a file
    // changed well before that cannot change again within the same tick unnoticed, even
    // where that clock runs behind the machine's (a network share).
    var fileSystemNow = Int64.min
    if let cache, let panel = PanelIdentity(root.descriptor),
      let now = cache.fileSystemNow(device: panel.device)
    {
      fileSystemNow = now
    }
    var dates: [String: [ActionDates]] = [:]
    var reopened: [Action] = []
    let problemsBefore = diagnostics.count
    for directory in PanelPaths.closedFolders(of: .action) {
      guard let opened = try open(directory, in: root, diagnostics: &diagnostics) else {
        continue
      }
      if let own = FileStamp(of: opened.descriptor) {
        fileSystemNow = max(fileSystemNow, own.changed)
      }
      // With an index, each file's stamp is asked for to find the entries still true;
      // with none (a first report), each file is read, and its stamp comes with the read.
      // Where the listing gives no kind, it is asked for: what is not a regular file is
      // never opened.
      let listing: [(name: String, stamp: FileStamp?, kind: FileKind?)]
      do throws(SafeFolder.Failure) {
        listing =
          previous == nil
          ? try opened.entries().map { ($0.name, nil, $0.kind ?? opened.kind(of: $0.name)) }
          : try opened.stamps()
      } catch {
        throw folder.error(error)
      }
      var found: [ActionDates] = []
      for (name, listed, kind) in listing where PanelPaths.isRecordFileName(name) {
        var stamp = listed
        if let stamp { fileSystemNow = max(fileSystemNow, stamp.changed) }
        if let stamp, kind == .regular, let entry = previous?.entry(folder: directory, name: name),
          entry.stamp == stamp
        {
          found.append(entry.dates)
          kept.append((directory, name, entry))
          continue
        }
        let action: Action
        if listed == nil {
          guard
            let read = try readStampedRecord(
              Action.self, named: name, in: opened, kind: kind, diagnostics: &diagnostics)
          else { continue }
          action = read.record
          stamp = read.stamp
          fileSystemNow = max(fileSystemNow, read.stamp.changed)
        } else {
          guard
            let read = try readRecord(
              Action.self, named: name, in: opened, kind: kind, diagnostics: &diagnostics)
          else { continue }
          action = read
        }
        let entry = ActionDates(action)
        guard !action.isOpen else {
          reopened.append(action)
          continue
        }
        found.append(entry)
        if let stamp, kind == .regular || listed == nil {
          pending.append((directory, name, ClosedActionIndex.Entry(stamp: stamp, dates: entry)))
        }
      }
      dates[directory] = found
    }
    let (settledBefore, overflow) = min(machineNow, fileSystemNow)
      .subtractingReportingOverflow(indexSettling)
    let settled = pending.filter { !overflow && $0.entry.stamp.isSettled(before: settledBefore) }
    // Names are unique in a folder, so every entry was kept when as many were.
    let unchanged = previous != nil && settled.isEmpty && kept.count == previous?.count
    if let cache, diagnostics.count == problemsBefore, !unchanged {
      var index = ClosedActionIndex()
      for (directory, name, entry) in kept + settled {
        index.set(entry, folder: directory, name: name)
      }
      if index != previous { cache.write(index, panelPath: folder.root.path) }
    }
    return (dates, reopened)
  }

  /// Reads a record as `readRecord(_:named:in:kind:diagnostics:)` does, without the cache
  /// folder's copies, with the stamp its file had when it was read.
  func readStampedRecord<R: Record>(
    _ type: R.Type, named name: String, in opened: SafeFolder, kind: FileKind?,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> (record: R, stamp: FileStamp)? {
    guard let id = recordID(R.self, named: name, in: opened, diagnostics: &diagnostics),
      let read = try readBytes(name, in: opened, kind: kind, diagnostics: &diagnostics),
      let record = decode(
        R.self, id: id, bytes: read.bytes[...], file: opened.path(name), &diagnostics)
    else { return nil }
    return (record, read.stamp)
  }
}
