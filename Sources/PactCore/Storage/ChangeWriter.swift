import Foundation

/// Writes a change: the files whose contents differ from what was read, all or nothing,
/// noting in the undo journal what each held before.
struct ChangeWriter {
  let transaction: ChangeTransaction
  /// How `pact undo` names the change.
  let label: String

  var folder: PanelFolder { transaction.panel }

  /// Writes the `files` that differ from `originals` (what each held when read, by path)
  /// and the `texts` (new files, as bytes), and removes those `originals` has that neither
  /// has, as one change.
  func write(
    _ files: [String: JSONValue], texts: [String: [UInt8]] = [:],
    over originals: [String: JSONValue]
  ) throws {
    guard let (entry, writes) = try plan(files, texts: texts, over: originals) else { return }
    try transaction.run(entry, writes: writes)
  }

  /// What writing `files` over `originals` would do: the undo entry (each file's contents
  /// before, and a fingerprint of after) and the files to write or remove; nil when
  /// nothing differs.
  ///
  /// - Throws: `StorageError.recordTooLarge` for a file larger than pact reads back.
  func plan(
    _ files: [String: JSONValue], texts: [String: [UInt8]] = [:],
    over originals: [String: JSONValue]
  ) throws -> (entry: UndoJournal.Entry, writes: [(path: String, text: String?)])? {
    var writes: [(path: String, text: String?)] = []
    writes.reserveCapacity(texts.count)
    for (relative, json) in files where originals[relative] != json {
      writes.append((relative, JSONWriter.prettyString(json)))
    }
    for (relative, bytes) in texts {
      writes.append((relative, String(decoding: bytes, as: UTF8.self)))
    }
    writes.sort { $0.path < $1.path }
    // A record pact could not read back would lock the panel: refused before writing.
    for (relative, text) in writes {
      guard let size = text?.utf8.count, size > FileSize.recordLimit else { continue }
      throw StorageError.recordTooLarge(
        path: folder.displayPath(relative), bytes: Int64(size), limit: FileSize.recordLimit)
    }
    for relative in originals.keys.sorted() where files[relative] == nil && texts[relative] == nil {
      writes.append((relative, nil))
    }
    guard !writes.isEmpty else { return nil }
    // A change that creates many files (an import) looks for them in their folders'
    // listings, once per folder, rather than trying to open each.
    var listings = FolderListings(folder: folder, enabled: writes.count > 8)
    let changes = try writes.map { write in
      let absent = originals[write.path] == nil && !listings.mayExist(write.path)
      return UndoJournal.FileChange(
        path: write.path,
        before: absent ? nil : try folder.currentText(write.path, in: transaction.root),
        after: write.text)
    }
    return (UndoJournal.Entry(label: label, files: changes), writes)
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
        listed = try folder.fileNames(in: String(directory))
      } catch {
        return true
      }
      names[directory] = Set(listed.map { $0.lowercased() })
    }
    return names[directory]?.contains(name.lowercased()) ?? true
  }
}
