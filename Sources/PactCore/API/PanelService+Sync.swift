import Foundation

/// What `sync` is given.
public struct SyncRequest: Sendable {
  /// The person's own words for the commit of this copy's changes; pact's summary follows.
  public var message: String?
  /// The program git runs as pact's merge driver when it registers it: this pact, by its
  /// absolute path, or `pact` when the `pact` on the `PATH` is this one.
  public var driverProgram: String
  /// The environment git runs with (`PATH`, `HOME`, git's own variables).
  public var environment: [String: String]
  /// How many times to fetch, merge and push when someone else keeps pushing first.
  public var attempts = 5

  public init(driverProgram: String, environment: [String: String], message: String? = nil) {
    self.driverProgram = driverProgram
    self.environment = environment
    self.message = message
  }
}

/// What `sync` did.
public struct SyncReport: Sendable {
  /// Where the copy syncs with: `origin/main`.
  public var remote: String
  /// Whether pact's merge driver was added to this copy's git configuration.
  public var driverRegistered = false
  /// Whether the panel's `.gitattributes` was written (a panel made before pact wrote it).
  public var attributesAdded = false
  /// The first line of the commit of this copy's changes; nil when there were none.
  public var committed: String?
  /// Files in the panel's folder that are not pact's (a scratch note), changed or new, left
  /// out of the commit: their paths in the repository.
  public var leftOut: [String] = []
  /// The first line of each merge commit made, or of what a fast-forward brought in.
  public var merged: [String] = []
  /// What the merges put right.
  public var settled: [MergeSettlement] = []
  /// Whether commits were pushed.
  public var pushed = false
  /// `pact check` of the panel after the merge.
  public var check: IntegrityCheck?

  public init(remote: String) {
    self.remote = remote
  }
}

extension PanelService {
  /// Commits this copy's changes to the panel's folder with a message that says what
  /// changed, fetches, merges the other copies' work (pact's record merge for each file, then
  /// what no file shows: records moved in one copy and changed in another, more than three
  /// active priorities, two at one rank), checks the panel, commits the merge and pushes,
  /// merging again when someone pushed first. The branch is merged and pushed as a whole, so
  /// other panels in the same repository come along.
  ///
  /// Nothing is lost when it stops: this copy's changes stay committed, and a merge that
  /// cannot be finished is undone, leaving the working tree as it was.
  ///
  /// - Throws: `SyncError`; `StorageError` when a file cannot be written.
  public func sync(_ request: SyncRequest) throws -> SyncReport {
    try SyncRun(panel: self, request: request).run()
  }

  /// Puts right what a merge of two copies can leave that no single file shows, one
  /// deterministic way (`PanelRecords.settleMerge`): `sync` runs it after every merge.
  ///
  /// - Returns: What was put right.
  @discardableResult
  public func settleAfterMerge() throws -> [MergeSettlement] {
    try change { $0.settleMerge() }
  }
}
