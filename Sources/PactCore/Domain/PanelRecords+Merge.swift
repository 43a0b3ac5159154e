extension PanelRecords {
  /// Puts right what a merge of two copies can leave that no one record file shows, the same
  /// way in every copy (it depends on the records alone, never on the day or the copy):
  ///
  /// - the top three: the active priorities' ranks are stored as `PriorityRanking` gives
  ///   them; any active beyond the top three (four became active, two copies having each
  ///   promoted one) is set aside — closed on the day the last of them was set, its former
  ///   status kept in its `mergeHistory`, and the issue it came from back in the backlog;
  /// - a priority no longer active keeps no rank;
  /// - a member both present at a meeting and sending apologies (each copy recorded one) is
  ///   kept as present;
  /// - an issue merged into another in one copy and raised or changed in the other (so the
  ///   merge kept it) is merged into that issue again, found by the survivor's `mergedFrom`
  ///   or by the priority the two share: the times it was raised join the other's.
  ///
  /// - Returns: What was put right.
  mutating func settleMerge() -> [MergeSettlement] {
    var settled: [MergeSettlement] = []
    let before = priorities
    rerankPriorities()
    let active = storedActivePriorities
    if active.count > 3, let lastSet = active.map(\.setOn).max() {
      for extra in active where extra.rank == nil {
        setAside(extra, on: lastSet)
        settled.append(.prioritySetAside(id: extra.id, title: extra.title))
      }
    }
    if settled.isEmpty, priorities != before { settled.append(.prioritiesRanked) }
    priorities = priorities.map { priority in
      guard !priority.isActive, priority.rank != nil else { return priority }
      var unranked = priority
      unranked.rank = nil
      return unranked
    }
    meetings = meetings.map { meeting in
      let present = Set(meeting.present)
      guard meeting.apologies.contains(where: present.contains) else { return meeting }
      var settledMeeting = meeting
      for member in meeting.apologies where present.contains(member) {
        settled.append(.apologiesDropped(meeting: meeting.id, member: member))
      }
      settledMeeting.apologies.removeAll(where: present.contains)
      return settledMeeting
    }
    settled += remergeIssues()
    return settled
  }

  /// Merges each issue that another was merged with (one copy merged them, the other
  /// raised or changed the one that went, so the merge kept it) into that one again: the
  /// issue that lists it in `mergedFrom`, or else the one its priority says it came from.
  private mutating func remergeIssues() -> [MergeSettlement] {
    var settled: [MergeSettlement] = []
    for id in issues.map(\.id).sorted() {
      guard let issue = issues.first(where: { $0.id == id }) else { continue }
      let others = issues.filter { $0.id != id }.map(\.id)
      let absorber = issues.filter { $0.id != id && $0.mergedFrom.contains(id) }.map(\.id).min()
      let origin = issue.priority.flatMap { priority in
        priorities.first { $0.id == priority }?.fromIssue
      }
      guard let target = absorber ?? origin.flatMap({ others.contains($0) ? $0 : nil }) else {
        continue
      }
      // A priority that came from another issue is that one's, not this one's.
      if let origin, origin != id {
        var stray = issue
        stray.priority = nil
        if stray.status == .promoted { stray.status = .open }
        issues = issues.map { $0.id == id ? stray : $0 }
      }
      guard (try? mergeIssue(id, into: target)) != nil else { continue }
      settled.append(.issueMerged(id: id, into: target))
    }
    return settled
  }

  private mutating func setAside(_ priority: Priority, on day: Day) {
    var closed = priority
    closed.status = .closed
    closed.closedOn = max(day, priority.setOn)
    closed.setAside = true
    let entry = JSONValue.object([
      "field": .string("status"), "value": .string(PriorityStatus.active.rawValue),
    ])
    if case .array(let history)? = closed.unknownFields[RecordMerge.historyKey] {
      closed.unknownFields[RecordMerge.historyKey] = .array(history + [entry])
    } else if closed.unknownFields[RecordMerge.historyKey] == nil {
      closed.unknownFields[RecordMerge.historyKey] = .array([entry])
    }
    priorities = priorities.map { $0.id == closed.id ? closed : $0 }
    // The concern goes back to the backlog, to be promoted again when a place is free.
    if let id = priority.fromIssue,
      var issue = issues.first(where: { $0.id == id }), issue.priority == priority.id
    {
      issue.status = .open
      issue.priority = nil
      issues = issues.map { $0.id == id ? issue : $0 }
    }
  }
}
