import Foundation

/// Changes files beside the records in many panels as one run — a county's crime counts —
/// flushing to disk once for a group of panels rather than once a file: each panel's new
/// files and undo entry are staged under its lock, the group is flushed, and then every
/// file is renamed into place. Each panel's change is one entry in its own undo journal.
///
/// When a panel cannot be written, the panels already written are put back as they were,
/// so a run changes every panel or none.
struct PanelBatchWriter {
  /// One panel's change: the files it reads, and what they become.
  struct Job {
    var store: PanelStore
    var paths: [String]
    var change: (PanelFiles) throws -> PanelFiles
  }

  /// Panels changed between flushes: each holds a lock and a few folders open meanwhile.
  static let groupSize = 32

  /// What a job did: the files it wrote or removed, and the files it left as they were.
  struct Outcome {
    var changed: Set<String>
    var unchanged: Set<String>
  }

  /// Runs every job, `groupSize` panels between flushes; returns what each did.
  ///
  /// - Throws: whatever a job throws, or a storage error, after putting back the panels
  ///   already changed.
  static func run(_ jobs: [Job], groupSize: Int = PanelBatchWriter.groupSize) throws -> [Outcome] {
    var changed: [Outcome] = []
    var written: [PanelStore] = []
    do {
      var start = 0
      while start < jobs.count {
        let group = jobs[start..<min(start + max(1, groupSize), jobs.count)]
        let results = try runGroup(Array(group))
        for (job, outcome) in zip(group, results) where !outcome.changed.isEmpty {
          written.append(job.store)
        }
        changed += results
        start += max(1, groupSize)
      }
    } catch {
      for store in written.reversed() { _ = try? store.undo() }
      throw error
    }
    return changed
  }

  private static func runGroup(_ jobs: [Job]) throws -> [Outcome] {
    var locks: [FileLock] = []
    defer { withExtendedLifetime(locks) {} }
    var staged: [AtomicFile.Staged] = []
    var removals: [String] = []
    var trims: [URL] = []
    var changed: [Outcome] = []
    for job in jobs {
      let store = job.store
      locks.append(try PanelLock.take(store.folder, timeout: store.lockTimeout))
      let originals = try store.readFiles(job.paths)
      let files = try job.change(originals)
      var changes: [UndoJournal.FileChange] = []
      var writes: [(path: String, text: String?)] = []
      for (path, json) in files.sorted(by: { $0.key < $1.key }) where originals[path] != json {
        writes.append((path, JSONWriter.prettyString(json)))
      }
      for path in originals.keys.sorted() where files[path] == nil { writes.append((path, nil)) }
      let written = Set(writes.map(\.path))
      changed.append(
        Outcome(changed: written, unchanged: Set(files.keys.filter { !written.contains($0) })))
      guard !writes.isEmpty else { continue }
      for write in writes {
        changes.append(
          UndoJournal.FileChange(
            path: write.path, before: try store.folder.currentText(write.path), after: write.text))
      }
      let scratchURL = store.folder.scratchURL
      try AtomicFile.createFolders([scratchURL])
      let scratch = try AtomicFile.Folder(scratchURL.path)
      var names = AtomicFile.TemporaryNames()
      let (entry, old) = try store.journal.stage(
        UndoJournal.Entry(label: store.changeLabel, files: changes), names: &names,
        scratch: scratch)
      staged.append(entry)
      trims += old
      var folders: [Substring: AtomicFile.Folder] = [:]
      for (path, text) in writes {
        guard let text else {
          removals.append(store.folder.path(path))
          continue
        }
        let (folderName, name) = PanelPaths.split(path)
        let folderPath =
          folderName.isEmpty ? store.root.path : store.folder.path(String(folderName))
        if folders[folderName] == nil {
          try AtomicFile.createFolders([URL(fileURLWithPath: folderPath, isDirectory: true)])
          folders[folderName] = try AtomicFile.Folder(folderPath)
        }
        guard let target = folders[folderName] else { continue }
        staged.append(
          try AtomicFile.stage(
            Data(text.utf8), as: String(name), in: target, temporary: names.next(for: String(name)),
            in: scratch, flush: false))
      }
    }
    if !staged.isEmpty { AtomicFile.flushAll() }
    for file in staged { try AtomicFile.commit(file) }
    for path in removals { try AtomicFile.remove(path) }
    for url in trims { try AtomicFile.remove(url.path) }
    return changed
  }
}
