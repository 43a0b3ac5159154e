/// Corrections to an action entered wrongly; nil leaves a field as it is.
public struct ActionCorrections: Sendable {
  public var title: String?
  /// The lead agency: id, name or prefix.
  public var lead: String?
  /// The priority: rank, id, title or prefix; an empty string for none.
  public var priority: String?
  /// The meeting that agreed it (a date).
  public var agreedAt: String?

  public init() {}

  public var isEmpty: Bool { title == nil && lead == nil && priority == nil && agreedAt == nil }
}

extension PanelRecords {
  /// Corrects an action's title, lead agency, priority or the meeting that agreed it, and
  /// records in its history, dated `day`, what was corrected and what it was before.
  ///
  /// - Returns: The action, and the fields that changed.
  /// - Throws: `LookupError` for an unknown action, agency, priority or meeting;
  ///   `PanelError.updateBeforeAgreement` when the action would be agreed after one of its
  ///   updates; `PanelError.nothingToCorrect`; `InvalidValueError` for an empty title.
  @discardableResult
  public mutating func correctAction(
    _ query: String, _ corrections: ActionCorrections, on day: Day
  ) throws -> (action: Action, corrected: [ActionField]) {
    let original = try action(query)
    var action = original
    if let title = corrections.title { action.title = try Validate.line(title, field: .title) }
    if let lead = corrections.lead { action.lead = try agency(lead).id }
    if let text = corrections.priority {
      action.priority = Validate.trimmed(text).isEmpty ? nil : try priority(text).id
      if action.priority != nil { action.priorityText = nil }
    }
    if let query = corrections.agreedAt {
      let meeting = try meeting(query)
      action.agreedAt = meeting.id
      action.agreedOn = meeting.date
      let dates = action.updates.map(\.on) + [action.completedOn].compactMap { $0 }
      if let early = dates.filter({ $0 < meeting.date }).min() {
        throw PanelError.updateBeforeAgreement(id: action.id, update: early, meeting: meeting.id)
      }
    }
    let values: [(ActionField, String?, String?)] = [
      (.title, original.title, action.title), (.lead, original.lead, action.lead),
      (.priority, original.priority, action.priority),
      (.agreedAt, original.agreedAt, action.agreedAt),
    ]
    let corrected = values.filter { $0.1 != $0.2 }
    guard !corrected.isEmpty else {
      throw PanelError.nothingToCorrect(kind: .action, id: action.id)
    }
    var update = ActionUpdate(on: max(day, action.agreedOn))
    update.corrected = corrected.map(\.0)
    update.before = Dictionary(
      uniqueKeysWithValues: corrected.compactMap { field, old, _ in old.map { (field, $0) } })
    action.updates.append(update)
    replace(action)
    return (action, update.corrected)
  }
}
