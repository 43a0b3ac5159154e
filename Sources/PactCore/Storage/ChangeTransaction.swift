import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One change to a panel's files, made all or nothing even when the process is killed, the
/// disk fills or a folder cannot be written — as SQLite's rollback journal makes its
/// changes:
///
/// 1. every file the change writes is staged in `.pact/tmp/` (the files of a folder the
///    change makes, in a folder of their own there: `ChangeTransaction+Folders.swift`);
/// 2. the intent record (`.pact/intent.json`) — each file's contents before the change
///    (or that it did not exist) and a fingerprint of what it will hold — is written, and
///    the staged files and the record are flushed to disk together (one flush per change,
///    however many files);
/// 3. the staged files and folders are renamed into place, and the files the change
///    removes removed;
/// 4. the intent record is renamed into the undo journal, which makes the change whole (an
///    undo instead removes the journal entry it reversed, then the record).
///
/// A change that fails at 3 or 4 puts every file back at once. A command that finds an
/// intent record left by a process that died settles it before anything else (`settle`):
/// forward when every file already holds what the change wrote, else back to what each
/// held before.
struct ChangeTransaction {
  /// Where a test stops a change, as if the process died or the disk failed there.
  enum Fault: Equatable {
    /// Stop after this many files (or folders staged whole) are renamed into place or
    /// removed, leaving everything as a killed process would.
    case dieAfterRenames(Int)
    /// Fail after this many files (or folders staged whole) are renamed into place or
    /// removed, as a full disk would.
    case failAfterRenames(Int)
  }

  /// Thrown where a `Fault` stops a change as if the process had died.
  struct Died: Error {}

  let panel: PanelFolder
  let root: SafeFolder
  let privateFolder: PrivateFolder
  var fault: Fault?

  var journal: UndoJournal { UndoJournal(privateFolder: privateFolder) }

  /// A change staged and ready to be put in place: its files waiting in `.pact/tmp`, and
  /// its intent record beside them.
  struct Prepared {
    let intent: UndoJournal.Entry
    let staged: [AtomicFile.Staged]
    let folders: [StagedFolder]
    let removals: [(folder: SafeFolder, name: String)]
    let record: AtomicFile.Staged
    /// Whether the staged files still wait for a flush to disk.
    let needsFlush: Bool
  }

  /// Where one file of a change is staged.
  private struct StagingPlan {
    let text: String
    let name: String
    let folder: SafeFolder
    let temporary: String
    let scratch: SafeFolder
    /// Whether it is staged in a folder staged whole, and so not renamed on its own.
    let inWholeFolder: Bool

    func stage(flush: Bool) throws(SafeFolder.Failure) -> AtomicFile.Staged {
      try AtomicFile.stage(
        Data(text.utf8), as: name, in: folder, temporary: temporary, in: scratch, flush: flush)
    }
  }

  /// How many files a change must write for them to be staged on every core at once; fewer
  /// are staged in order, stopping at the first that fails.
  static let concurrentStagingMinimum = 256

  /// Makes the change: writes each file's text (removes it, for nil) as `intent` records.
  ///
  /// - Throws: `StorageError.writeFailed` (the panel left as it was), `DataFileError`
  ///   for a link or a file where a folder of the change should be, or
  ///   `PrivateFolderError.interruptedChange` when a failure could not be undone either.
  func run(_ intent: UndoJournal.Entry, writes: [(path: String, text: String?)]) throws {
    guard let prepared = try prepare(intent, writes: writes, flush: writes.count <= 8) else {
      return
    }
    try apply(prepared)
  }

