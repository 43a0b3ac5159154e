import Foundation

extension PanelStore {
  /// Makes a new panel in `root` (creating the folder if need be), with `panel.json`, the
  /// given records, a `.gitignore` that keeps pact's private folder out of git, and a
  /// `.gitattributes` that names pact's merge driver for the record files; all or
  /// nothing, like any change (an interrupted one is settled by running this again).
  ///
  /// - Throws: `StorageError.panelExists` when `root` already holds a panel;
  ///   `StorageError.folderNotEmpty` when it holds anything but empty folders, which a new
  ///   panel could replace.
  func create(_ records: PanelRecords) throws {
    do {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    } catch {
      throw StorageError.writeFailed(path: display, reason: AtomicFile.describe(error))
    }
    let rootFolder = try folder.openRoot()
    if rootFolder.kind(of: PanelPaths.panelFile) != nil {
      throw StorageError.panelExists(path: display)
    }
    // Only an interrupted `init` leaves a `.pact` in a folder that holds no panel yet.
    let existing = try PrivateFolder.open(folder, root: rootFolder, create: false)
    try refuseFiles(in: rootFolder, ignoring: existing == nil ? [] : [PanelPaths.privateFolder])
    guard let privateFolder = try PrivateFolder.open(folder, root: rootFolder, create: true)
    else { return }
    let lock = try privateFolder.lock(timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    let transaction = ChangeTransaction(
      panel: folder, root: rootFolder, privateFolder: privateFolder)
    try transaction.settle()
    try refuseFiles(in: rootFolder, ignoring: [PanelPaths.privateFolder])
    var files = RecordFiles.of(records).sorted { $0.key < $1.key }.map {
      (path: $0.key, text: Optional(JSONWriter.prettyString($0.value)))
    }
    files.append(
      (
        PanelPaths.gitignore,
        "# pact's lock and undo history belong to this copy of the panel only\n"
          + "\(PanelPaths.privateFolder)/\n"
      ))
    files.append((PanelPaths.gitattributes, GitAttributes.text))
    let intent = UndoJournal.Entry(
      label: "pact init",
      files: files.map { UndoJournal.FileChange(path: $0.path, before: nil, after: $0.text) },
      journaled: false)
    try transaction.run(intent, writes: files)
  }

  /// Refuses a folder holding anything but empty folders (and the names in `ignoring`).
  private func refuseFiles(in rootFolder: SafeFolder, ignoring: Set<String>) throws {
    var found: [String] = []
    func look(in opened: SafeFolder) throws(SafeFolder.Failure) {
      for (name, kind) in try opened.entries().sorted(by: { $0.name < $1.name }) {
        guard found.count < 3 else { return }
        if opened.relative.isEmpty, ignoring.contains(name) { continue }
        if (kind ?? opened.kind(of: name)) == .folder, let inner = try opened.folder(name) {
          try look(in: inner)
        } else {
          found.append(opened.path(name))
        }
      }
    }
    do {
      try look(in: rootFolder)
    } catch {
      throw folder.error(error)
    }
    guard found.isEmpty else { throw StorageError.folderNotEmpty(path: display, holds: found) }
  }
}
