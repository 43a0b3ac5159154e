/// Something the chair should deal with, as the facts behind it, with a stable code for
/// scripts. `message` puts it into words; a front end may add what to do about it.
///
/// A briefing lists the gaps in the panel's set-up first (`StatusWarning.setUp`, which
/// `pact check` warns of too), then what is wrong with the work.
public enum StatusWarning: Sendable, Equatable {
  /// The panel has no chair.
  case noChair
  /// The panel has no secretary.
  case noSecretary
  /// The CSP has not endorsed the panel yet.
  case notEndorsed
  /// One of the CSP's endorsement criteria is recorded as not met, with its note.
  case criterionUnmet(Criterion, note: String?)
  /// No meeting held within the cadence: the day of the last held meeting (nil when none
  /// has been held), the whole weeks since it (0 when none has), and the cadence in weeks.
  case meetingOverdue(lastHeld: Day?, weeks: Int, cadenceWeeks: Int)
  /// A meeting (by id, kind and day) still scheduled on a day that has passed: it was
  /// neither recorded as held nor cancelled.
  case meetingUnrecorded(meeting: String, kind: MeetingKind, date: Day)
  /// No panel meeting is scheduled after the day of the briefing.
  case noNextMeeting
  /// Fewer than three priorities are set while issues wait in the backlog.
  case prioritiesMissing(set: Int, waitingIssues: Int)
  /// An active priority (by id, rank and title) with no open action.
  case priorityWithoutAction(priority: String, rank: Int?, title: String)
  /// An agency (by id and name) that leads open actions but has no member on the panel.
  case unrepresentedLead(agency: String, name: String, actions: Int)
  /// A priority (by id and title) on the list for many held meetings.
  case longRunningPriority(priority: String, title: String, meetings: Int)
  /// A backlog issue (by id and title) raised at many meetings.
  case repeatIssue(issue: String, title: String, meetings: Int)

  public enum Code: String, Sendable, CaseIterable {
    case noChair = "no-chair"
    case noSecretary = "no-secretary"
    case notEndorsed = "not-endorsed"
    case meetingOverdue = "meeting-overdue"
    case meetingUnrecorded = "meeting-unrecorded"
    case noNextMeeting = "no-next-meeting"
    case prioritiesMissing = "priorities-missing"
    case priorityWithoutAction = "priority-without-action"
    case unrepresentedLead = "unrepresented-lead"
    case longRunningPriority = "long-running-priority"
    case repeatIssue = "repeat-issue"
    /// One of the CSP's endorsement criteria is recorded as not met.
    case criterionUnmet = "criterion-unmet"
  }

  /// The stable code for scripts.
  public var code: Code {
    switch self {
    case .noChair: .noChair
    case .noSecretary: .noSecretary
    case .notEndorsed: .notEndorsed
    case .criterionUnmet: .criterionUnmet
    case .meetingOverdue: .meetingOverdue
    case .meetingUnrecorded: .meetingUnrecorded
    case .noNextMeeting: .noNextMeeting
    case .prioritiesMissing: .prioritiesMissing
    case .priorityWithoutAction: .priorityWithoutAction
    case .unrepresentedLead: .unrepresentedLead
    case .longRunningPriority: .longRunningPriority
    case .repeatIssue: .repeatIssue
    }
  }
}
