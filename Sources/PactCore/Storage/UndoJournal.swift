import Foundation

/// The record of recent changes that `pact undo` reverses: one JSON file per change in the
/// panel's private `.pact/undo/` folder, holding each file's contents before and a
/// fingerprint of them after. Each entry starts as the intent record of its change
/// (`ChangeTransaction`), renamed into the journal when the change is whole.
///
/// The folder is local to one copy of the panel (`init` keeps `.pact/` out of git), so
/// the journal never takes part in a merge.
struct UndoJournal {
  /// One file's contents before a change, and a fingerprint of them after it (enough to
  /// tell whether the file has changed since); nil where the file did not exist.
  struct FileChange: Equatable {
    var path: String
    var before: String?
    var afterFingerprint: String?

    init(path: String, before: String?, after: String?) {
      self.path = path
      self.before = before
      afterFingerprint = after.map(UndoJournal.fingerprint)
    }

    init(path: String, before: String?, afterFingerprint: String?) {
      self.path = path
      self.before = before
      self.afterFingerprint = afterFingerprint
    }
  }

  /// A 64-bit FNV-1a hash of the text, in hex: it tells a file pact wrote from one
  /// changed since, without keeping a second copy of every file a large import writes.
  static func fingerprint(_ text: String) -> String {
    var text = text
    let hash = text.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
      }
      return hash
    }
    return String(hash, radix: 16)
  }

  /// One change a pact command made: what `pact undo` reverses, and, while the change is
  /// under way, its intent record (`PrivateFolder.intentName`).
  struct Entry: Equatable {
    var label: String
    var files: [FileChange]
    /// For an undo under way, the journal entry it reverses (which goes when it is done).
    var undoes: String?
    /// Whether the change joins the journal when it is whole; a new panel's files do not,
    /// so that `undo` never removes the panel.
    var journaled = true

    init(label: String, files: [FileChange], undoes: String? = nil, journaled: Bool = true) {
      self.label = label
      self.files = files
      self.undoes = undoes
      self.journaled = journaled
    }

    /// The entry as its file holds it.
    var json: JSONValue {
      var object: [String: JSONValue] = [
        "label": .string(label),
        "files": .array(
          files.map { file in
            .object([
              "path": .string(file.path), "before": .text(file.before),
              "after": .text(file.afterFingerprint),
            ])
          }),
      ]
      if let undoes { object["undoes"] = .string(undoes) }
      if !journaled { object["journaled"] = .bool(false) }
      return .object(object)
    }

    /// Reads an entry's file; nil when it is damaged, or names a path a change may not
    /// write (outside the panel, or in a hidden folder).
    init?(bytes: [UInt8]) {
      guard let json = try? JSONParser.parse(bytes), let items = json["files"]?.arrayValue
      else { return nil }
      var files: [FileChange] = []
      for item in items {
        guard let path = item["path"]?.stringValue, PanelPaths.isSafePath(path) else {
          return nil
        }
        files.append(
          FileChange(
            path: path, before: item["before"]?.stringValue,
            afterFingerprint: item["after"]?.stringValue))
      }
      let undoes = json["undoes"]?.stringValue
      if let undoes, !UndoJournal.isEntryName(undoes) { return nil }
      self.init(
        label: json["label"]?.stringValue ?? "a change", files: files, undoes: undoes,
        journaled: json["journaled"]?.boolValue ?? true)
    }
  }

  /// How many changes are kept.
  static let keep = 50

  let privateFolder: PrivateFolder

  /// Whether `name` is a journal entry's: ten digits and `.json`.
  static func isEntryName(_ name: String) -> Bool {
    name.utf8.count == 15 && name.hasSuffix(".json")
      && name.utf8.prefix(10).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// The journal's folder; nil when there is none yet and `create` is off.
  private func folder(create: Bool) throws -> SafeFolder? {
    try privateFolder.subfolder("undo", create: create)
  }

  /// The names of the entries, oldest first.
  ///
  /// - Throws: `PrivateFolderError.foreign` for an entry that is a link or not a regular
  ///   file: pact made none such.
  private func entryNames(in undo: SafeFolder) throws -> [String] {
    var names: [String] = []
    do {
      for (name, kind) in try undo.entries() where UndoJournal.isEntryName(name) {
        let kind = kind ?? undo.kind(of: name)
        guard kind == .regular else {
          throw SafeFolder.Failure(
            relative: undo.path(name),
            reason: .unsafe(
              kind == .symbolicLink ? .symbolicLink : .notARegularFile(kind ?? .other)))
        }
        names.append(name)
      }
    } catch {
      throw privateFolder.panel.privateError(error, writing: false)
    }
    return names.sorted()
  }

  /// Checks that the journal is pact's own: a real folder holding regular files.
  ///
  /// - Throws: `PrivateFolderError.foreign` otherwise.
  func validate() throws {
    guard let undo = try folder(create: false) else { return }
    _ = try entryNames(in: undo)
  }

  /// Makes the intent record of the change just made the newest entry (a rename, so the
  /// change becomes undoable at the moment it stops being under way), and forgets the
  /// oldest beyond `keep`.
  func commitIntent() throws {
    guard let undo = try folder(create: true) else { return }
    let existing = try entryNames(in: undo)
    let last = existing.last.flatMap { Int($0.prefix(10)) } ?? 0
    let name = String(format: "%010d.json", last + 1)
    guard
      renameat(privateFolder.folder.descriptor, PrivateFolder.intentName, undo.descriptor, name)
        == 0
    else {
      throw StorageError.writeFailed(
        path: privateFolder.panel.displayPath(undo.path(name)), reason: SafeFolder.lastError())
    }
    for old in existing.dropLast(max(0, UndoJournal.keep - 1)) {
      try? undo.remove(old)
    }
  }

  /// Removes the entry `name` (a change that has been undone).
  func remove(_ name: String) throws {
    guard let undo = try folder(create: false) else { return }
    do {
      try undo.remove(name)
    } catch {
      throw privateFolder.panel.error(error, writing: true)
    }
  }

  /// The newest change and its entry's name, or nil when there is none.
  func latest() throws -> (name: String, entry: Entry)? {
    guard let undo = try folder(create: false), let name = try entryNames(in: undo).last else {
      return nil
    }
    let path = privateFolder.panel.displayPath(undo.path(name))
    let bytes: [UInt8]?
    do {
      bytes = try undo.read(name, limit: FileSize.workingLimit)
    } catch {
      throw privateFolder.panel.privateError(error, writing: false)
    }
    guard let bytes, let entry = Entry(bytes: bytes) else {
      throw StorageError.readFailed(path: path, reason: "the undo record is damaged")
    }
    return (name, entry)
  }
}

/// Why `pact undo` could not reverse a change (exit 1).
public enum UndoError: Error, Equatable, PactError {
  /// The journal is empty.
  case nothingToUndo
  /// Files were changed after the change being undone (by hand, or by a git pull).
  case changedSince(label: String, files: [String])

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .nothingToUndo:
      "there is nothing to undo in this copy of the panel"
    case .changedSince(let label, let files):
      "cannot undo the last change (\(label)): \(files.joined(separator: ", ")) "
        + "changed after it"
    }
  }

}

/// A change `pact undo` reversed.
public struct UndoneChange: Sendable, Equatable {
  /// The command that made it, as typed.
  public var label: String
  /// The files put back, relative to the panel.
  public var files: [String]
}
