/// What is given to set a priority.
public struct PriorityDraft: Sendable {
  /// The title; taken from the issue when nil and `fromIssue` is given.
  public var title: String?
  public var category: String?
  /// A backlog issue to promote.
  public var fromIssue: String?
  /// The meeting that set it (a date); the latest held meeting when nil.
  public var setAt: String?
  /// The police.uk crime type its evidence counts; nil for the default of its category.
  public var crimeType: CrimeTypeSetting?

  public init(title: String? = nil) {
    self.title = title
  }
}

extension PanelRecords {
  /// Adds a priority at the lowest free rank.
  ///
  /// - Throws: `PanelError.topThreeFull` when three are active; `LookupError` for an
  ///   unknown issue or meeting; `PanelError.issueNotOpen` for an issue already promoted.
  @discardableResult
  public mutating func addPriority<G: RandomNumberGenerator>(
    _ draft: PriorityDraft, today: Day, using generator: inout G
  ) throws -> Priority {
    rerankPriorities()
    guard storedActivePriorities.count < 3 else {
      throw PanelError.topThreeFull(titles: activePriorities.map(\.title))
    }
    let active = activePriorities
    var issue = try draft.fromIssue.map { try self.issue($0) }
    if let current = issue, current.status == .promoted {
      throw PanelError.issueAlreadyPromoted(title: current.title)
    }
    guard
      let title = try (draft.title ?? issue?.title).map({ try Validate.line($0, field: .title) })
    else {
      throw InvalidValueError(field: .title, value: "", expected: "a title, or an issue to promote")
    }
    let meeting = try draft.setAt.map { try self.meeting($0) } ?? lastHeldMeeting(onOrBefore: today)
    let taken = Set(active.compactMap(\.rank))
    let rank = (1...3).first { !taken.contains($0) }
    let id = RecordID.generate(.priority, existing: Set(priorities.map(\.id)), using: &generator)
    var priority = Priority(id: id, title: title, setOn: meeting?.date ?? today, rank: rank)
    priority.setAt = meeting?.id
    priority.category = try (draft.category ?? issue?.category).flatMap {
      try Self.categories([$0]).first
    }
    priority.crimeTypeSetting = draft.crimeType
    if var promoted = issue {
      promoted.status = .promoted
      promoted.priority = id
      priority.fromIssue = promoted.id
      issues = issues.map { $0.id == promoted.id ? promoted : $0 }
      issue = promoted
    }
    priorities.append(priority)
    return priority
  }

  /// Closes an active priority with its outcome.
  @discardableResult
  public mutating func closePriority(
    _ query: String, outcome: String, achieved: Bool, on day: Day
  ) throws -> Priority {
    let named = try self.priority(query)
    guard named.isActive else {
      throw PanelError.priorityClosed(title: named.title, status: named.status)
    }
    rerankPriorities()
    var priority = try self.priority(named.id)
    try Self.check(day, notBefore: priority.setOn, what: "the day it was set")
    priority.outcome = try Validate.text(outcome, field: .outcome)
    priority.status = achieved ? .achieved : .closed
    priority.closedOn = day
    priority.rank = nil
    replace(priority)
    // The concern behind it leaves the list too; raised again, it returns to the backlog.
    if let id = priority.fromIssue, var issue = issues.first(where: { $0.id == id }) {
      issue.status = .closed
      issue.closedOn = day
      issues = issues.map { $0.id == id ? issue : $0 }
    }
    return priority
  }

  /// Gives an active priority a rank, swapping with the one that held it.
  @discardableResult
  public mutating func rankPriority(_ query: String, to rank: Int) throws -> Priority {
    guard (1...3).contains(rank) else {
      throw InvalidValueError(field: .rank, value: String(rank), expected: "1, 2 or 3")
    }
    let named = try self.priority(query)
    guard named.isActive else {
      throw PanelError.priorityClosed(title: named.title, status: named.status)
    }
    rerankPriorities()
    var priority = try self.priority(named.id)
    if var other = activePriorities.first(where: { $0.rank == rank && $0.id != priority.id }) {
      other.rank = priority.rank
      replace(other)
    }
    priority.rank = rank
    replace(priority)
    return priority
  }

  /// Stores the ranks every output shows (`PriorityRanking`): after a merge, the top three
  /// ranked 1 to 3 and any other active priority unranked. Nothing changes when the ranks
  /// are already clear.
  mutating func rerankPriorities() {
    let stored = storedActivePriorities
    guard !PriorityRanking.isUnambiguous(stored) else { return }
    let ranks = Dictionary(
      uniqueKeysWithValues: PriorityRanking.topThree(of: stored).map { ($0.id, $0.rank) })
    priorities = priorities.map { priority in
      guard priority.isActive else { return priority }
      var ranked = priority
      ranked.rank = ranks[priority.id] ?? nil
      return ranked
    }
  }

  private mutating func replace(_ priority: Priority) {
    priorities = priorities.map { $0.id == priority.id ? priority : $0 }
  }
}
