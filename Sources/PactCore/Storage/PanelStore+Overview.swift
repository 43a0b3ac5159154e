import Foundation

extension PanelStore {
  /// The dates of every done and dropped action, by folder and in no particular order (the
  /// report needs only counts and a median): from the index in `.pact/` for each file whose
  /// stamp is unchanged, and from the file itself for the rest. The index is then brought
  /// up to date, when it can be.
  ///
  /// - Throws: `StorageError.readFailed` when a folder or file cannot be read; a file that
  ///   is not a valid action is noted in `diagnostics` as a full read would note it.
  func closedActionDates(
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> [String: [ActionDates]] {
    let started = FileStamp.now()
    let indexPath = "\(privateURL.path)/\(ClosedActionIndex.fileName)"
    let previous = (try? FastFile.read(indexPath)).flatMap(ClosedActionIndex.init(bytes:))
    var index = ClosedActionIndex()
    var dates: [String: [ActionDates]] = [:]
    let problemsBefore = diagnostics.count
    for folder in RecordKind.action.folders.dropFirst() {
      let listing: [(name: String, stamp: FileStamp?)]
      do {
        listing = try FastFile.stamps(in: root.path + "/" + folder) ?? []
      } catch .system(let reason) {
        throw StorageError.readFailed(path: displayPath(folder), reason: reason)
      } catch {
        continue
      }
      var found: [ActionDates] = []
      for (name, stamp) in listing where PanelStore.isRecordFileName(name) {
        if let stamp, let entry = previous?.entry(folder: folder, name: name),
          entry.stamp == stamp
        {
          found.append(entry.dates)
          index.set(entry, folder: folder, name: name)
          continue
        }
        guard
          let action = try loadRecord(
            Action.self, named: name, in: folder, diagnostics: &diagnostics)
        else { continue }
        let entry = ActionDates(action)
        found.append(entry)
        if let stamp, stamp.isSettled(before: started - indexSettling) {
          index.set(ClosedActionIndex.Entry(stamp: stamp, dates: entry), folder: folder, name: name)
        }
      }
      dates[folder] = found
    }
    if diagnostics.count == problemsBefore, index != previous {
      saveIndex(index, at: indexPath)
    }
    return dates
  }

  /// Writes the index, if the panel's private folder exists or its `.gitignore` keeps that
  /// folder out of git (a panel cloned from git has no `.pact/` yet); a panel pact may not
  /// write to is read just the same, without an index.
  private func saveIndex(_ index: ClosedActionIndex, at path: String) {
    let folder = privateURL.path
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
    guard exists ? isFolder.boolValue : gitIgnoresPrivateFolder else { return }
    try? AtomicFile.write(
      Data(index.text.utf8), to: URL(fileURLWithPath: path),
      scratch: privateURL.appendingPathComponent("tmp"))
  }
}
