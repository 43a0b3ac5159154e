import Foundation

/// A change the panel's rules do not allow (exit 1).
public enum PanelError: Error, Equatable, LocalizedError {
  /// A member with this name is already on the panel.
  case duplicateMember(name: String)
  /// The member holds panel roles, which must pass to someone else first.
  case memberHoldsRole(name: String, roles: [PanelRole])
  /// An agency with this id or name already exists.
  case duplicateAgency(id: String, name: String)
  /// Members or actions still name the agency.
  case agencyInUse(id: String, members: [String], actions: Int)
  /// Every letter has been used for meetings on this day.
  case tooManyMeetings(date: Day)
  /// A meeting that took place cannot be cancelled.
  case meetingAlreadyHeld(id: String)
  /// A meeting is already scheduled for the day.
  case meetingAlreadyScheduled(id: String)
  /// Someone was recorded both as present and as sending apologies.
  case presentAndApologies(name: String)
  /// Three priorities are active already.
  case topThreeFull(titles: [String])
  /// The issue is already one of the priorities.
  case issueAlreadyPromoted(title: String)
  /// The priority has been closed.
  case priorityClosed(title: String, status: PriorityStatus)
  /// `done` needs the outcome, so it is not a plain status change.
  case doneNeedsOutcome(id: String)
  /// The action is done already.
  case actionAlreadyDone(id: String)
  /// An update that would record nothing.
  case nothingChanged(id: String)

  public var errorDescription: String? {
    switch self {
    case .duplicateMember(let name):
      "the panel already has a member named \"\(name)\""
    case .memberHoldsRole(let name, let roles):
      "\(name) is the panel's \(roles.map { $0.title.lowercased() }.joined(separator: " and "))"
    case .duplicateAgency(let id, let name):
      "the panel already has an agency \"\(name)\" (\(id))"
    case .agencyInUse(let id, let members, let actions):
      "agency \"\(id)\" is still named by "
        + [
          members.isEmpty
            ? nil
            : "\(members.count) member\(members.count == 1 ? "" : "s") (\(members.joined(separator: ", ")))",
          actions == 0 ? nil : "\(actions) action\(actions == 1 ? "" : "s")",
        ].compactMap { $0 }.joined(separator: " and ")
    case .tooManyMeetings(let date):
      "\(date) already has 25 meetings"
    case .meetingAlreadyHeld(let id):
      "the meeting of \(id) was held, so it cannot be cancelled"
    case .meetingAlreadyScheduled(let id):
      "a meeting is already scheduled for \(id)"
    case .presentAndApologies(let name):
      "\(name) is recorded both as present and as sending apologies"
    case .topThreeFull(let titles):
      "the panel already has three priorities: "
        + titles.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
    case .issueAlreadyPromoted(let title):
      "\"\(title)\" is already a priority"
    case .priorityClosed(let title, let status):
      "the priority \"\(title)\" is \(status == .achieved ? "achieved" : "closed") already"
    case .doneNeedsOutcome(let id):
      "an action is marked done with its outcome, not with --status (\(id))"
    case .actionAlreadyDone(let id):
      "action \(id) is done already"
    case .nothingChanged(let id):
      "nothing to record for action \(id): the values given are the ones it has"
    }
  }

  public var recoverySuggestion: String? {
    switch self {
    case .duplicateMember:
      "Members are named by name: add this one with a distinguishing name (\"Jo Smith (PCSO)\")."
    case .memberHoldsRole(_, let roles):
      "Give the role to someone else first: pact panel set --\(roles[0].rawValue) NAME."
    case .duplicateAgency:
      "Use the existing agency, or choose another --id and name."
    case .agencyInUse:
      "Move those members and actions to another agency first; pact keeps every agency an "
        + "action or member names."
    case .tooManyMeetings:
      "Record the day's sessions in fewer meetings."
    case .meetingAlreadyHeld:
      "Correct it with 'pact meeting update DATE' instead."
    case .meetingAlreadyScheduled(let id):
      "Change it with 'pact meeting update \(id)', or call it off with 'pact meeting cancel \(id)'."
    case .presentAndApologies:
      "Give each person once, with --present or with --apologies."
    case .topThreeFull:
      "Close one first (pact priority close RANK --outcome TEXT), then add the new one; "
        + "a concern that must wait goes in the backlog (pact issue add TITLE)."
    case .issueAlreadyPromoted:
      "See 'pact priority list'."
    case .priorityClosed:
      "Add it again with 'pact priority add' if it has come back."
    case .doneNeedsOutcome(let id):
      "Use: pact action done \(id) --outcome TEXT [--difference TEXT]"
    case .actionAlreadyDone(let id):
      "Reopen it with 'pact action update \(id) --status open' if it was marked done by mistake."
    case .nothingChanged:
      "Give --note, or a new --status, --due or --owner."
    }
  }
}

/// A value that is not of the form an option expects (exit 64).
public struct InvalidValueError: Error, Equatable, LocalizedError {
  /// The option or field, such as `--email`.
  public var option: String
  public var value: String
  /// What would have been accepted.
  public var expected: String

  public init(option: String, value: String, expected: String) {
    self.option = option
    self.value = value
    self.expected = expected
  }

  public var errorDescription: String? {
    "Invalid value \"\(value)\" for \(option): expected \(expected)"
  }
}
