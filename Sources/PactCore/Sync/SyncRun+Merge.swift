import Foundation

extension SyncRun {
  /// Brings in what the remote has that this copy has not: a fast-forward when this copy
  /// has nothing of its own, else a merge.
  ///
  /// - Returns: The remote's commit, when it has one.
  func integrate(_ upstream: Upstream, into report: inout SyncReport) throws -> String? {
    guard let theirs = try revision(upstream.trackingRef) else { return nil }
    guard let head = try revision("HEAD") else {
      try fastForward(to: theirs)
      return theirs
    }
    let base = try git.run(["merge-base", head, theirs]).text.trimmed
    if head == theirs || base == theirs { return theirs }
    guard base == head else {
      try merge(head: head, theirs: theirs, upstream, into: &report)
      return theirs
    }
    try fastForward(to: theirs)
    let summary = try summary(from: head, to: theirs)
    let message = CommitMessage.merge(summary, panel: panelName(), from: upstream.name, settled: [])
    report.merged.append(Self.firstLine(message))
    // Copies that sync with pact push settled merges; one pushed by plain git may not be.
    let roots = Self.touched(try objects.panelRoots(), by: try changedPaths(from: head, to: theirs))
    let settled = try settle(roots, trees: nil)
    if !settled.isEmpty {
      let fix = CommitMessage.merge(
        ChangeSummary(files: [], root: prefix), panel: panelName(), from: upstream.name,
        settled: settled)
      try git.checked(["commit", "-q", "-F", "-"], input: Data(fix.utf8))
      report.settled += settled
    }
    return theirs
  }

  private func fastForward(to commit: String) throws {
    let result = try git.run(["merge", "-q", "--ff-only", commit])
    guard result.status == 0 else { throw SyncError.mergeRefused(reason: result.message) }
  }

  /// Merges with git's own merge (pact's driver for each record file, no rename detection),
  /// then settles what git could not, checks, and commits; undoes the merge if any of that
  /// fails.
  private func merge(
    head: String, theirs: String, _ upstream: Upstream, into report: inout SyncReport
  ) throws {
    // `ort` with no-renames still paired different records on git 2.39; `recursive` did not.
    let started = try git.run([
      "merge", "--no-ff", "--no-commit", "-s", "recursive", "-X", "no-renames", theirs,
    ])
    guard try git.succeeds(["rev-parse", "-q", "--verify", "MERGE_HEAD"]) else {
      throw SyncError.mergeRefused(reason: started.message)
    }
    do {
      let bases = try git.checked(["merge-base", "--all", head, theirs]).split(separator: "\n")
        .map(String.init)
      let reconciler = MergeReconciler(
        objects: objects, work: work, ours: head, theirs: theirs, bases: bases)
      let outcome = try reconciler.reconcile()
      let unmerged = try git.checked(["diff", "--name-only", "--diff-filter=U", "-z"])
        .split(separator: "\0").map(String.init)
      let unresolved = Set(outcome.unresolved + unmerged)
      guard unresolved.isEmpty else { throw SyncError.unmerged(files: unresolved.sorted()) }
      let roots = Self.touched(outcome.roots, by: try changedPaths(from: head, to: nil))
      let settled = MergeSettlement.told(
        try outcome.settled + settle(roots, trees: outcome.trees))
      let message = CommitMessage.merge(
        try summary(from: head, to: nil), panel: panelName(), from: upstream.name,
        settled: settled)
      try git.checked(["commit", "-q", "-F", "-"], input: Data(message.utf8))
      report.merged.append(Self.firstLine(message))
      report.settled += settled
    } catch {
      _ = try? git.run(["merge", "--abort"])
      if case DataFileError.invalid(let problems) = error, let first = problems.first {
        throw SyncError.unreadableRecord(path: first.file, reason: first.message)
      }
      throw error
    }
  }

  /// Settles each panel in `roots`: members and agencies a merged record names are kept
  /// (when `trees` gives the merged commits), then the top three and the meetings; stages
  /// what that changed, and nothing else (another panel may hold changes not committed).
  private func settle(_ roots: Set<String>, trees: [[String: String]]?) throws
    -> [MergeSettlement]
  {
    var settled: [MergeSettlement] = []
    var changed: Set<String> = []
    for root in roots.sorted() {
      let before = try unstaged(root)
      let service =
        root == prefix
        ? panel
        : PanelService(
          at: git.directory.appendingPathComponent(root), clock: panel.clock,
          changeLabel: "pact sync")
      if let trees {
        settled += try NamedRecords(objects: objects, work: work, trees: trees)
          .restore(in: root, panel: service)
      }
      settled += try service.settleAfterMerge()
      changed.formUnion(try unstaged(root).subtracting(before))
    }
    if !changed.isEmpty {
      try git.checked(
        ["--literal-pathspecs", "add", "-A", "--pathspec-from-file=-", "--pathspec-file-nul"],
        input: Data(changed.sorted().map { $0 + "\0" }.joined().utf8))
    }
    return settled
  }

  /// The files in the panel's folder `root` that differ from the index, or that git does
  /// not know.
  private func unstaged(_ root: String) throws -> Set<String> {
    let entries = try git.checked([
      "--literal-pathspecs", "status", "--porcelain=v1", "-z", "--untracked-files=all",
      "--no-renames", "--", root.isEmpty ? "." : root,
    ]).split(separator: "\0")
    // "XY path": Y is the working tree against the index ("?" for a file git does not know).
    return Set(
      entries.filter { $0.count > 3 && $0.dropFirst().first != " " }.map { String($0.dropFirst(3)) }
    )
  }

  /// The files that differ between the commit `from` and `to` (the index when nil).
  private func changedPaths(from: String, to: String?) throws -> [String] {
    let arguments =
      ["diff", "--name-only", "--no-renames", "-z"]
      + (to.map { [from, $0] } ?? ["--cached", from])
    return try git.checked(arguments).split(separator: "\0").map(String.init)
  }

  /// The panels among `roots` that hold a file of `paths`.
  static func touched(_ roots: Set<String>, by paths: [String]) -> Set<String> {
    var touched: Set<String> = []
    for path in paths {
      let holder = roots.filter { $0.isEmpty || path.hasPrefix($0 + "/") }.max {
        $0.count < $1.count
      }
      if let holder { touched.insert(holder) }
    }
    return touched
  }

  static func firstLine(_ text: String) -> String {
    text.split(separator: "\n").first.map(String.init) ?? ""
  }
}
