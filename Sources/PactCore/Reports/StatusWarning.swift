/// Something the chair should deal with, with a stable code for scripts.
public struct StatusWarning: Sendable, Equatable {
  public enum Code: String, Sendable, CaseIterable {
    case noChair = "no-chair"
    case noSecretary = "no-secretary"
    case notEndorsed = "not-endorsed"
    case meetingOverdue = "meeting-overdue"
    case noNextMeeting = "no-next-meeting"
    case prioritiesMissing = "priorities-missing"
    case priorityWithoutAction = "priority-without-action"
    case unrepresentedLead = "unrepresented-lead"
    case longRunningPriority = "long-running-priority"
    case repeatIssue = "repeat-issue"
    /// One of the CSP's endorsement criteria is recorded as not met.
    case criterionUnmet = "criterion-unmet"
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }
}
