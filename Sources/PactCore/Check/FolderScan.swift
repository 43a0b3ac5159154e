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
        // Listed as the reader lists them; a folder that is not there holds nothing, and
        // one pact will not read (a link) is reported by the reader.
        let opened: SafeFolder?
        do {
          opened = try store.folder.openFolder(directory)
        } catch is DataFileError {
          continue
        }
        guard let opened else { continue }
        let entries: [(name: String, kind: FileKind?)]
        do {
          entries = try opened.entries()
        } catch {
          throw store.folder.error(error)
        }
        // Folders a panel keeps inside this one, such as actions/done.
        let kept = Set(
          folders.filter { $0.hasPrefix(directory + "/") }.map {
            String($0.dropFirst(directory.count + 1))
          })
        let sorted = entries.sorted { $0.name < $1.name }
        for (name, listed) in sorted where !name.hasPrefix(".") && !kept.contains(name) {
          // The listing says what each name is; the file is asked only when it does not.
          let isFolder = (listed ?? opened.kind(of: name)) == .folder
          scan(
            name, in: directory, isFolder: isFolder, kind: kind, store: store, seen: &byFoldedID)
        }
      }
    }
  }

  /// The folders that hold a kind's files: closed records are kept apart.
  static func folders(of kind: RecordKind) -> [String] { PanelPaths.folders(of: kind) }

  private mutating func scan(
    _ name: String, in directory: String, isFolder: Bool, kind: RecordKind, store: PanelStore,
    seen byFoldedID: inout [String: String]
  ) {
    let relative = "\(directory)/\(name)"
    // Named only for a finding: a folder of ten years has ten thousand names.
    var file: String { store.displayPath(relative) }
    guard name.hasSuffix(".json") else {
      findings.append(
        CheckFinding(
          file: file,
          problem: .notARecord(name: name, folder: directory, kind: kind, isFolder: isFolder)))
      return
    }
    // A folder named like a record is reported by the loader; so is an unsafe name.
    let (id, isSafe) = PanelPaths.recordID(fileName: name)
    guard !isFolder, isSafe else { return }
    let folded = id.lowercased()
    if let other = byFoldedID[folded] {
      findings.append(
        CheckFinding(
          file: file,
          problem: .duplicateID(
            other: store.displayPath(other), kind: kind,
            sameCase: other.hasSuffix("/\(id).json"))))
    } else {
      byFoldedID[folded] = relative
    }
    if !FolderScan.hasExpectedShape(id, kind: kind) {
      findings.append(CheckFinding(file: file, problem: .badID(id, kind: kind)))
    }
  }

  /// Whether `id` has the shape pact gives `kind` ids. Meeting names are judged by the
  /// loader.
  static func hasExpectedShape(_ id: String, kind: RecordKind) -> Bool {
    switch kind {
    case .meeting:
      return true
    case .agency:
      return Agency.isValidID(id)
    case .member, .issue, .priority, .action:
      guard let letter = kind.idPrefix else { return true }
      let isUpper = id.unicodeScalars.allSatisfy {
        ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
      return id.first == letter && id.count > 1 && isUpper
    }
  }
}
