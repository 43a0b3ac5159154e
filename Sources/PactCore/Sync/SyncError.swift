import Foundation

/// Why `sync` (or the merge driver) could not do what was asked (exit 1). Whatever the
/// reason, nothing is lost: this copy's changes stay committed in it, and a merge that could
/// not be finished is undone.
public enum SyncError: Error, Equatable, PactError {
  /// No `git` on the `PATH`.
  case gitMissing
  /// The panel's folder is not in a git repository.
  case notInRepository(path: String)
  /// The repository is in the middle of a merge, rebase or cherry-pick someone started.
  case operationInProgress(String)
  /// The repository is not on a branch.
  case detachedHead
  /// The repository has no remote to sync with.
  case noRemote
  /// A git command failed.
  case gitFailed(command: String, reason: String)
  /// The remote could not be reached.
  case fetchFailed(remote: String, reason: String)
  /// git would not start the merge (files changed but not committed are in its way).
  case mergeRefused(reason: String)
  /// The merge left files that neither git nor pact could merge; it was undone.
  case unmerged(files: [String])
  /// The push failed for a reason other than someone having pushed first.
  case pushFailed(remote: String, reason: String)
  /// Someone pushed first every time, however often pact merged again.
  case pushKeptBeingRejected(attempts: Int)
  /// A record file in the merge is not a record pact can read (the merge was undone).
  case unreadableRecord(path: String, reason: String)

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .gitMissing:
      "git is not installed, or not on the PATH"
    case .notInRepository(let path):
      "\(path) is not in a git repository"
    case .operationInProgress(let what):
      "this copy is in the middle of a \(what) started earlier, so nothing was synced"
    case .detachedHead:
      "this copy is not on a branch, so there is nothing to sync it with"
    case .noRemote:
      "this copy has no remote to sync with"
    case .gitFailed(let command, let reason):
      "\(command) failed: \(Self.firstLines(reason))"
    case .fetchFailed(let remote, let reason):
      "could not fetch from \(remote); your changes are committed in this copy: "
        + Self.firstLines(reason)
    case .mergeRefused(let reason):
      "git would not merge; your changes are committed in this copy: " + Self.firstLines(reason)
    case .unmerged(let files):
      "the merge was undone, because \(files.count == 1 ? "this file" : "these files") could "
        + "not be merged: \(files.prefix(5).joined(separator: ", "))"
        + (files.count > 5 ? " and \(files.count - 5) more" : "")
    case .pushFailed(let remote, let reason):
      "could not push to \(remote); the merge is committed in this copy: "
        + Self.firstLines(reason)
    case .pushKeptBeingRejected(let attempts):
      "someone else pushed first each of \(attempts) times; the merge is committed in this copy"
    case .unreadableRecord(let path, let reason):
      "the merge was undone, because \(path) is not a record pact can read: \(reason)"
    }
  }

  /// The first lines of what git said: enough to see why, not a screenful.
  private static func firstLines(_ text: String) -> String {
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    return lines.prefix(3).joined(separator: "; ")
  }
}
