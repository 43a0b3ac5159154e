import Foundation

/// The record of recent changes that `pact undo` reverses: one JSON file per change in the
/// panel's private `.pact/undo/` folder, holding each file's contents before and after.
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

  /// One change a pact command made.
  struct Entry: Equatable {
    var label: String
    var files: [FileChange]
  }

  /// How many changes are kept.
  static let keep = 50

  let folder: URL

  func entries() throws -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
      .map { folder.appendingPathComponent($0) }
  }

  /// Adds `entry` as the newest change, and forgets the oldest beyond `keep`.
  func record(_ entry: Entry) throws {
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
    try AtomicFile.write(
      JSONWriter.prettyData(json), to: folder.appendingPathComponent(name),
      scratch: folder.deletingLastPathComponent().appendingPathComponent("tmp"))
    for old in existing.dropLast(max(0, UndoJournal.keep - 1)) {
      try AtomicFile.remove(old.path)
    }
  }

  /// The newest change and its file, or nil when there is none.
  func latest() throws -> (url: URL, entry: Entry)? {
    guard let url = try entries().last else { return nil }
    let json: JSONValue
    do {
      json = try JSONParser.parse(try Data(contentsOf: url))
    } catch {
      throw StorageError.readFailed(path: url.path, reason: "the undo record is damaged")
    }
    var files: [FileChange] = []
    for item in json["files"]?.arrayValue ?? [] {
      guard let path = item["path"]?.stringValue, PanelPaths.isSafePath(path) else {
        throw StorageError.readFailed(path: url.path, reason: "the undo record is damaged")
      }
      files.append(
        FileChange(
          path: path, before: item["before"]?.stringValue,
          afterFingerprint: item["after"]?.stringValue))
    }
    return (url, Entry(label: json["label"]?.stringValue ?? "a change", files: files))
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
