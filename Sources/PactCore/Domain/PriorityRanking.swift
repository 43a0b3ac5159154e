/// The one rule that makes the top three unambiguous, whatever the files say: two copies of
/// a panel merged by git can hold two active priorities at one rank, or four active. The
/// active priorities are put in order — by rank (none last), then the day each was set,
/// then id — and the first three are the top three. Where the stored ranks already say so
/// (each of at most three has its own rank 1–3) they are kept; otherwise the three are
/// ranked 1, 2 and 3 in that order, and the others are not ranked. Every output shows these
/// three; the next change stores them (`PanelRecords.rerankPriorities`); `pact check` names
/// what is wrong. `pact sync` applies the same rule after a merge.
enum PriorityRanking {
  /// The priorities in the rule's order.
  static func ordered(_ priorities: [Priority]) -> [Priority] {
    priorities.sorted { ($0.rank ?? 9, $0.setOn, $0.id) < ($1.rank ?? 9, $1.setOn, $1.id) }
  }

  /// Whether the stored ranks of `active` already give the top three: at most three, each
  /// with its own rank from 1 to 3.
  static func isUnambiguous(_ active: [Priority]) -> Bool {
    let ranks = active.compactMap(\.rank)
    return active.count <= 3 && ranks.count == active.count && Set(ranks).count == ranks.count
      && ranks.allSatisfy { (1...3).contains($0) }
  }

  /// The top three of the active priorities `active`, in order, each with a distinct rank.
  static func topThree(of active: [Priority]) -> [Priority] {
    let ordered = ordered(active)
    guard !isUnambiguous(active) else { return ordered }
    return ordered.prefix(3).enumerated().map { position, priority in
      var ranked = priority
      ranked.rank = position + 1
      return ranked
    }
  }
}
