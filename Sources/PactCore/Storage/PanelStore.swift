import Foundation

/// Reads and writes one panel's folder: `panel.json` at the root and one JSON file per
/// record beneath it.
///
/// Reads take no lock: every file is replaced whole by a rename, so a reader sees each
/// file either before or after a change. Writers take the panel's lock, read afresh,
/// change, and write only the files whose contents differ. (`pact report` also writes,
/// without the lock, its own index in `.pact/`, which no other command reads.)
public struct PanelStore: Sendable {
  /// The panel's folder.
  public let root: URL
  /// The folder as messages show it: as the user named it, or relative to where they are.
  public let display: String
  /// How long a writer waits for another pact process before giving up.
  public var lockTimeout: TimeInterval = 10
  /// How `pact undo` names the changes this store makes: the command as typed.
  public var changeLabel = "a change"
  /// How long, in nanoseconds, after a file's last change before the index of done and
  /// dropped actions holds it (`Scope.overview`): a file changed again within one tick of
  /// the file system's clock would keep its stamp, so only a file older than this is indexed.
  var indexSettling: Int64 = 2_000_000_000

  /// The folder, local to this copy of the panel, where pact keeps its lock and working files.
  public static let privateFolder = ".pact"

  public init(root: URL, display: String) {
    self.root = root
    self.display = display
  }

  /// How a file inside the panel is named in messages.
  public func displayPath(_ relative: String) -> String {
    display == "."
      ? relative : display.hasSuffix("/") ? display + relative : display + "/" + relative
  }

  var privateURL: URL { root.appendingPathComponent(PanelStore.privateFolder) }

  // MARK: Reading

  /// How much of a panel to read.
  public enum Scope: Sendable {
    /// Every record.
    case everything
    /// Everything but done and dropped actions (only counted), closed issues and past
    /// priorities: what the chair's briefing needs, whose cost then grows with the open
    /// work, not the years of history. A snapshot read so is never written back.
    case openWork
    /// Everything but done and dropped actions, whose ids alone are listed: enough for a
    /// change that touches only open actions, and far cheaper on a panel with years of
    /// history.
    case openActions
    /// What `pact report` needs: the open work as `openWork` reads it, and the done and
    /// dropped actions as their dates alone (`PanelSnapshot.closedActionDates`), read
    /// through an index in `.pact/` that holds them for every file unchanged since.
    case overview
  }

  /// Reads the panel.
  ///
  /// - Throws: `DataFileError` naming every file and field pact cannot read, or a newer
  ///   schema; `StorageError.readFailed` when a folder cannot be listed.
  public func load(_ scope: Scope = .everything) throws -> PanelSnapshot {
    try load(scope, forWriting: false)
  }

