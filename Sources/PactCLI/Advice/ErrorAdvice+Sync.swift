import PactCore

extension ErrorAdvice {
  /// What to do when `pact sync` or `pact merge-file` could not finish; nothing was lost.
  static func suggestion(for error: SyncError) -> String? {
    switch error {
    case .gitMissing:
      "Install git (apt-get install git, or from git-scm.com), then run pact sync again."
    case .notInRepository:
      "Work on the panel inside a clone of the borough's repository (git clone URL), or make "
        + "one here: git init, git remote add origin URL."
    case .operationInProgress:
      "Finish it (git status says how) or abandon it (git merge --abort, git rebase --abort), "
        + "then run pact sync again."
    case .detachedHead:
      "Switch to the branch the copies share (git switch main), then run pact sync again."
    case .noRemote:
      "Name the shared repository: git remote add origin URL, then run pact sync again."
    case .gitFailed:
      "Run that git command yourself to see more, then run pact sync again."
    case .fetchFailed:
      "Check the network and the remote's address (git remote -v), then run pact sync again."
    case .mergeRefused:
      "Commit or put aside the files git names (pact sync in another panel's folder commits "
        + "that panel's changes), then run pact sync again."
    case .unmerged, .unreadableRecord:
      "A copy holds a file pact cannot read (git log -p --all -- FILE shows who changed it, "
        + "in the other copies' work too): it is corrected in that copy and checked with pact "
        + "check; then run pact sync again."
    case .pushFailed:
      "Check that you may push to the remote (git push says why), then run pact sync again."
    case .pushKeptBeingRejected:
      "Run pact sync again in a moment."
    }
  }
}
