/// Something a merge of two copies of a panel put right, one deterministic way in every
/// copy: for the merge commit's message, and for what `sync` prints.
public enum MergeSettlement: Sendable, Equatable {
  /// A record moved to another folder in one copy (done, dropped, closed) and changed in the
  /// other, or moved differently in each, was merged into one file, kept in the folder its
  /// merged status calls for.
  case merged(RecordKind, id: String, status: String?)
  /// A record removed in one copy was changed, or named by a record, in the other, so it was
  /// kept.
  case kept(RecordKind, id: String)
  /// More than three priorities were active: those after the top three (by rank, then the
  /// day each was set, then id) were set aside, closed, their issues back in the backlog.
  case prioritySetAside(id: String, title: String)
  /// The active priorities' ranks were stored as the ranking rule gives them (two shared a
  /// rank, or one had none).
  case prioritiesRanked
  /// A member both present and sending apologies for a meeting was kept as present.
  case apologiesDropped(meeting: String, member: String)
  /// An issue merged into another in one copy and changed in the other came back naming the
  /// other's priority, and was merged into it again.
  case issueMerged(id: String, into: String)
}

extension MergeSettlement {
  /// What to tell of `settled`: an issue kept because one copy changed it, then merged
  /// again into the issue the other copy merged it with, is told once, as merged.
  static func told(_ settled: [MergeSettlement]) -> [MergeSettlement] {
    var remerged: Set<String> = []
    for case .issueMerged(let id, _) in settled { remerged.insert(id) }
    return settled.filter { settlement in
      guard case .kept(.issue, let id) = settlement else { return true }
      return !remerged.contains(id)
    }
  }
}
