import Foundation

/// Changes files beside the records in many panels as one run — a county's crime counts —
/// flushing to disk once for a group of panels rather than once a file: each panel's new
/// files and undo entry are staged under its lock, the group is flushed, and then every
/// file is renamed into place. Each panel's change is one entry in its own undo journal.
///
/// When a panel cannot be written, the panels already written are put back as they were,
/// so a run changes every panel or none.
struct PanelBatchWriter {
  /// One panel's change: the files it reads, and what they become.
  struct Job {
    var store: PanelStore
    var paths: [String]
    var change: (PanelFiles) throws -> PanelFiles
  }

  /// Panels changed between flushes: each holds a lock and a few folders open meanwhile.
  static let groupSize = 32

  /// What a job did: the files it wrote or removed, and the files it left as they were.
  struct Outcome {
    var changed: Set<String>
    var unchanged: Set<String>
  }

  /// Runs every job, `groupSize` panels between flushes; returns what each did.
  ///
  /// - Throws: whatever a job throws, or a storage error, after putting back the panels
  ///   already changed.
  static func run(_ jobs: [Job], groupSize: Int = PanelBatchWriter.groupSize) throws -> [Outcome] {
    var changed: [Outcome] = []
    var written: [PanelStore] = []
    do {
      var start = 0
      while start < jobs.count {
        let group = jobs[start..<min(start + max(1, groupSize), jobs.count)]
        let results = try runGroup(Array(group))
        for (job, outcome) in zip(group, results) where !outcome.changed.isEmpty {
          written.append(job.store)
        }
        changed += results
        start += max(1, groupSize)
      }
    } catch {
      for store in written.reversed() { _ = try? store.undo() }
      throw error
    }
    return changed
  }

  private static func runGroup(_ jobs: [Job]) throws -> [Outcome] {
    var locks: [FileLock] = []
    defer { withExtendedLifetime(locks) {} }
    var prepared: [(ChangeTransaction, ChangeTransaction.Prepared)] = []
    var changed: [Outcome] = []
    for job in jobs {
      let store = job.store
      // Each panel's change is all or nothing as any other is (`ChangeTransaction`); only
      // the flush to disk is shared by the group.
      let (lock, transaction) = try store.begin()
      locks.append(lock)
      let originals = try store.readFiles(job.paths)
      let files = try job.change(originals)
      let writer = ChangeWriter(transaction: transaction, label: store.changeLabel)
      let plan = try writer.plan(files, over: originals)
      let written = Set(plan?.writes.map(\.path) ?? [])
      changed.append(
        Outcome(changed: written, unchanged: Set(files.keys.filter { !written.contains($0) })))
      guard let plan,
        let ready = try transaction.prepare(plan.entry, writes: plan.writes, flush: false)
      else { continue }
      prepared.append((transaction, ready))
    }
    guard let first = prepared.first else { return changed }
    AtomicFile.flushAll(first.0.root)
    for (transaction, ready) in prepared { try transaction.apply(ready, flushed: true) }
    return changed
  }
}
