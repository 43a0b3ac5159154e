/// A panel as it stood at the end of a day: only what had been recorded on or before it.
/// The one definition that every dated view uses — the chair's briefing, the agenda, the
/// minutes, the newsletter, the log, the exports and the borough report.
///
/// - Actions agreed on or before the day, with the updates dated on or before it; their
///   status, due date and owner are replayed from those updates, and an outcome counts
///   only once the action was done by then.
/// - Priorities set on or before the day and not closed by its end; one closed later is
///   active again, in a rank no other held that day.
/// - Meetings dated on or before the day as they stand; one dated after it was still to
///   come, so one held or cancelled since is scheduled, without its attendance and notes,
///   and one scheduled only after the day is not there.
/// - Issues raised on or before the day, counting only those raisings; one promoted to a
///   priority or closed since is back in the backlog.
/// - Members who were on the panel that day (or whom a meeting by then names), counting
///   a member's earlier times on it; one who left after it is still a member.
/// - The panel as endorsed only once endorsed by then.
///
/// Corrections — a title, a lead agency or a priority put right — are not history: a
/// mistake corrected shows corrected in every view.
public struct AsOf: Sendable, Equatable {
  /// The last day whose records count.
  public let day: Day

  public init(_ day: Day) {
    self.day = day
  }

  func panel(_ panel: Panel) -> Panel {
    var panel = panel
    if let endorsed = panel.endorsedOn, endorsed > day {
      panel.endorsedOn = nil
      if panel.status != .closed { panel.status = .proposed }
    }
    return panel
  }

  func members(_ members: [Member], meetings: [Meeting]) -> [Member] {
    self.members(members, firstNamed: AsOf.firstNamed(meetings))
  }

  /// The day of the first of `meetings` that names each member, present or with apologies.
  static func firstNamed(_ meetings: [Meeting]) -> [String: Day] {
    var first: [String: Day] = [:]
    // A county's meetings name members hundreds of thousands of times: each meeting's day
    // is worked out once, and each name looked up once.
    func note(_ id: String, on date: Day) {
      if let index = first.index(forKey: id) {
        if date < first.values[index] { first.values[index] = date }
      } else {
        first[id] = date
      }
    }
    for meeting in meetings {
      let date = meeting.date
      for id in meeting.present { note(id, on: date) }
      for id in meeting.apologies { note(id, on: date) }
    }
    return first
  }

  /// `members(_:meetings:)` with the meetings' `firstNamed` worked out already, for many
  /// days of one panel.
  func members(_ members: [Member], firstNamed: [String: Day]) -> [Member] {
    members.compactMap { member in
      let spells =
        member.earlierSpells.map { ($0.joinedOn, Optional($0.leftOn)) }
        + [(member.joinedOn, member.leftOn)]
      var past = member
      if spells.contains(where: { ($0.0 ?? day) <= day && ($0.1.map { $0 > day } ?? true) }) {
        past.leftOn = nil
      } else if let left = spells.compactMap(\.1).filter({ $0 <= day }).max() {
        past.leftOn = left
      } else if !(firstNamed[member.id].map { $0 <= day } ?? false) {
        // Not yet on the panel; one a meeting names by then is kept as recorded.
        return nil
      }
      return past
    }
  }

  /// The meeting as it stood, or nil for one not yet scheduled by the end of the day.
  func meeting(_ meeting: Meeting) -> Meeting? {
    if let scheduled = meeting.scheduledOn, scheduled > day, meeting.date > day { return nil }
    // Held or called off since, it was still to come on the day.
    guard meeting.date > day, meeting.status != .scheduled else { return meeting }
    var scheduled = Meeting(id: meeting.id, kind: meeting.kind, status: .scheduled)
    scheduled.time = meeting.time
    scheduled.platform = meeting.platform
    scheduled.link = meeting.link
    scheduled.venue = meeting.venue
    scheduled.scheduledOn = meeting.scheduledOn
    scheduled.unknownFields = meeting.unknownFields
    return scheduled
  }