  /// Stages the change's files and its intent record, flushing each file to disk when
  /// `flush` is set; otherwise `apply` (or the caller, for many changes at once) flushes them
  /// together. Nothing in the panel changes yet.
  func prepare(
    _ intent: UndoJournal.Entry, writes: [(path: String, text: String?)], flush: Bool
  ) throws -> Prepared? {
    var names = AtomicFile.TemporaryNames()
    guard let scratch = try privateFolder.subfolder("tmp", create: true) else { return nil }
    var staged: [AtomicFile.Staged] = []
    var folders: [Substring: StagedFolder] = [:]
    var removals: [(folder: SafeFolder, name: String)] = []
    do {
      let whole = try wholeFolders(writes)
      // Where each file is staged is settled in order; the files are then written in order,
      // or on every core at once when there are many (an import's ten thousand).
      var opened: [Substring: SafeFolder] = [:]
      var plans: [StagingPlan] = []
      for (path, text) in writes {
        let (directory, name) = PanelPaths.split(path)
        if let text, whole.contains(directory) {
          let folder = try folders[directory] ?? stageFolder(directory, in: scratch, names: &names)
          folders[directory] = folder
          plans.append(
            StagingPlan(
              text: text, name: String(name), folder: folder.staging, temporary: String(name),
              scratch: folder.staging, inWholeFolder: true))
          continue
        }
        let folder = try opened[directory] ?? root.folder(String(directory), create: text != nil)
        guard let folder else { continue }  // A file to remove whose folder is gone is gone.
        opened[directory] = folder
        guard let text else {
          removals.append((folder, String(name)))
          continue
        }
        plans.append(
          StagingPlan(
            text: text, name: String(name), folder: folder,
            temporary: names.next(for: String(name)), scratch: scratch, inWholeFolder: false))
      }
      if plans.count < ChangeTransaction.concurrentStagingMinimum {
        for plan in plans {
          let file = try plan.stage(flush: flush)
          if !plan.inWholeFolder { staged.append(file) }
        }
      } else {
        let results = concurrentMap(plans.count, minimum: 2) { index in
          Result { () throws(SafeFolder.Failure) in try plans[index].stage(flush: flush) }
        }
        // Every file staged is kept for removal; the first in order that failed is told.
        var failure: SafeFolder.Failure?
        for (plan, result) in zip(plans, results) {
          switch result {
          case .success(let file): if !plan.inWholeFolder { staged.append(file) }
          case .failure(let error): failure = failure ?? error
          }
        }
        if let failure { throw failure }
      }
      let record = try AtomicFile.stage(
        JSONWriter.prettyData(intent.json), as: PrivateFolder.intentName,
        in: privateFolder.folder, temporary: names.next(for: PrivateFolder.intentName),
        in: scratch, flush: flush)
      return Prepared(
        intent: intent, staged: staged,
        folders: folders.sorted { $0.key < $1.key }.map(\.value), removals: removals,
        record: record, needsFlush: !flush)
    } catch {
      for file in staged { unlinkat(scratch.descriptor, file.temporary, 0) }
      ChangeTransaction.discard(Array(folders.values))
      throw panel.error(error, writing: true)
    }
  }

  /// Puts a prepared change in place: flushes its staged files if they still wait for it
  /// (unless `flushed` says the caller has), makes its intent record durable, renames the
  /// files into place, and ends the change.
  func apply(_ prepared: Prepared, flushed: Bool = false) throws {
    let intent = prepared.intent
    do {
      if prepared.needsFlush, !flushed { AtomicFile.flushAll(root) }
      try AtomicFile.commit(prepared.record)
      privateFolder.folder.flush()
    } catch {
      if let scratch = try? privateFolder.subfolder("tmp", create: false) {
        for file in prepared.staged + [prepared.record] {
          unlinkat(scratch.descriptor, file.temporary, 0)
        }
      }
      ChangeTransaction.discard(prepared.folders)
      throw panel.error(error, writing: true)
    }
    do {
      var done = 0
      for file in prepared.staged {
        try stopIfFaulted(after: done)
        try AtomicFile.commit(file)
        done += 1
      }
      for folder in prepared.folders {
        try stopIfFaulted(after: done)
        try ChangeTransaction.commit(folder)
        done += 1
      }
      for (folder, name) in prepared.removals {
        try stopIfFaulted(after: done)
        try folder.remove(name)
        done += 1
      }
      try stopIfFaulted(after: done)
    } catch let died as Died {
      throw died
    } catch {
      try putBack(intent, after: panel.error(error, writing: true))
    }
    do {
      try finish(intent)
    } catch {
      try putBack(intent, after: error)
    }
  }

