import Foundation

extension PanelReader {
  /// The dates of every done and dropped action in the folders for them, by folder and in
  /// no particular order (the report needs only counts and a median): from the index in
  /// `.pact/` for each file whose stamp is unchanged, and from the file itself for the
  /// rest. The index is then brought up to date, when it can be. An action in those
  /// folders that is open after all (edited by hand) is read whole and returned apart.
  ///
  /// - Throws: `StorageError.readFailed` when a folder or file cannot be read; a file that
  ///   is not a valid action is noted in `diagnostics` as a full read would note it.
  func closedActionDates(
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> (dates: [String: [ActionDates]], open: [Action]) {
    let started = indexClock()
    let indexPath = "\(folder.privateURL.path)/\(ClosedActionIndex.fileName)"
    let previous = (try? FastFile.read(indexPath)).flatMap(ClosedActionIndex.init(bytes:))
    var index = ClosedActionIndex()
    var dates: [String: [ActionDates]] = [:]
    var open: [Action] = []
    let problemsBefore = diagnostics.count
    for directory in PanelPaths.closedFolders(of: .action) {
      let listing: [(name: String, stamp: FileStamp?)]
      do {
        listing = try FastFile.stamps(in: folder.path(directory)) ?? []
      } catch .system(let reason) {
        throw StorageError.readFailed(path: folder.displayPath(directory), reason: reason)
      } catch {
        continue
      }
      var found: [ActionDates] = []
      for (name, stamp) in listing where PanelPaths.isRecordFileName(name) {
        if let stamp, let entry = previous?.entry(folder: directory, name: name),
          entry.stamp == stamp
        {
          found.append(entry.dates)
          index.set(entry, folder: directory, name: name)
          continue
        }
        guard
          let action = try readRecord(
            Action.self, named: name, in: directory, diagnostics: &diagnostics)
        else { continue }
        let entry = ActionDates(action)
        guard !action.isOpen else {
          open.append(action)
          continue
        }
        found.append(entry)
        if let stamp, stamp.isSettled(before: started - indexSettling) {
          index.set(
            ClosedActionIndex.Entry(stamp: stamp, dates: entry), folder: directory, name: name)
        }
      }
      dates[directory] = found
    }
    if diagnostics.count == problemsBefore, index != previous {
      saveIndex(index, at: indexPath)
    }
    return (dates, open)
  }

  /// The time now for judging which files have settled: the earlier of the machine's
  /// clock and the file system's. A file's times come from the file system, whose clock
  /// may run behind the machine's on a network share; its time is read by touching
  /// `.pact/clock`, where the private folder exists.
  private func indexClock() -> Int64 {
    let machine = FileStamp.now()
    let fd = open("\(folder.privateURL.path)/clock", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return machine }
    defer { close(fd) }
    var info = stat()
    guard futimens(fd, nil) == 0, fstat(fd, &info) == 0 else { return machine }
    return min(machine, FileStamp(info).modified)
  }

  /// Writes the index, if the panel's private folder exists or its `.gitignore` keeps that
  /// folder out of git (a panel cloned from git has no `.pact/` yet); a panel pact may not
  /// write to is read just the same, without an index. A private folder made here gets the
  /// panel folder's permissions, so that a report run by one member of a group that shares
  /// the panel does not lock the others out of it.
  private func saveIndex(_ index: ClosedActionIndex, at path: String) {
    let privateFolder = folder.privateURL.path
    let scratch = folder.scratchURL
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: privateFolder, isDirectory: &isFolder) {
      guard isFolder.boolValue else { return }
    } else {
      var info = stat()
      let store = PanelStore(root: folder.root, display: folder.display)
      guard store.gitIgnoresPrivateFolder, stat(folder.root.path, &info) == 0 else { return }
      let mode = info.st_mode & 0o7777
      for made in [privateFolder, scratch.path] {
        if mkdir(made, mode) == 0 {
          chmod(made, mode)  // past the umask
        } else if errno != EEXIST {
          return
        }
      }
    }
    try? AtomicFile.write(Data(index.text.utf8), to: URL(fileURLWithPath: path), scratch: scratch)
  }
}
