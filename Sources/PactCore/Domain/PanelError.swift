import Foundation

/// A change the panel's rules do not allow.
public enum PanelError: Error, Equatable, PactError {
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
  /// Attendance was given for a meeting that has not been held yet.
  case meetingNotYetHeld(id: String, date: Day, field: Field)
  /// Someone was recorded both as present and as sending apologies.
  case presentAndApologies(name: String)
  /// Three priorities are active already.
  case topThreeFull(titles: [String])
  /// A priority named by a rank that the files give to more than one active priority, or
  /// to another than the rule ranks there (copies of the panel merged), with each by title
  /// and id.
  case ambiguousRank(rank: Int, holders: [String])
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
  /// A correction that gives the values the record already has.
  case nothingToCorrect(kind: RecordKind, id: String)
  /// Another issue already has this title (ignoring case, spacing and punctuation).
  case issueTitleTaken(title: String, id: String)
  /// An issue was to be merged into itself.
  case issueMergedIntoItself(title: String)
  /// Both issues are priorities, so one of them cannot simply go.
  case bothIssuesPromoted(titles: [String])
  /// Actions, priorities or issues still name the meeting.
  case meetingInUse(id: String, actions: Int, priorities: Int, issues: Int)
  /// The meeting is on that day already.
  case meetingAlreadyOn(date: Day)
  /// A meeting that took place cannot move to a day still to come.
  case heldMeetingInFuture(id: String, date: Day)
  /// An action would be agreed after an update recorded on it.
  case updateBeforeAgreement(id: String, update: Day, meeting: String)
  /// A priority would be set after the day it closed.
  case closedBeforeSet(title: String, closed: Day, meeting: String)
  /// A new panel's folder is inside another panel.
  case panelInsidePanel(path: String, enclosing: String)

  public var kind: ErrorKind {
    switch self {
    case .meetingNotYetHeld: .invalidInput
    default: .refused
    }
  }

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
    case .meetingNotYetHeld(let id, _, let field):
      "\(field.rawValue) is recorded only for a meeting that has been held, and \(id) has not"
    case .presentAndApologies(let name):
      "\(name) is recorded both as present and as sending apologies"
    case .topThreeFull(let titles):
      "the panel already has three priorities: "
        + titles.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
    case .ambiguousRank(let rank, let holders):
      "rank \(rank) is not clear since copies of the panel were merged: it could mean "
        + holders.map { "\"\($0)\"" }.joined(separator: " or ")
    case .issueAlreadyPromoted(let title):
      "\"\(title)\" is already a priority"
    case .priorityClosed(let title, let status):
      "the priority \"\(title)\" is \(status == .achieved ? "achieved" : "closed") already"
    case .doneNeedsOutcome(let id):
      "an action is marked done with its outcome, not by a change of status (\(id))"
    case .actionAlreadyDone(let id):
      "action \(id) is done already"
    case .nothingChanged(let id):
      "nothing to record for action \(id): the values given are the ones it has"
    case .nothingToCorrect(let kind, let id):
      "nothing to correct for \(kind.noun) \(id): the values given are the ones it has"
    case .issueTitleTaken(let title, let id):
      "issue \(id) is already called \"\(title)\""
    case .issueMergedIntoItself(let title):
      "an issue cannot be merged into itself (\"\(title)\")"
    case .bothIssuesPromoted(let titles):
      "both issues are priorities: "
        + titles.map { "\"\($0)\"" }.joined(separator: " and ")
    case .meetingInUse(let id, let actions, let priorities, let issues):
      "the meeting of \(id) is still named by "
        + PanelError.counts([
          (actions, "action", "actions"), (priorities, "priority", "priorities"),
          (issues, "issue", "issues"),
        ])
    case .meetingAlreadyOn(let date):
      "the meeting is already on \(date)"
    case .heldMeetingInFuture(let id, let date):
      "the meeting of \(id) was held, so it cannot move to \(date), a day still to come"
    case .updateBeforeAgreement(let id, let update, let meeting):
      "action \(id) has an update dated \(update), before the meeting of \(meeting) that "
        + "would have agreed it"
    case .closedBeforeSet(let title, let closed, let meeting):
      "the priority \"\(title)\" closed on \(closed), before the meeting of \(meeting) "
        + "that would have set it"
    case .panelInsidePanel(let path, let enclosing):
      "\(path) is inside the panel at \(enclosing)"
    }
  }
}

extension PanelError {
  /// "5 actions, 3 priorities and 4 issues", leaving out the kinds there are none of.
  static func counts(_ counts: [(Int, String, String)]) -> String {
    let parts = counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
    guard let last = parts.last else { return "nothing" }
    return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
  }
}

/// A value that is not of the form a field expects.
public struct InvalidValueError: Error, Equatable, PactError {
  /// The field the value was given for.
  public var field: Field
  public var value: String
  /// What would have been accepted.
  public var expected: String

  public init(field: Field, value: String, expected: String) {
    self.field = field
    self.value = value
    self.expected = expected
  }

  public var kind: ErrorKind { .invalidInput }

  public var errorDescription: String? {
    "invalid \(field.rawValue) \"\(value)\": expected \(expected)"
  }
}