  /// Reads the panel; for a change, also what each file held, to write only what differs
  /// (building that costs as much again, so reads skip it).
  private func load(_ scope: Scope, forWriting: Bool) throws -> PanelSnapshot {
    var diagnostics: [DataFileDiagnostic] = []
    var originals: [String: JSONValue] = [:]
    var readFrom: [String: String] = [:]
    let panel = try loadPanel(diagnostics: &diagnostics, originals: &originals)
    let members = try loadRecords(
      Member.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    let agencies = try loadRecords(
      Agency.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    let meetings = try loadRecords(
      Meeting.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    var issues = try loadRecords(
      Issue.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    var priorities = try loadRecords(
      Priority.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    if scope != .openWork, scope != .overview {
      for folder in RecordKind.issue.folders.dropFirst() {
        issues += try loadRecords(
          Issue.self, in: folder, diagnostics: &diagnostics, originals: &originals,
          readFrom: &readFrom, forWriting: forWriting)
      }
      for folder in RecordKind.priority.folders.dropFirst() {
        priorities += try loadRecords(
          Priority.self, in: folder, diagnostics: &diagnostics, originals: &originals,
          readFrom: &readFrom, forWriting: forWriting)
      }
    }
    var actions = try loadRecords(
      Action.self, diagnostics: &diagnostics, originals: &originals, readFrom: &readFrom,
      forWriting: forWriting)
    var unread: [ActionStatus: Int] = [:]
    var unreadIDs: Set<String> = []
    var closedDates: [ActionDates] = []
    let indexed: (dates: [String: [ActionDates]], open: [Action]) =
      scope == .overview ? try closedActionDates(diagnostics: &diagnostics) : ([:], [])
    actions += indexed.open
    for status in [ActionStatus.done, .dropped] {
      let folder = Action.folder(for: status)
      switch scope {
      case .overview:
        let dates = indexed.dates[folder] ?? []
        unread[status] = dates.count
        closedDates += dates
      case .everything:
        actions += try loadRecords(
          Action.self, in: folder, diagnostics: &diagnostics, originals: &originals,
          readFrom: &readFrom, forWriting: forWriting)
      case .openWork:
        unread[status] = try recordFileCount(in: folder)
      case .openActions:
        let names = try fileNames(in: folder).filter(PanelStore.isRecordFileName)
        unread[status] = names.count
        unreadIDs.formUnion(names.map { String($0.dropLast(5)) })
      }
    }
    guard diagnostics.isEmpty, let panel else { throw DataFileError.invalid(diagnostics) }
    var snapshot = PanelSnapshot(panel: panel, members: members, agencies: agencies)
    snapshot.meetings = meetings
    snapshot.issues = issues
    snapshot.priorities = priorities
    snapshot.actions = actions
    snapshot.unreadClosedActions = unread
    snapshot.closedActionDates = closedDates
    snapshot.unreadActionIDs = unreadIDs
    snapshot.readFrom = readFrom
    snapshot.originals = originals
    return snapshot
  }

  private func readJSON(
    _ relative: String, diagnostics: inout [DataFileDiagnostic]
  ) throws -> JSONValue? {
    let data: [UInt8]
    do {
      data = try FastFile.read(root.path + "/" + relative)
    } catch .folder {
      // A folder named like a record is reported with the other problems, not as a failure.
      diagnostics.append(
        DataFileDiagnostic(
          file: displayPath(relative), message: "a folder, where a record file should be"))
      return nil
    } catch .missing {
      throw StorageError.readFailed(path: displayPath(relative), reason: "no such file")
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(relative), reason: reason)
    }
    do {
      return try JSONParser.parse(data)
    } catch {
      // Conflict markers make any file invalid JSON; saying what they are says what to do.
      let message =
        MergeConflictMarkers.firstLine(in: Data(data)).map {
          "an unresolved git merge conflict (a conflict marker on line \($0))"
        } ?? "not valid JSON: \(error.errorDescription ?? "")"
      diagnostics.append(DataFileDiagnostic(file: displayPath(relative), message: message))
      return nil
    }
  }

  private func loadPanel(
    diagnostics: inout [DataFileDiagnostic], originals: inout [String: JSONValue]
  ) throws -> Panel? {
    let relative = PanelLocator.panelFile
    guard let json = try readJSON(relative, diagnostics: &diagnostics) else { return nil }
    // A newer schema is refused before anything else is judged: its fields may mean
    // something this version cannot know.
    if let schema = json["schema"]?.intValue, schema > Panel.currentSchema {
      throw DataFileError.newerSchema(
        file: displayPath(relative), found: schema, supported: Panel.currentSchema)
    }
    var reader = RecordReader(json)
    let panel = Panel(reading: &reader)
    append(reader.problems, file: relative, to: &diagnostics)
    guard reader.problems.isEmpty, var panel else { return nil }
    originals[relative] = panel.json
    // An older schema is migrated in memory; the next write saves it in the current one.
    panel.schema = Panel.currentSchema
    return panel
  }

  private func append(
    _ problems: [FieldProblem], file relative: String, to diagnostics: inout [DataFileDiagnostic]
  ) {
    for problem in problems {
      diagnostics.append(
        DataFileDiagnostic(
          file: displayPath(relative), field: problem.field, message: problem.message))
    }
  }

  /// The names in a folder of the panel; none when the folder does not exist.
  func fileNames(in directory: String) throws -> [String] {
    do {
      return try FastFile.names(in: root.path + "/" + directory) ?? []
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(directory), reason: reason)
    } catch {
      return []
    }
  }

  /// How many record files a folder of the panel holds (none when there is no folder),
  /// counted from the folder's listing without making a string of each name.
  func recordFileCount(in directory: String) throws -> Int {
    do {
      return try FastFile.count(in: root.path + "/" + directory) { name in
        name.first != UInt8(ascii: ".") && name.count > 5
          && name.suffix(5).elementsEqual(".json".utf8)
      } ?? 0
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(directory), reason: reason)
    } catch {
      return 0
    }
  }

  /// Whether a name in a record folder is a record's file rather than a hidden one.
  static func isRecordFileName(_ name: String) -> Bool {
    name.hasSuffix(".json") && !name.hasPrefix(".")
  }

  func loadRecords<R: Record>(
    _ type: R.Type, in folder: String? = nil, diagnostics: inout [DataFileDiagnostic],
    originals: inout [String: JSONValue], readFrom: inout [String: String],
    forWriting: Bool = true
  ) throws -> [R] {
    let directory = folder ?? R.kind.directory
    let names = try fileNames(in: directory)
    var records: [R] = []
    for name in names.sorted() where PanelStore.isRecordFileName(name) {
      guard
        let record = try loadRecord(
          R.self, named: name, in: directory, diagnostics: &diagnostics)
      else { continue }
      records.append(record)
      let relative = "\(directory)/\(name)"
      // What pact would write for the record as read: a file that means the same but is
      // laid out differently (by hand) is left alone unless the record changes.
      if forWriting { originals[relative] = record.json }
      readFrom["\(R.kind.rawValue)/\(record.id)"] = relative
    }
    return records
  }

  /// Reads the record in the file `name` of `directory`, or nil after noting in
  /// `diagnostics` why it cannot be read.
  func loadRecord<R: Record>(
    _ type: R.Type, named name: String, in directory: String,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> R? {
    let relative = "\(directory)/\(name)"
    let id = String(name.dropLast(5))
    guard PanelStore.isSafeID(id) else {
      diagnostics.append(
        DataFileDiagnostic(
          file: displayPath(relative),
          message: "the file name is not a valid \(R.kind.noun) id "
            + "(letters, digits and hyphens only)"))
      return nil
    }
    guard let json = try readJSON(relative, diagnostics: &diagnostics) else { return nil }
    var reader = RecordReader(json)
    let record = R(id: id, reading: &reader)
    append(reader.problems, file: relative, to: &diagnostics)
    return reader.problems.isEmpty ? record : nil
  }

  /// Whether `id` is safe to use as a file name: ASCII letters, digits and hyphens.
  static func isSafeID(_ id: String) -> Bool {
    !id.isEmpty && id.count <= 64
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "-"
      }
  }

  // MARK: Writing

  /// Runs `body` on a freshly read panel while holding the panel's lock, then writes every
  /// file whose contents changed. When `body` throws, nothing is written.
  ///
  /// - Throws: `StorageError.busy` when another pact process holds the lock past
  ///   `lockTimeout`; whatever `load()` or `body` throws.
  public func update<T>(
    _ scope: Scope = .everything, _ body: (inout PanelSnapshot) throws -> T
  ) throws -> T {
    let lock = try takeLock()
    defer { withExtendedLifetime(lock) {} }
    // Snapshots read for the briefing or the report are never written back.
    let readScope = scope == .openWork || scope == .overview ? Scope.everything : scope
    var snapshot = try load(readScope, forWriting: true)
    let result = try body(&snapshot)
    try write(snapshot)
    return result
  }

  /// Changes an open action named by `query` reading only the open work; when the query
  /// might name a done or dropped action (an id of one starts with it, or no open action
  /// matches), reads the whole panel instead.
  public func updateAction<T>(
    named query: String, _ body: (inout PanelSnapshot) throws -> T
  ) throws -> T {
    do {
      return try update(.openActions) { snapshot in
        let wanted = query.trimmed.uppercased()
        if snapshot.unreadActionIDs.contains(where: { $0.uppercased().hasPrefix(wanted) }) {
          throw NeedsWholePanel()
        }
        return try body(&snapshot)
      }
    } catch is NeedsWholePanel {
      return try update(.everything, body)
    } catch LookupError.notFound(kind: .action, _, _) {
      return try update(.everything, body)
    }
  }

  private func takeLock() throws -> FileLock {
    do {
      try FileManager.default.createDirectory(at: privateURL, withIntermediateDirectories: true)
    } catch {
      throw StorageError.writeFailed(
        path: displayPath(PanelStore.privateFolder), reason: AtomicFile.describe(error))
    }
    guard
      let lock = try FileLock.acquire(
        privateURL.appendingPathComponent("lock"), timeout: lockTimeout)
    else {
      throw StorageError.busy(path: display, waitedSeconds: Int(lockTimeout.rounded()))
    }
    return lock
  }

  var journal: UndoJournal { UndoJournal(folder: privateURL.appendingPathComponent("undo")) }

  /// Writes the files of `snapshot` that differ from what was read, after noting in the
  /// undo journal what each held before.
  private func write(_ snapshot: PanelSnapshot) throws {
    let files = snapshot.files
    var writes: [(path: String, text: String?)] = []
    for (relative, json) in files.sorted(by: { $0.key < $1.key })
    where snapshot.originals[relative] != json {
      writes.append((relative, JSONWriter.prettyString(json)))
    }
    for relative in snapshot.originals.keys.sorted() where files[relative] == nil {
      writes.append((relative, nil))
    }
    guard !writes.isEmpty else { return }
    // A change that creates many files (an import) looks for them in their folders'
    // listings, once per folder, rather than trying to open each.
    var listings = FolderListings(store: self, enabled: writes.count > 8)
    let changes = try writes.map { write in
      let absent = snapshot.originals[write.path] == nil && !listings.mayExist(write.path)
      return UndoJournal.FileChange(
        path: write.path, before: absent ? nil : try currentText(write.path), after: write.text)
    }
    try journal.record(UndoJournal.Entry(label: changeLabel, files: changes))
    try apply(writes)
  }

  /// The text of a file in the panel, or nil when there is none.
  private func currentText(_ relative: String) throws -> String? {
    do {
      return String(decoding: try FastFile.read(root.path + "/" + relative), as: UTF8.self)
    } catch .missing {
      return nil
    } catch .folder {
      throw StorageError.readFailed(path: displayPath(relative), reason: "it is a folder")
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(relative), reason: reason)
    }
  }

  /// Writes (or, for nil, removes) each file. A change of many files is flushed to disk
  /// once, before any is renamed into place, rather than file by file.
  private func apply(_ files: [(path: String, text: String?)]) throws {
    let scratch = privateURL.appendingPathComponent("tmp")
    let scratchPath = scratch.path
    let rootPath = root.path
    let many = files.count > 8
    func folderPath(_ folder: Substring) -> String {
      folder.isEmpty ? rootPath : "\(rootPath)/\(folder)"
    }
    // Each folder once, not once per file: an import writes thousands into one folder.
    let folders = Set(
      files.filter { $0.text != nil }.map { folderPath(PanelStore.split($0.path).folder) })
    try AtomicFile.createFolders(
      [scratch] + folders.sorted().map { URL(fileURLWithPath: $0, isDirectory: true) })
    var names = AtomicFile.TemporaryNames()
    let scratchFolder = try AtomicFile.Folder(scratchPath)
    var opened: [Substring: AtomicFile.Folder] = [:]
    var staged: [AtomicFile.Staged] = []
    for (relative, text) in files {
      guard let text else { continue }
      let (folderName, name) = PanelStore.split(relative)
      let folder = try opened[folderName] ?? AtomicFile.Folder(folderPath(folderName))
      opened[folderName] = folder
      staged.append(
        try AtomicFile.stage(
          Data(text.utf8), as: String(name), in: folder, temporary: names.next(for: String(name)),
          in: scratchFolder, flush: !many))
    }
    if many { AtomicFile.flushAll() }
    for file in staged { try AtomicFile.commit(file) }
    for (relative, text) in files where text == nil {
      try AtomicFile.remove(rootPath + "/" + relative)
    }
  }

  /// A path's folder (empty at the top of the panel) and file name.
  static func split(_ relative: String) -> (folder: Substring, name: Substring) {
    guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else {
      return ("", relative[...])
    }
    return (relative[..<slash], relative[relative.index(after: slash)...])
  }

  /// Whether `path` names a file inside the panel: relative, with no `..` or hidden part.
  static func isSafePath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return !path.hasPrefix("/") && !parts.isEmpty
      && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
      || path == ".gitignore"
  }

