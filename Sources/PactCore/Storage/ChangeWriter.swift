import Foundation

/// Writes a change: the files whose contents differ from what was read, after noting in the
/// undo journal what each held before.
struct ChangeWriter {
  let folder: PanelFolder
  let journal: UndoJournal
  /// How `pact undo` names the change.
  let label: String

  /// Writes the files of `records` that differ from `base`, and removes those `base` had
  /// that `records` no longer has (a record moved to another folder, or removed).
  func write(_ records: PanelRecords, over base: WriteBase) throws {
    try write(RecordFiles.of(records), over: base.originals)
  }

  /// Writes the `files` that differ from `originals` (what each held when read, by path),
  /// and removes those `originals` has that `files` has not, as one change.
  func write(_ files: [String: JSONValue], over originals: [String: JSONValue]) throws {
    var writes: [(path: String, text: String?)] = []
    for (relative, json) in files.sorted(by: { $0.key < $1.key })
    where originals[relative] != json {
      writes.append((relative, JSONWriter.prettyString(json)))
    }
    for relative in originals.keys.sorted() where files[relative] == nil {
      writes.append((relative, nil))
    }
    guard !writes.isEmpty else { return }
    // A change that creates many files (an import) looks for them in their folders'
    // listings, once per folder, rather than trying to open each.
    var listings = FolderListings(folder: folder, enabled: writes.count > 8)
    let changes = try writes.map { write in
      let absent = originals[write.path] == nil && !listings.mayExist(write.path)
      return UndoJournal.FileChange(
        path: write.path, before: absent ? nil : try folder.currentText(write.path),
        after: write.text)
    }
    try journal.record(UndoJournal.Entry(label: label, files: changes))
    try apply(writes)
  }

  /// Writes (or, for nil, removes) each file. A change of many files is flushed to disk
  /// once, before any is renamed into place, rather than file by file.
  func apply(_ files: [(path: String, text: String?)]) throws {
    let scratchPath = folder.scratchURL.path
    let rootPath = folder.root.path
    let many = files.count > 8
    func folderPath(_ name: Substring) -> String {
      name.isEmpty ? rootPath : "\(rootPath)/\(name)"
    }
    // Each folder once, not once per file: an import writes thousands into one folder.
    let folders = Set(
      files.filter { $0.text != nil }.map { folderPath(PanelPaths.split($0.path).folder) })
    try AtomicFile.createFolders(
      [folder.scratchURL] + folders.sorted().map { URL(fileURLWithPath: $0, isDirectory: true) })
    var names = AtomicFile.TemporaryNames()
    let scratchFolder = try AtomicFile.Folder(scratchPath)
    var opened: [Substring: AtomicFile.Folder] = [:]
    var staged: [AtomicFile.Staged] = []
    for (relative, text) in files {
      guard let text else { continue }
      let (folderName, name) = PanelPaths.split(relative)
      let target = try opened[folderName] ?? AtomicFile.Folder(folderPath(folderName))
      opened[folderName] = target
      staged.append(
        try AtomicFile.stage(
          Data(text.utf8), as: String(name), in: target, temporary: names.next(for: String(name)),
          in: scratchFolder, flush: !many))
    }
    if many { AtomicFile.flushAll() }
    for file in staged { try AtomicFile.commit(file) }
    for (relative, text) in files where text == nil {
      try AtomicFile.remove(rootPath + "/" + relative)
    }
  }
}

/// The names in a panel's folders, each folder listed once, in lower case: a file whose
/// name is not among them, in any case, does not exist even where the file system ignores
/// case.
struct FolderListings {
  let folder: PanelFolder
  /// When off, every file may exist, and is looked for by opening it.
  let enabled: Bool
  private var names: [Substring: Set<String>] = [:]

  init(folder: PanelFolder, enabled: Bool) {
    self.folder = folder
    self.enabled = enabled
  }

  /// Whether the file at `relative` may exist.
  mutating func mayExist(_ relative: String) -> Bool {
    let (directory, name) = PanelPaths.split(relative)
    guard enabled, !directory.isEmpty else { return true }
    if names[directory] == nil {
      let listed: [String]
      do {
        listed = try FastFile.names(in: folder.path(String(directory))) ?? []
      } catch {
        return true
      }
      names[directory] = Set(listed.map { $0.lowercased() })
    }
    return names[directory]?.contains(name.lowercased()) ?? true
  }
}