  /// The issues raised by the end of the day, with `priorities` (every priority, as
  /// recorded now) telling when each was promoted and closed.
  func issues(_ issues: [Issue], priorities: [Priority]) -> [Issue] {
    let byID = Dictionary(priorities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return issues.compactMap { issue in
      var issue = issue
      if !issue.raisings.allSatisfy({ $0.on <= day }) {
        issue.raisings = issue.raisings.filter { $0.on <= day }
      }
      guard !issue.raisings.isEmpty else { return nil }
      if let id = issue.priority, let priority = byID[id] {
        if priority.setOn > day {
          issue.priority = nil
          issue.status = .open
          issue.closedOn = nil
        } else if issue.status == .closed, (priority.closedOn ?? day) > day {
          issue.status = .promoted
          issue.closedOn = nil
        }
      } else if issue.status == .closed, let closed = issue.closedOn, closed > day {
        issue.status = .open
        issue.closedOn = nil
      }
      return issue
    }
  }

  /// A priority closed since lost its rank when it closed: it is given back a rank from 1
  /// to 3 that no priority active that day holds, the earliest set first. Anything still
  /// unclear (two at one rank after a merge) is left to the one ranking rule
  /// (`PriorityRanking`), as in every view of the top three.
  func priorities(_ priorities: [Priority]) -> [Priority] {
    var revived: [Int] = []
    var result = priorities.filter { $0.setOn <= day }
    for index in result.indices {
      guard let closed = result[index].closedOn, closed > day else { continue }
      result[index].status = .active
      result[index].outcome = nil
      result[index].closedOn = nil
      result[index].rank = nil
      revived.append(index)
    }
    var taken = Set(result.filter(\.isActive).compactMap(\.rank))
    revived.sort { (result[$0].setOn, result[$0].id) < (result[$1].setOn, result[$1].id) }
    for index in revived {
      guard let free = (1...3).first(where: { !taken.contains($0) }) else { break }
      result[index].rank = free
      taken.insert(free)
    }
    return result
  }

  func action(_ action: Action) -> Action? {
    guard action.agreedOn <= day else { return nil }
    // Most actions of a long history changed nothing since: looked at, not copied.
    if (action.completedOn ?? day) <= day, action.updates.allSatisfy({ $0.on <= day }) {
      return action
    }
    let kept = action.updates.filter { $0.on <= day }
    var past = action
    past.updates = kept
    past.status = kept.last { $0.status != nil }?.status ?? .open
    past.due = due(action, kept: kept)
    past.owner = owner(action, kept: kept)
    if past.status != .done {
      past.completedOn = nil
      if past.status != .dropped {
        past.outcome = nil
        past.difference = nil
      }
    }
    return past
  }

  /// The due date as the updates kept left it: the one the latest kept update set, else
  /// the one the action was agreed with (what the first change replaced, when it recorded
  /// it, else the first due date known).
  private func due(_ action: Action, kept: [ActionUpdate]) -> Day? {
    if let set = kept.last(where: { $0.due != nil }) { return set.due }
    guard let first = action.updates.first(where: { $0.due != nil }) else { return action.due }
    switch first.value(before: .due) {
    case .some(let text): return text.flatMap { Day($0) }
    case .none: return first.due
    }
  }

  /// The owner as the updates kept left them, as `due(_:kept:)` finds the due date.
  private func owner(_ action: Action, kept: [ActionUpdate]) -> String? {
    if let set = kept.last(where: { $0.owner != nil }) { return set.owner }
    guard let first = action.updates.first(where: { $0.owner != nil }) else {
      return action.owner
    }
    switch first.value(before: .owner) {
    case .some(let text): return text
    case .none: return first.owner
    }
  }

  /// The done and dropped actions known by their dates alone, as they stood.
  func closedDates(_ dates: [ActionDates]) -> [ActionDates] {
    dates.compactMap { dates in
      guard dates.agreedOn <= day else { return nil }
      guard dates.status == .done, let completed = dates.completedOn, completed > day else {
        return dates
      }
      return ActionDates(status: .open, agreedOn: dates.agreedOn, due: dates.due)
    }
  }
}
