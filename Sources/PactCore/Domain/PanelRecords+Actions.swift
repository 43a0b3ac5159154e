/// What is given to agree an action.
public struct ActionDraft: Sendable {
  public var title: String
  /// The lead agency: id, name or prefix.
  public var lead: String
  /// The priority: rank, id, title or prefix.
  public var priority: String?
  public var owner: String?
  public var due: Day?
  /// The meeting that agreed it (a date); the latest held meeting when nil.
  public var agreedAt: String?

  public init(title: String, lead: String) {
    self.title = title
    self.lead = lead
  }
}

/// A dated update to an action: a note, and any changes; nil leaves a field as it is.
public struct ActionChange: Sendable {
  public var note: String?
  /// Whether the note is for the panel only, never for the public.
  public var isInternal = false
  /// Not `done`: an action is done only with its outcome (`completeAction`).
  public var status: ActionStatus?
  public var due: Day?
  public var owner: String?

  public init(note: String? = nil) {
    self.note = note
  }

  public var isEmpty: Bool { note == nil && status == nil && due == nil && owner == nil }
}

extension PanelRecords {
  /// Agrees a new action.
  ///
  /// - Throws: `LookupError` for an unknown lead agency, priority or meeting.
  @discardableResult
  public mutating func addAction<G: RandomNumberGenerator>(
    _ draft: ActionDraft, today: Day, using generator: inout G
  ) throws -> Action {
    let title = try Validate.line(draft.title, field: .title)
    let lead = try agency(draft.lead)
    let priority = try draft.priority.map { try self.priority($0) }
    let meeting =
      try draft.agreedAt.map { try self.meeting($0) } ?? lastHeldMeeting(onOrBefore: today)
    let id = RecordID.generate(
      .action, existing: actionIDs, using: &generator)
    var action = Action(id: id, title: title, lead: lead.id, agreedOn: meeting?.date ?? today)
    action.priority = priority?.id
    action.agreedAt = meeting?.id
    action.owner = try draft.owner.map { try Validate.line($0, field: .owner) }
    action.due = draft.due
    actions.append(action)
    return action
  }

  /// Adds a dated update to an action: a progress note and/or a change of status, due
  /// date or owner.
  ///
  /// - Throws: `PanelError.doneNeedsOutcome` for a change to `done`.
  @discardableResult
  public mutating func updateAction(
    _ query: String, _ change: ActionChange, on day: Day
  ) throws -> Action {
    var action = try self.action(query)
    guard change.status != .done else { throw PanelError.doneNeedsOutcome(id: action.id) }
    try Self.check(day, notBefore: action.agreedOn, what: "the day it was agreed")
    var update = ActionUpdate(
      on: day, note: try change.note.map { try Validate.text($0, field: .note) })
    update.isInternal = change.isInternal && update.note != nil
    var before: [ActionField: String] = [:]
    if let status = change.status, status != action.status {
      update.status = status
      action.status = status
      if status.isOpen {
        // Reopened: what was recorded when it was done no longer holds.
        action.completedOn = nil
        action.outcome = nil
        action.difference = nil
      }
    }
    if let due = change.due, due != action.due {
      before[.due] = action.due?.description
      update.due = due
      action.due = due
    }
    if let owner = change.owner {
      let value = try Validate.line(owner, field: .owner)
      if value != action.owner {
        before[.owner] = action.owner
        update.owner = value
        action.owner = value
      }
    }
    // What a change replaced, so that the action can be told as it stood on an earlier day.
    if update.due != nil || update.owner != nil { update.before = before }
    guard update.note != nil || update.status != nil || update.due != nil || update.owner != nil
    else { throw PanelError.nothingChanged(id: action.id) }
    action.updates.append(update)
    replace(action)
    return action
  }

  /// Marks an action done with its outcome and the difference it made.
  @discardableResult
  public mutating func completeAction(
    _ query: String, outcome: String, difference: String?, on day: Day
  ) throws -> Action {
    var action = try self.action(query)
    guard action.status != .done else { throw PanelError.actionAlreadyDone(id: action.id) }
    try Self.check(day, notBefore: action.agreedOn, what: "the day it was agreed")
    action.outcome = try Validate.text(outcome, field: .outcome)
    action.difference = try difference.map { try Validate.text($0, field: .difference) }
    action.status = .done
    action.completedOn = day
    var update = ActionUpdate(on: day, note: action.outcome)
    update.status = .done
    action.updates.append(update)
    replace(action)
    return action
  }

  /// Refuses a date (`--on`) earlier than the record it changes.
  static func check(_ day: Day, notBefore start: Day, what: String) throws {
    guard day >= start else {
      throw InvalidValueError(
        field: .date, value: day.description,
        expected: "a date on or after \(what) (\(start.description))")
    }
  }

  mutating func replace(_ action: Action) {
    actions = actions.map { $0.id == action.id ? action : $0 }
  }
}
