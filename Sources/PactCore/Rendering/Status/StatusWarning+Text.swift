extension StatusWarning {
  /// The facts as a clause for the middle of a line: no full stop, and a capital at the
  /// start only for a name or initials ("the CSP has not endorsed the panel yet").
  var clause: String {
    switch self {
    case .noChair:
      return "the panel has no chair"
    case .noSecretary:
      return "the panel has no secretary"
    case .notEndorsed:
      return "the CSP has not endorsed the panel yet"
    case .criterionUnmet(let criterion, let note):
      let summary = criterion.summary.prefix(1).lowercased() + criterion.summary.dropFirst()
      return "not yet met: \(summary)" + (note.map { " (\($0))" } ?? "")
    case .meetingOverdue(let lastHeld?, let weeks, let cadenceWeeks):
      return "no meeting for \(weeks) weeks (since \(lastHeld.mediumText)); the panel meets "
        + "every \(cadenceWeeks) weeks"
    case .meetingOverdue(nil, _, _):
      return "the panel has not held a meeting yet"
    case .meetingUnrecorded(_, let kind, let date):
      return "the \(kind.title) of \(date.longText) was scheduled but has not been recorded as "
        + "held or cancelled"
    case .noNextMeeting:
      return "no next meeting is scheduled"
    case .prioritiesMissing(let set, let waiting):
      return "only \(set) of the top three \(set == 1 ? "is" : "are") set while \(waiting) "
        + "issue\(waiting == 1 ? "" : "s") wait\(waiting == 1 ? "s" : "") in the backlog"
    case .priorityWithoutAction(_, let rank, let title):
      return "priority \(rank.map(String.init) ?? "-") \"\(title)\" has no open action"
    case .unrepresentedLead(_, let name, let actions):
      return "\(name) leads \(actions) open action\(actions == 1 ? "" : "s") but has no member "
        + "on the panel: the chair should discuss \(actions == 1 ? "it" : "them") with the agency"
    case .longRunningPriority(_, let title, let meetings):
      return "\"\(title)\" has been a priority for \(meetings) meetings"
    case .repeatIssue(_, let title, let meetings):
      return "\"\(title)\" has been raised at \(meetings) meetings and is still in the backlog"
    }
  }

  /// The warning as a sentence: "The panel has no chair."
  public var message: String { message(advice: nil) }

  /// The warning as a sentence, with what to do about it after a colon when `advice` is
  /// given: "The panel has no chair: ADVICE."
  ///
  /// - Parameter advice: A front end's words for what to do, without a full stop.
  /// - Returns: One sentence, ending with a full stop.
  public func message(advice: String?) -> String {
    let sentence =
      switch self {
      // It starts with the agency's name, kept as the panel writes it.
      case .unrepresentedLead: clause
      default: clause.prefix(1).uppercased() + clause.dropFirst()
      }
    return sentence + (advice.map { ": \($0)" } ?? "") + "."
  }
}