  // MARK: Undoing

  /// Reverses the newest change in the undo journal, if no file has changed since.
  ///
  /// - Throws: `UndoError.nothingToUndo`, or `UndoError.changedSince` (changing nothing)
  ///   when a file no longer holds what the change wrote.
  @discardableResult
  public func undo() throws -> UndoneChange {
    let lock = try takeLock()
    defer { withExtendedLifetime(lock) {} }
    guard let (url, entry) = try journal.latest() else { throw UndoError.nothingToUndo }
    let changed = try entry.files.filter {
      try currentText($0.path).map(UndoJournal.fingerprint) != $0.afterFingerprint
    }.map(\.path)
    guard changed.isEmpty else {
      throw UndoError.changedSince(label: entry.label, files: changed.map(displayPath))
    }
    try apply(entry.files.map { ($0.path, $0.before) })
    try AtomicFile.remove(url.path)
    return UndoneChange(label: entry.label, files: entry.files.map(\.path))
  }

  // MARK: Creating

  /// Makes a new panel in `root` (creating the folder if need be), with `panel.json`, the
  /// given agencies, and a `.gitignore` that keeps pact's private folder out of git.
  ///
  /// - Throws: `StorageError.panelExists` when `root` already holds a panel.
  public func create(_ snapshot: PanelSnapshot) throws {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: root, withIntermediateDirectories: true)
    } catch {
      throw StorageError.writeFailed(path: display, reason: AtomicFile.describe(error))
    }
    let lock = try takeLock()
    defer { withExtendedLifetime(lock) {} }
    if manager.fileExists(atPath: root.appendingPathComponent(PanelLocator.panelFile).path) {
      throw StorageError.panelExists(path: display)
    }
    try writeGitignore()
    var fresh = snapshot
    fresh.originals = [:]
    // panel.json last: until it exists the folder is not a panel.
    var withoutPanel = fresh.files
    let panelJSON = withoutPanel.removeValue(forKey: PanelLocator.panelFile)
    let scratch = privateURL.appendingPathComponent("tmp")
    for (relative, json) in withoutPanel.sorted(by: { $0.key < $1.key }) {
      try AtomicFile.write(
        JSONWriter.prettyData(json), to: root.appendingPathComponent(relative), scratch: scratch)
    }
    if let panelJSON {
      try AtomicFile.write(
        JSONWriter.prettyData(panelJSON),
        to: root.appendingPathComponent(PanelLocator.panelFile), scratch: scratch)
    }
  }

  /// Whether the panel's `.gitignore` keeps pact's private folder out of git.
  var gitIgnoresPrivateFolder: Bool {
    PanelStore.ignoresPrivateFolder(gitignore: gitignoreText)
  }

  private var gitignoreText: String {
    (try? String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? ""
  }

  private static func ignoresPrivateFolder(gitignore text: String) -> Bool {
    let lines = text.split(separator: "\n").map { $0.trimmed }
    return lines.contains("\(privateFolder)/") || lines.contains(privateFolder)
  }

  private func writeGitignore() throws {
    let url = root.appendingPathComponent(".gitignore")
    var text = gitignoreText
    guard !PanelStore.ignoresPrivateFolder(gitignore: text) else { return }
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    text +=
      "# pact's lock and undo history belong to this copy of the panel only\n"
      + "\(PanelStore.privateFolder)/\n"
    try AtomicFile.write(
      Data(text.utf8), to: url, scratch: privateURL.appendingPathComponent("tmp"))
  }
}

/// A change read too little of the panel and must start again reading all of it.
private struct NeedsWholePanel: Error {}

/// The names in a panel's folders, each folder listed once, in lower case: a file whose
/// name is not among them, in any case, does not exist even where the file system ignores
/// case.
private struct FolderListings {
  let store: PanelStore
  /// When off, every file may exist, and is looked for by opening it.
  let enabled: Bool
  private var names: [Substring: Set<String>] = [:]

  init(store: PanelStore, enabled: Bool) {
    self.store = store
    self.enabled = enabled
  }

  /// Whether the file at `relative` may exist.
  mutating func mayExist(_ relative: String) -> Bool {
    let (folder, name) = PanelStore.split(relative)
    guard enabled, !folder.isEmpty else { return true }
    if names[folder] == nil {
      let listed: [String]
      do {
        listed = try FastFile.names(in: "\(store.root.path)/\(folder)") ?? []
      } catch {
        return true
      }
      names[folder] = Set(listed.map { $0.lowercased() })
    }
    return names[folder]?.contains(name.lowercased()) ?? true
  }
}
