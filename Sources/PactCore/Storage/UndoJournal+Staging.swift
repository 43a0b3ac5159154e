import Foundation

extension UndoJournal {
  /// The entry's file staged in the journal's folder, to be renamed into place with the
  /// change's own files after one flush to disk for them all, and the oldest entries to
  /// remove once it is.
  func stage(_ entry: Entry, names: inout AtomicFile.TemporaryNames, scratch: AtomicFile.Folder)
    throws -> (staged: AtomicFile.Staged, old: [URL])
  {
    let existing = try entries()
    let last = existing.last.flatMap { Int($0.deletingPathExtension().lastPathComponent) } ?? 0
    let name = String(format: "%010d.json", last + 1)
    let files: [JSONValue] = entry.files.map { file in
      .object([
        "path": .string(file.path), "before": .text(file.before),
        "after": .text(file.afterFingerprint),
      ])
    }
    let json: JSONValue = .object(["label": .string(entry.label), "files": .array(files)])
    try AtomicFile.createFolders([folder])
    let staged = try AtomicFile.stage(
      JSONWriter.prettyData(json), as: name, in: AtomicFile.Folder(folder.path),
      temporary: names.next(for: name), in: scratch, flush: false)
    return (staged, Array(existing.dropLast(max(0, UndoJournal.keep - 1))))
  }
}
