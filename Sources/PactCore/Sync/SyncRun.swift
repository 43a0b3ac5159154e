import Foundation

/// One `sync` of one copy of a panel: commit this copy's changes to the panel's folder,
/// fetch, merge, settle, check, push (`PanelService.sync`).
struct SyncRun {
  /// The remote branch a copy syncs with.
  struct Upstream {
    var remote: String
    var branch: String
    /// Whether the local branch already tracks it (else the first push sets it).
    var isConfigured: Bool

    var trackingRef: String { "refs/remotes/\(remote)/\(branch)" }
    var name: String { "\(remote)/\(branch)" }
  }

  let panel: PanelService
  let request: SyncRequest
  /// git at the repository's top.
  let git: Git
  /// The panel's folder in the repository; empty when the panel is the repository.
  let prefix: String
  /// The repository's own folder (`.git`).
  let gitFolder: URL
  var objects: GitObjects { GitObjects(git: git) }
  var work: WorkTree { WorkTree(top: git.directory) }

  /// git's id of the empty tree, the "before" of a repository with no commit yet.
  static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

  init(panel: PanelService, request: SyncRequest) throws {
    self.panel = panel
    self.request = request
    let here = try Git(in: panel.root, environment: request.environment)
    let found = try here.run([
      "rev-parse", "--show-toplevel", "--show-prefix", "--absolute-git-dir",
    ])
    let lines = found.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard found.status == 0, lines.count >= 3, !lines[0].isEmpty else {
      throw SyncError.notInRepository(path: panel.display)
    }
    prefix = lines[1].hasSuffix("/") ? String(lines[1].dropLast()) : lines[1]
    gitFolder = URL(fileURLWithPath: lines[2])
    git = here.inFolder(URL(fileURLWithPath: lines[0]))
  }

  /// The panel's folder as a pathspec.
  var panelSpec: String { prefix.isEmpty ? "." : prefix }

  func run() throws -> SyncReport {
    try refuseOperationInProgress()
    let settings = try configuration()
    let upstream = try findUpstream(settings)
    var report = SyncReport(remote: upstream.name)
    report.driverRegistered = try registerDriver(settings)
    report.attributesAdded = try addAttributesIfMissing()
    report.committed = try commitLocalChanges(into: &report)
    var pushed = false
    for _ in 0..<max(1, request.attempts) {
      try fetch(upstream)
      let theirs = try integrate(upstream, into: &report)
      guard let head = try revision("HEAD"), head != theirs else {
        pushed = true
        break
      }
      if try push(upstream) {
        report.pushed = true
        pushed = true
        break
      }
    }
    report.check = try panel.check()
    guard pushed else { throw SyncError.pushKeptBeingRejected(attempts: max(1, request.attempts)) }
    return report
  }

  // MARK: Before anything

  private func refuseOperationInProgress() throws {
    let under = [
      ("MERGE_HEAD", "merge"), ("CHERRY_PICK_HEAD", "cherry-pick"), ("REVERT_HEAD", "revert"),
      ("rebase-merge", "rebase"), ("rebase-apply", "rebase"),
    ]
    for (name, what) in under
    where FileManager.default.fileExists(atPath: gitFolder.appendingPathComponent(name).path) {
      throw SyncError.operationInProgress(what)
    }
  }

