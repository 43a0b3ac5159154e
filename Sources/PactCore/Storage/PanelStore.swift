import Foundation

/// Reads and writes one panel's folder: `panel.json` at the root and one JSON file per
/// record beneath it. A small facade over the path rules (`PanelPaths`), the reader, the
/// change writer, the lock and the undo journal; the only code that touches a panel's files.
///
/// Writers take the panel's lock, read afresh, change, and write only the files whose
/// contents differ.
struct PanelStore: Sendable {
  let folder: PanelFolder
  /// How long a writer waits for another pact process before giving up.
  var lockTimeout: TimeInterval = 10
  /// How `pact undo` names the changes this store makes: the command as typed.
  var changeLabel = "a change"
  /// See `PanelReader.indexSettling`.
  var indexSettling: Int64 = 2_000_000_000

  init(root: URL, display: String) {
    folder = PanelFolder(root: root, display: display)
  }

  var root: URL { folder.root }
  var display: String { folder.display }

  /// How a file inside the panel is named in messages.
  func displayPath(_ relative: String) -> String { folder.displayPath(relative) }

  var reader: PanelReader { PanelReader(folder: folder, indexSettling: indexSettling) }

  var journal: UndoJournal {
    UndoJournal(folder: folder.privateURL.appendingPathComponent("undo"))
  }

  // MARK: Reading

  /// Every record of the panel.
  func records() throws -> PanelRecords {
    PanelRecords(try reader.read(.everything), closed: .read)
  }

  /// Every record, with where each was read from (`pact check` names the files).
  func recordsWithFiles() throws -> (records: PanelRecords, base: WriteBase) {
    let result = try reader.read(.everything)
    return (PanelRecords(result, closed: .read), result.base)
  }

  /// The open work alone: what the chair's briefing reads.
  func openWork() throws -> OpenWork {
    let result = try reader.read(.openWork)
    return OpenWork(
      panel: result.panel, members: result.members, agencies: result.agencies,
      meetings: result.meetings, issues: result.issues, priorities: result.priorities,
      actions: result.actions, closedCounts: result.unreadCounts)
  }

  /// The open work and the dates of the done and dropped actions: what the borough report
  /// reads.
  func overview() throws -> PanelOverview {
    let result = try reader.read(.overview)
    let work = OpenWork(
      panel: result.panel, members: result.members, agencies: result.agencies,
      meetings: result.meetings, issues: result.issues, priorities: result.priorities,
      actions: result.actions, closedCounts: result.unreadCounts)
    return PanelOverview(openWork: work, closedActionDates: result.closedDates)
  }

  // MARK: Changing

  /// Runs `body` on freshly read records while holding the panel's lock, then writes every
  /// file whose contents changed. When `body` throws, nothing is written.
  ///
  /// - Parameter wholePanel: read the done and dropped actions too; otherwise they are
  ///   known by id, and a rule that needs them throws `IncompleteRead`.
  /// - Throws: `StorageError.busy` when another pact process holds the lock past
  ///   `lockTimeout`; whatever reading or `body` throws.
  func change<T>(wholePanel: Bool, _ body: (inout PanelRecords) throws -> T) throws -> T {
    let lock = try PanelLock.take(folder, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    let result = try reader.read(wholePanel ? .everything : .openActions, forWriting: true)
    var records = PanelRecords(
      result,
      closed: wholePanel ? .read : .unread(ids: result.unreadIDs, counts: result.unreadCounts))
    let value = try body(&records)
    try ChangeWriter(folder: folder, journal: journal, label: changeLabel)
      .write(records, over: result.base)
    return value
  }

  // MARK: Undoing

  /// Reverses the newest change in the undo journal, if no file has changed since.
  ///
  /// - Throws: `UndoError.nothingToUndo`, or `UndoError.changedSince` (changing nothing)
  ///   when a file no longer holds what the change wrote.
  @discardableResult
  func undo() throws -> UndoneChange {
    let lock = try PanelLock.take(folder, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    guard let (url, entry) = try journal.latest() else { throw UndoError.nothingToUndo }
    let changed = try entry.files.filter {
      try folder.currentText($0.path).map(UndoJournal.fingerprint) != $0.afterFingerprint
    }.map(\.path)
    guard changed.isEmpty else {
      throw UndoError.changedSince(label: entry.label, files: changed.map(displayPath))
    }
    try ChangeWriter(folder: folder, journal: journal, label: changeLabel)
      .apply(entry.files.map { ($0.path, $0.before) })
    try AtomicFile.remove(url.path)
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