  private func stopIfFaulted(after renames: Int) throws {
    switch fault {
    case .dieAfterRenames(renames): throw Died()
    case .failAfterRenames(renames):
      throw SafeFolder.Failure(relative: "", reason: .system("No space left on device"))
    default: break
    }
  }

  /// Puts every file back after `error`, then throws it; throws that the change was
  /// interrupted when the files cannot be put back.
  private func putBack(_ intent: UndoJournal.Entry, after error: Error) throws -> Never {
    do {
      try rollBack(intent, states: states(of: intent))
    } catch {
      let reason = (error as? LocalizedError)?.errorDescription ?? "\(error)"
      throw PrivateFolderError.interruptedChange(
        label: intent.label, files: [], reason: "putting the files back failed: \(reason)")
    }
    throw error
  }

  /// Ends a change whose files are all in place: makes its intent record the newest undo
  /// entry, or for an undo, removes the entry it reversed and then the record.
  func finish(_ intent: UndoJournal.Entry) throws {
    if let undone = intent.undoes {
      try journal.remove(undone)
      // The entry is gone, so the undo is whole: a record left behind is settled forward.
      try? privateFolder.folder.remove(PrivateFolder.intentName)
    } else if !intent.journaled {
      do {
        try privateFolder.folder.remove(PrivateFolder.intentName)
      } catch {
        throw panel.error(error, writing: true)
      }
    } else {
      try journal.commitIntent()
    }
  }

  // MARK: Where each file stands

  /// What a file holds, against a change's intent.
  struct FileState {
    var holdsBefore: Bool
    var holdsAfter: Bool
  }

  /// Where each file of `intent` stands.
  func states(of intent: UndoJournal.Entry) throws -> [FileState] {
    try intent.files.map { file in
      let current = try panel.currentText(file.path, in: root).map(UndoJournal.fingerprint)
      return FileState(
        holdsBefore: current == file.before.map(UndoJournal.fingerprint),
        holdsAfter: current == file.afterFingerprint)
    }
  }

  /// Puts back what each file held before `intent`'s change, then removes the record and
  /// any staged files.
  func rollBack(_ intent: UndoJournal.Entry, states: [FileState]) throws {
    let changed = zip(intent.files, states).filter { !$0.1.holdsBefore }.map(\.0)
    let stranger = zip(intent.files, states).filter { !$0.1.holdsBefore && !$0.1.holdsAfter }
    guard stranger.isEmpty else {
      throw PrivateFolderError.interruptedChange(
        label: intent.label, files: stranger.map { panel.displayPath($0.0.path) },
        reason: "changed since")
    }
    let many = changed.count > 8
    var names = AtomicFile.TemporaryNames()
    do {
      guard let scratch = try privateFolder.subfolder("tmp", create: true) else { return }
      var staged: [AtomicFile.Staged] = []
      for file in changed {
        let (directory, name) = PanelPaths.split(file.path)
        guard let before = file.before else {
          try root.folder(String(directory))?.remove(String(name))
          continue
        }
        guard let folder = try root.folder(String(directory), create: true) else { continue }
        staged.append(
          try AtomicFile.stage(
            Data(before.utf8), as: String(name), in: folder,
            temporary: names.next(for: String(name)), in: scratch, flush: !many))
      }
      if many { AtomicFile.flushAll(root) }
      for file in staged { try AtomicFile.commit(file) }
      if !staged.isEmpty { AtomicFile.flushAll(root) }
    } catch {
      throw panel.error(error, writing: true)
    }
    try privateFolder.cleanScratch()
    do {
      try privateFolder.folder.remove(PrivateFolder.intentName)
    } catch {
      throw panel.error(error, writing: true)
    }
  }
}
