import Foundation

/// Reads and writes one panel's folder: `panel.json` at the root and one JSON file per
/// record beneath it. A small facade over the path rules (`PanelPaths`), the reader, the
/// change writer, the lock and the undo journal; the only code that touches a panel's files.
///
/// Writers take the panel's lock, settle any change a killed process left under way, read
/// afresh, change, and write only the files whose contents differ, all or nothing
/// (`ChangeTransaction`).
struct PanelStore: Sendable {
  let folder: PanelFolder
  /// How long a writer waits for another pact process before giving up.
  var lockTimeout: TimeInterval = 10
  /// How `pact undo` names the changes this store makes: the command as typed.
  var changeLabel = "a change"
  /// See `PanelReader.indexSettling`.
  var indexSettling: Int64 = 2_000_000_000
  /// The user's cache folder, where the borough report keeps its index; nil for none.
  var cacheFolder: URL?
  /// The user's cache folder, where copies of the panel's record files are kept to be read
  /// faster (`RecordCache`); nil for none.
  var recordCacheFolder: URL?
  /// Where a test stops a change, as if the process died or the disk failed there.
  var fault: ChangeTransaction.Fault?

  init(root: URL, display: String) {
    folder = PanelFolder(root: root, display: display)
  }

  var root: URL { folder.root }
  var display: String { folder.display }

  /// How a file inside the panel is named in messages.
  func displayPath(_ relative: String) -> String { folder.displayPath(relative) }

  var reader: PanelReader {
    PanelReader(
      folder: folder, indexSettling: indexSettling, cacheFolder: cacheFolder,
      recordCacheFolder: recordCacheFolder)
  }

  // MARK: Reading

  /// Every record of the panel.
  func records() throws -> PanelRecords {
    try settleIfNeeded()
    return PanelRecords(try reader.read(.everything, keepingFiles: false), closed: .read)
  }

  /// Every record, with where each was read from (`pact check` names the files); with
  /// `settling` off, a change left under way is not settled first (`pact check` settles
  /// it itself, to report what it cannot).
  func recordsWithFiles(settling: Bool = true) throws -> (records: PanelRecords, base: WriteBase) {
    if settling { try settleIfNeeded() }
    let result = try reader.read(.everything)
    return (PanelRecords(result, closed: .read), result.base)
  }

  /// The open work alone: what the chair's briefing reads.
  func openWork() throws -> OpenWork {
    try settleIfNeeded()
    let result = try reader.read(.openWork)
    return OpenWork(
      panel: result.panel, members: result.members, agencies: result.agencies,
      meetings: result.meetings, issues: result.issues, priorities: result.priorities,
      actions: result.actions, closedCounts: result.unreadCounts,
      otherActionIDs: result.unreadIDsNearOpen)
  }

  /// The open work and the dates of the done and dropped actions: what the borough report
  /// reads. It writes nothing into the panel (the panel may be someone else's), so it
  /// settles nothing either.
  func overview() throws -> PanelOverview {
    let result = try reader.read(.overview)
    let work = OpenWork(
      panel: result.panel, members: result.members, agencies: result.agencies,
      meetings: result.meetings, issues: result.issues, priorities: result.priorities,
      actions: result.actions, closedCounts: result.unreadCounts, otherActionIDs: [])
    return PanelOverview(openWork: work, closedActionDates: result.closedDates)
  }

  /// Settles a change a killed process left under way, if there is one: a reader would
  /// otherwise see it half made. Readers take the lock only then.
  ///
  /// - Throws: `PrivateFolderError` for a foreign `.pact`, or a change that cannot be
  ///   settled; `StorageError.busy`.
  func settleIfNeeded() throws {
    let root = try folder.openRoot()
    guard let privateFolder = try PrivateFolder.open(folder, root: root, create: false),
      privateFolder.needsSettling
    else { return }
    let lock = try privateFolder.lock(timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    try ChangeTransaction(panel: folder, root: root, privateFolder: privateFolder).settle()
  }

  // MARK: Changing

  /// Takes the panel's lock and settles whatever a killed process left under way: how
  /// every change and undo begins.
  func begin() throws -> (lock: FileLock, transaction: ChangeTransaction) {
    let root = try folder.openRoot()
    guard let privateFolder = try PrivateFolder.open(folder, root: root, create: true) else {
      throw StorageError.writeFailed(
        path: displayPath(PanelPaths.privateFolder), reason: "it cannot be made")
    }
    let lock = try privateFolder.lock(timeout: lockTimeout)
    var transaction = ChangeTransaction(panel: folder, root: root, privateFolder: privateFolder)
    transaction.fault = fault
    try transaction.settle()
    try transaction.journal.validate()
    return (lock, transaction)
  }

  /// Runs `body` on freshly read records while holding the panel's lock, then writes every
  /// file whose contents changed. When `body` throws, nothing is written.
  ///
  /// - Parameter wholePanel: read the done and dropped actions too; otherwise they are
  ///   known by id, and a rule that needs them throws `IncompleteRead`.
  /// - Throws: `StorageError.busy` when another pact process holds the lock past
  ///   `lockTimeout`; whatever reading or `body` throws.
  func change<T>(wholePanel: Bool, _ body: (inout PanelRecords) throws -> T) throws -> T {
    try change(wholePanel: wholePanel, files: []) { records, _ in try body(&records) }
  }

  // MARK: Undoing

  /// Reverses the newest change in the undo journal, if no file has changed since.
  ///
  /// - Throws: `UndoError.nothingToUndo`, or `UndoError.changedSince` (changing nothing)
  ///   when a file no longer holds what the change wrote.
  @discardableResult
  func undo() throws -> UndoneChange {
    let (lock, transaction) = try begin()
    defer { withExtendedLifetime(lock) {} }
    guard let (name, entry) = try transaction.journal.latest() else {
      throw UndoError.nothingToUndo
    }
    let current = try entry.files.map { try folder.currentText($0.path, in: transaction.root) }
    let changed = zip(entry.files, current).filter {
      $0.1.map(UndoJournal.fingerprint) != $0.0.afterFingerprint
    }.map(\.0.path)
    guard changed.isEmpty else {
      throw UndoError.changedSince(label: entry.label, files: changed.map(displayPath))
    }
    let intent = UndoJournal.Entry(
      label: "undo of \(entry.label)",
      files: zip(entry.files, current).map {
        UndoJournal.FileChange(
          path: $0.0.path, before: $0.1, afterFingerprint: $0.0.before.map(UndoJournal.fingerprint))
      },
      undoes: name)
    try transaction.run(intent, writes: entry.files.map { ($0.path, $0.before) })
    return UndoneChange(label: entry.label, files: entry.files.map(\.path))
  }
}

extension PanelRecords {
  /// The records a read gave.
  init(_ result: PanelReader.Result, closed: ClosedActions) {
    self.init(
      panel: result.panel, members: result.members, agencies: result.agencies,
      meetings: result.meetings, issues: result.issues, priorities: result.priorities,
      actions: result.actions, closedActions: closed)
  }
}