  /// The repository's settings for branches, remotes and merge drivers.
  private func configuration() throws -> [String: String] {
    let result = try git.run(["config", "-z", "--get-regexp", "^(branch|remote|merge)\\."])
    var settings: [String: String] = [:]
    for entry in result.text.split(separator: "\0") {
      let parts = entry.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
      settings[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    return settings
  }

  private func findUpstream(_ settings: [String: String]) throws -> Upstream {
    let head = try git.run(["symbolic-ref", "-q", "--short", "HEAD"])
    guard head.status == 0, !head.text.trimmed.isEmpty else { throw SyncError.detachedHead }
    let branch = head.text.trimmed
    let remote = settings["branch.\(branch).remote"] ?? ""
    let merge = settings["branch.\(branch).merge"] ?? ""
    if !remote.isEmpty, remote != ".", merge.hasPrefix("refs/heads/") {
      return Upstream(
        remote: remote, branch: String(merge.dropFirst("refs/heads/".count)), isConfigured: true)
    }
    let remotes = settings.keys.filter { $0.hasPrefix("remote.") && $0.hasSuffix(".url") }
      .map { String($0.dropFirst("remote.".count).dropLast(".url".count)) }.sorted()
    guard let chosen = remotes.contains("origin") ? "origin" : remotes.first else {
      throw SyncError.noRemote
    }
    return Upstream(remote: chosen, branch: branch, isConfigured: false)
  }

  /// Adds pact's merge driver to the repository's configuration when it is missing, or
  /// names a program that is no longer there.
  private func registerDriver(_ settings: [String: String]) throws -> Bool {
    let key = "merge.\(GitAttributes.driverName).driver"
    if let current = settings[key], Self.runs(current.trimmed) { return false }
    try git.checked(["config", "merge.\(GitAttributes.driverName).name", "pact's record merge"])
    try git.checked([
      "config", key, "\(Self.shellWord(request.driverProgram)) merge-file %O %A %B %P",
    ])
    return true
  }

  /// Whether a configured driver's program is still there: a path that exists, or a name
  /// the shell finds on the `PATH`.
  private static func runs(_ command: String) -> Bool {
    let program: String
    if command.hasPrefix("'") {
      program = String(command.dropFirst().prefix { $0 != "'" })
    } else {
      program = String(command.prefix { $0 != " " })
    }
    guard program.contains("/") else { return !program.isEmpty }
    return FileManager.default.isExecutableFile(atPath: program)
  }

  /// `word` as one word for the shell git runs the driver with.
  static func shellWord(_ word: String) -> String {
    let plain = word.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+".unicodeScalars.contains($0)
    }
    return plain && !word.isEmpty
      ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private func addAttributesIfMissing() throws -> Bool {
    let url = panel.root.appendingPathComponent(PanelPaths.gitattributes)
    guard !FileManager.default.fileExists(atPath: url.path) else { return false }
    try AtomicFile.write(Data(GitAttributes.text.utf8), to: url)
    return true
  }

  // MARK: This copy's changes

  /// Commits the panel folder's changes, once the panel reads as a whole: every change to
  /// a file git already tracks, and each new file that is pact's own
  /// (`PanelPaths.isShared`); a new file of anyone else's (a scratch note, a draft letter)
  /// is left out, and named in `report`, as `git commit -a` would leave it. Returns the
  /// commit's first line.
  ///
  /// - Throws: `DataFileError` when a file of the panel cannot be read: it is named, and
  ///   nothing is committed or pushed, so no other copy receives it.
  private func commitLocalChanges(into report: inout SyncReport) throws -> String? {
    let (changed, untracked) = try changedFiles()
    let new = untracked.filter { PanelPaths.isShared(relative($0)) }
    report.leftOut = untracked.filter { !PanelPaths.isShared(relative($0)) }
    guard !changed.isEmpty || !new.isEmpty else { return nil }
    _ = try panel.records()
    try git.checked(["--literal-pathspecs", "add", "-u", "--", panelSpec])
    if !new.isEmpty {
      try git.checked(
        ["--literal-pathspecs", "add", "--pathspec-from-file=-", "--pathspec-file-nul"],
        input: Data(new.map { $0 + "\0" }.joined().utf8))
    }
    let head = try revision("HEAD") ?? Self.emptyTree
    let summary = try summary(from: head, to: nil)
    guard summary.fileCount > 0 else { return nil }
    let message = CommitMessage.changes(summary, panel: panelName(), message: request.message)
    try git.checked(
      ["--literal-pathspecs", "commit", "-q", "-F", "-", "--", panelSpec],
      input: Data(message.utf8))
    return message.split(separator: "\n").first.map(String.init)
  }

  /// The files in the panel's folder that git tracks and that differ from the last commit
  /// (staged or not), and those git does not know, by their paths in the repository.
  private func changedFiles() throws -> (tracked: [String], untracked: [String]) {
    let entries = try git.checked([
      "--literal-pathspecs", "status", "--porcelain=v1", "-z", "--untracked-files=all",
      "--no-renames", "--", panelSpec,
    ]).split(separator: "\0").map(String.init).filter { $0.count > 3 }
    let untracked = entries.filter { $0.hasPrefix("?? ") }.map { String($0.dropFirst(3)) }
    let tracked = entries.filter { !$0.hasPrefix("?? ") }.map { String($0.dropFirst(3)) }
    return (tracked.sorted(), untracked.sorted())
  }

  /// `path` (in the repository) relative to the panel's folder.
  private func relative(_ path: String) -> String {
    prefix.isEmpty ? path : String(path.dropFirst(prefix.count + 1))
  }

  /// What changed in this panel between the commit `from` and the commit `to` (the index
  /// when nil).
  func summary(from: String, to: String?) throws -> ChangeSummary {
    var arguments = ["--literal-pathspecs", "diff", "--name-only", "--no-renames", "-z"]
    arguments += to.map { [from, $0] } ?? ["--cached", from]
    let paths = try git.checked(arguments + ["--", panelSpec]).split(separator: "\0").map(
      String.init)
    let after = to.map { "\($0):" } ?? ":"
    let contents = try objects.contents(paths.flatMap { ["\(from):\($0)", after + $0] })
    return ChangeSummary(
      files: paths.map {
        ChangeSummary.FileChange(
          path: $0, before: contents["\(from):\($0)"], after: contents[after + $0])
      }, root: prefix)
  }

  /// The panel's name, from its `panel.json`.
  func panelName() -> String {
    // Read as every panel file is read: no link followed, no pipe waited on.
    guard let text = try? panel.store.folder.currentText(PanelPaths.panelFile),
      let value = try? JSONParser.parse(text), let name = value["name"]?.stringValue
    else { return "The panel" }
    return name
  }

  // MARK: The remote

  private func fetch(_ upstream: Upstream) throws {
    let result = try git.run([
      "fetch", "-q", upstream.remote, "+refs/heads/*:refs/remotes/\(upstream.remote)/*",
    ])
    guard result.status == 0 else {
      throw SyncError.fetchFailed(remote: upstream.remote, reason: result.message)
    }
  }

  /// Pushes; false when someone pushed first.
  private func push(_ upstream: Upstream) throws -> Bool {
    let result = try git.run(
      ["push", "--porcelain"] + (upstream.isConfigured ? [] : ["-u"])
        + [upstream.remote, "HEAD:refs/heads/\(upstream.branch)"])
    if result.status == 0 { return true }
    // Rejected because the branch moved on: someone pushed first, or was pushing at the
    // same moment (the remote could not lock the branch). Either way: merge again.
    let raced = ["cannot lock ref", "failed to update ref", "incorrect old value"]
    let rejected = result.text.split(separator: "\n").contains { line in
      line.hasPrefix("!")
        && (line.contains("[rejected]")
          || line.contains("[remote rejected]") && raced.contains { line.contains($0) })
    }
    guard rejected || raced.contains(where: result.errors.contains) else {
      throw SyncError.pushFailed(remote: upstream.remote, reason: result.message)
    }
    return false
  }

  /// The commit `name` names, or nil.
  func revision(_ name: String) throws -> String? {
    let result = try git.run(["rev-parse", "-q", "--verify", name + "^{commit}"])
    let text = result.text.trimmed
    return result.status == 0 && !text.isEmpty ? text : nil
  }

}
