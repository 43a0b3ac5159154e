import Foundation

/// What `pact check` finds in the panel's private `.pact` folder: that it is pact's own (a
/// real folder, not a link or a file, with no link where pact keeps its files, and not
/// tracked by git: `trackedByGit(_:)`), and that no change is left half made. A change a
/// killed process left under way is settled here as any command settles it; one that
/// cannot be is reported.
struct PrivateFolderScan {
  private(set) var findings: [CheckFinding] = []

  /// What git tracking the panel's `.pact` folder is: a finding of its own, since git is
  /// asked while the records are read (`GitTracking`).
  static func trackedByGit(_ store: PanelStore) -> CheckFinding {
    CheckFinding(
      file: store.displayPath(PanelPaths.privateFolder),
      problem: .foreignPrivateFolder(
        detail: "tracked by git: it holds this copy's lock and undo history, which must "
          + "never be shared"))
  }

  /// Looks at the `.pact` folder of the panel in `store` (all but whether git tracks it).
  ///
  /// - Throws: `StorageError` when the panel's folder cannot be read at all.
  init(_ store: PanelStore) throws {
    let file = store.displayPath(PanelPaths.privateFolder)
    do {
      try PrivateFolderScan.validate(store)
    } catch let error as PrivateFolderError {
      findings.append(PrivateFolderScan.finding(error, file: file))
      return
    }
    do {
      try store.settleIfNeeded()
    } catch let error as PrivateFolderError {
      findings.append(PrivateFolderScan.finding(error, file: file))
    } catch is DataFileError {
      // A file the interrupted change names that pact will not read: the reader reports it.
    }
  }

  /// Opens everything pact keeps in `.pact`, refusing what it did not make.
  private static func validate(_ store: PanelStore) throws {
    let root = try store.folder.openRoot()
    guard let privateFolder = try PrivateFolder.open(store.folder, root: root, create: false)
    else { return }
    _ = try privateFolder.subfolder("tmp", create: false)
    try UndoJournal(privateFolder: privateFolder).validate()
    for name in ["lock", PrivateFolder.intentName] {
      guard let kind = privateFolder.folder.kind(of: name), kind != .regular else { continue }
      throw PrivateFolderError.foreign(
        path: store.displayPath("\(PanelPaths.privateFolder)/\(name)"),
        unsafe: kind == .symbolicLink ? .symbolicLink : .notARegularFile(kind))
    }
  }

  private static func finding(_ error: PrivateFolderError, file: String) -> CheckFinding {
    switch error {
    case .foreign(let path, let unsafe):
      let detail =
        switch unsafe {
        case .symbolicLink: "a symbolic link; pact's private folder must be this copy's own"
        case .notAFolder(let kind), .notARegularFile(let kind):
          "\(kind.described), where pact keeps its own files"
        case .tooLarge: unsafe.message
        }
      return CheckFinding(file: path, problem: .foreignPrivateFolder(detail: detail))
    case .interruptedChange(let label, let files, let reason):
      return CheckFinding(
        file: file, problem: .interruptedChange(label: label, files: files, detail: reason))
    }
  }
}
