/// Which actions to list, as a person names them.
public struct ActionQuery: Sendable {
  /// Only these statuses; nil for the open ones (or every one with `all`).
  public var statuses: Set<ActionStatus>?
  /// The lead agency: an id, name or prefix.
  public var lead: String?
  /// The priority: a rank, id, title or prefix.
  public var priority: String?
  /// Only open actions due before today.
  public var overdue = false
  /// Done and dropped actions too.
  public var all = false

  public init() {}
}

extension PanelService {
  /// The backlog, most often raised first; promoted and closed issues too with `all`.
  public func issues(all: Bool = false) throws -> IssueListing {
    IssueListing(try records(), all: all)
  }

  /// Records a concern raised on `day` (default today).
  @discardableResult
  public func raiseIssue(
    _ title: String, category: String? = nil, on day: Day? = nil, source: IssueSource? = nil
  ) throws -> IssueRaising {
    let day = day ?? today
    var generator = ids
    return try change {
      try $0.raiseIssue(title, category: category, on: day, source: source, using: &generator)
    }
  }

  /// Closes a backlog issue that will not be taken forward.
  @discardableResult
  public func closeIssue(_ query: String) throws -> Issue {
    let today = self.today
    return try change { try $0.closeIssue(query, on: today) }
  }

  /// Corrects an issue's title or category.
  @discardableResult
  public func setIssue(_ query: String, _ changes: IssueChanges) throws -> Issue {
    try change { try $0.setIssue(query, changes) }
  }

  /// Merges an issue into another that is the same concern.
  @discardableResult
  public func mergeIssue(_ query: String, into target: String) throws -> IssueMerge {
    try change { try $0.mergeIssue(query, into: target) }
  }

  /// Corrects a priority's title or category.
  @discardableResult
  public func setPriority(_ query: String, _ changes: PriorityChanges) throws -> Priority {
    try change { try $0.setPriority(query, changes) }
  }

  /// The top three; every past priority too with `all`.
  public func priorities(all: Bool = false) throws -> PriorityListing {
    PriorityListing(try records(), today: today, all: all)
  }

  /// Makes a concern one of the top three.
  @discardableResult
  public func addPriority(_ draft: PriorityDraft) throws -> Priority {
    let today = self.today
    var generator = ids
    return try change { try $0.addPriority(draft, today: today, using: &generator) }
  }

  /// Closes a priority, achieved or not, with its outcome.
  @discardableResult
  public func closePriority(
    _ query: String, outcome: String, achieved: Bool, on day: Day? = nil
  ) throws -> Priority {
    let day = day ?? today
    return try change {
      try $0.closePriority(query, outcome: outcome, achieved: achieved, on: day)
    }
  }

  /// Gives a priority a rank; the one holding it swaps places.
  @discardableResult
  public func rankPriority(_ query: String, to rank: Int) throws -> Priority {
    try change { try $0.rankPriority(query, to: rank) }
  }

  /// The actions `query` asks for, soonest due first. Open actions alone are read from the
  /// open work, whose cost does not grow with the years of history.
  public func actions(_ query: ActionQuery) throws -> ActionListing {
    let onlyOpen =
      !query.all && query.priority == nil && (query.statuses ?? []).allSatisfy(\.isOpen)
    let contents: any PanelContents = onlyOpen ? try store.openWork() : try records()
    var filter = ActionFilter()
    filter.statuses = query.statuses
    filter.lead = try query.lead.map { try contents.agency($0).id }
    filter.priority = try query.priority.map { try contents.priority($0).id }
    if query.overdue { filter.overdueOn = today }
    filter.all = query.all
    return ActionListing(contents, filter: filter)
  }

  /// One action with its whole history.
  public func action(_ query: String) throws -> ActionDetail {
    let records = try records()
    return ActionDetail(records, action: try records.action(query))
  }

  /// Agrees a new action, at the latest held meeting unless the draft names one.
  ///
  /// - Returns: The action, and whether its lead agency has a member on the panel.
  @discardableResult
  public func addAction(_ draft: ActionDraft) throws -> (action: Action, leadIsRepresented: Bool) {
    let today = self.today
    var generator = ids
    return try change { records in
      let action = try records.addAction(draft, today: today, using: &generator)
      return (action, records.membersByAgency[action.lead] != nil)
    }
  }

  /// Records a dated update to an action: a note, a new status, due date or owner.
  @discardableResult
  public func updateAction(_ query: String, _ update: ActionChange, on day: Day? = nil) throws
    -> Action
  {
    let day = day ?? today
    return try change { try $0.updateAction(query, update, on: day) }
  }

  /// Corrects an action entered wrongly (its title, lead agency, priority or the meeting
  /// that agreed it), noting the correction in its history, dated today.
  @discardableResult
  public func correctAction(_ query: String, _ corrections: ActionCorrections) throws
    -> (action: Action, corrected: [ActionField])
  {
    let today = self.today
    return try change { try $0.correctAction(query, corrections, on: today) }
  }

  /// Marks an action done, with its outcome and the difference it made.
  @discardableResult
  public func completeAction(
    _ query: String, outcome: String, difference: String? = nil, on day: Day? = nil
  ) throws -> Action {
    let day = day ?? today
    return try change {
      try $0.completeAction(query, outcome: outcome, difference: difference, on: day)
    }
  }

  /// The action log, as the paper template has it: as it stands, or as it stood at the
  /// end of `day`.
  public func log(asOf day: Day? = nil) throws -> ActionLog {
    let records = try records()
    return ActionLog(day.map(records.asOf) ?? records)
  }
}
