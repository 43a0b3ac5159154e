import Foundation

/// What `pact check` finds by listing the records folders rather than reading the records:
/// things that are not record files, names pact would not give, and names that differ
/// only in case.
struct FolderScan {
  private(set) var findings: [CheckFinding] = []

  /// Lists every records folder of the panel in `store`.
  ///
  /// - Throws: `StorageError.readFailed` when a folder exists but cannot be listed.
  init(_ store: PanelStore) throws {
    for kind in RecordKind.allCases {
      // One id, one record: a name is a duplicate across all of a kind's folders.
      var byFoldedID: [String: String] = [:]
      let folders = FolderScan.folders(of: kind)
      for directory in folders {
        // Listed as the reader lists them; a folder that is not there holds nothing.
        let names = try store.folder.fileNames(in: directory)
        // Folders pact keeps inside this one, such as actions/done.
        let kept = Set(
          folders.filter { $0.hasPrefix(directory + "/") }.map {
            String($0.dropFirst(directory.count + 1))
          })
        for name in names.sorted() where !name.hasPrefix(".") && !kept.contains(name) {
          scan(name, in: directory, kind: kind, store: store, seen: &byFoldedID)
        }
      }
    }
  }

  /// The folders that hold a kind's files: closed records are kept apart.
  static func folders(of kind: RecordKind) -> [String] { PanelPaths.folders(of: kind) }

  private mutating func scan(
    _ name: String, in directory: String, kind: RecordKind, store: PanelStore,
    seen byFoldedID: inout [String: String]
  ) {
    let relative = "\(directory)/\(name)"
    let file = store.displayPath(relative)
    var isFolder: ObjCBool = false
    _ = FileManager.default.fileExists(
      atPath: store.root.appendingPathComponent(relative).path, isDirectory: &isFolder)
    guard name.hasSuffix(".json") else {
      findings.append(
        CheckFinding(
          file: file, code: CheckCode.notARecord.rawValue,
          message: isFolder.boolValue
            ? "a folder inside \(directory)/, which holds only \(kind.noun) files"
            : "not \(FolderScan.article(kind)) \(kind.noun) file (pact reads only ID.json files "
              + "here, so ignores it)",
          fix: CheckFinding.fix(notARecord: name, kind: kind, isFolder: isFolder.boolValue)))
      return
    }
    // A folder named like a record is reported by the loader; so is an unsafe name.
    let id = String(name.dropLast(5))
    guard !isFolder.boolValue, PanelPaths.isSafeID(id) else { return }
    if let other = byFoldedID[id.lowercased()] {
      let sameCase = other.hasSuffix("/\(id).json")
      findings.append(
        CheckFinding(
          file: file, code: CheckCode.duplicateID.rawValue,
          message: sameCase
            ? "the same \(kind.noun) as \(store.displayPath(other)): one record in two files"
            : "the same id as \(store.displayPath(other)) apart from case; a case-insensitive "
              + "disk (macOS, Windows) keeps only one of them",
          fix: "merge the two into one file and delete the other"))
    } else {
      byFoldedID[id.lowercased()] = relative
    }
    if let expected = FolderScan.expectedShape(of: id, kind: kind) {
      findings.append(
        CheckFinding(
          file: file, code: CheckCode.badID.rawValue,
          message: "\"\(id)\" is not \(expected)",
          fix: "rename the file, and every reference to \"\(id)\" in other files, "
            + "to such an id"))
    }
  }

  /// "an" before "issue" and "action", else "a".
  static func article(_ kind: RecordKind) -> String {
    kind == .issue || kind == .action ? "an" : "a"
  }

  /// What a `kind` id should look like, when `id` does not; nil when it does. Meeting
  /// names are judged by the loader.
  static func expectedShape(of id: String, kind: RecordKind) -> String? {
    switch kind {
    case .meeting:
      return nil
    case .agency:
      return Agency.isValidID(id)
        ? nil : "an agency id (lower-case letters, digits and single hyphens, such as \"police\")"
    case .member, .issue, .priority, .action:
      guard let letter = kind.idPrefix else { return nil }
      let isUpper = id.unicodeScalars.allSatisfy {
        ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
      return id.first == letter && id.count > 1 && isUpper
        ? nil
        : "\(article(kind)) \(kind.noun) id (\"\(letter)\" then capital letters and digits, such as "
          + "\"\(letter)7K3MQ2\")"
    }
  }
}

extension CheckFinding {
  /// How to deal with something in a records folder that is not a record file.
  static func fix(notARecord name: String, kind: RecordKind, isFolder: Bool) -> String {
    if isFolder { return "move the folder out of the panel" }
    let lower = name.lowercased()
    if lower.hasSuffix(".json"), let dot = name.lastIndex(of: ".") {
      return "rename it to \(name[..<dot]).json if it is \(FolderScan.article(kind)) "
        + "\(kind.noun), else move it out of the panel"
    }
    return "move it out of the panel, or if it is \(FolderScan.article(kind)) \(kind.noun) "
      + "name it ID.json"
  }
}
