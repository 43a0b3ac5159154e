import Foundation

extension PanelStore {
  /// Makes a new panel in `root` (creating the folder if need be), with `panel.json`, the
  /// given records, and a `.gitignore` that keeps pact's private folder out of git.
  ///
  /// - Throws: `StorageError.panelExists` when `root` already holds a panel.
  func create(_ records: PanelRecords) throws {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: root, withIntermediateDirectories: true)
    } catch {
      throw StorageError.writeFailed(path: display, reason: AtomicFile.describe(error))
    }
    let lock = try PanelLock.take(folder, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    if manager.fileExists(atPath: folder.path(PanelPaths.panelFile)) {
      throw StorageError.panelExists(path: display)
    }
    try writeGitignore()
    // panel.json last: until it exists the folder is not a panel.
    var withoutPanel = RecordFiles.of(records)
    let panelJSON = withoutPanel.removeValue(forKey: PanelPaths.panelFile)
    for (relative, json) in withoutPanel.sorted(by: { $0.key < $1.key }) {
      try AtomicFile.write(
        JSONWriter.prettyData(json), to: root.appendingPathComponent(relative),
        scratch: folder.scratchURL)
    }
    if let panelJSON {
      try AtomicFile.write(
        JSONWriter.prettyData(panelJSON), to: root.appendingPathComponent(PanelPaths.panelFile),
        scratch: folder.scratchURL)
    }
  }

  /// Whether the panel's `.gitignore` keeps pact's private folder out of git.
  var gitIgnoresPrivateFolder: Bool {
    PanelStore.ignoresPrivateFolder(gitignore: gitignoreText)
  }

  private var gitignoreText: String {
    (try? String(contentsOf: root.appendingPathComponent(PanelPaths.gitignore), encoding: .utf8))
      ?? ""
  }

  private static func ignoresPrivateFolder(gitignore text: String) -> Bool {
    let lines = text.split(separator: "\n").map { $0.trimmed }
    return lines.contains("\(PanelPaths.privateFolder)/")
      || lines.contains(PanelPaths.privateFolder)
  }

  private func writeGitignore() throws {
    var text = gitignoreText
    guard !PanelStore.ignoresPrivateFolder(gitignore: text) else { return }
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    text +=
      "# pact's lock and undo history belong to this copy of the panel only\n"
      + "\(PanelPaths.privateFolder)/\n"
    try AtomicFile.write(
      Data(text.utf8), to: root.appendingPathComponent(PanelPaths.gitignore),
      scratch: folder.scratchURL)
  }
}
