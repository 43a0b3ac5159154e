import PactCore

/// What to run next about a `pact status` warning: the one place that names the commands
/// for the facts PactCore reports about a panel's set-up and work.
enum WarningAdvice {
  /// The advice `pact status` prints after its warnings, as text and as JSON.
  static let status = StatusAdvice(
    warning: { command(for: $0) }, noPriorities: "pact priority add TITLE")

  /// The command that deals with `warning`, or nil when the chair must act rather than
  /// run a command.
  static func command(for warning: StatusWarning) -> String? {
    switch warning {
    case .noChair: "pact panel set --chair NAME"
    case .noSecretary: "pact panel set --secretary NAME"
    case .notEndorsed: "pact panel set --status endorsed --endorsed-on DATE"
    case .noNextMeeting: "pact meeting add DATE --scheduled"
    case .meetingUnrecorded(let id, _, _):
      "record it with pact meeting add \(id.prefix(10)), or call it off with pact meeting "
        + "cancel \(id)"
    case .criterionUnmet, .meetingOverdue, .prioritiesMissing, .priorityWithoutAction,
      .unrepresentedLead, .longRunningPriority, .repeatIssue:
      nil
    }
  }

  /// How to fill a gap in the set-up, as `pact check`'s checklist says it after the
  /// file and field.
  static func checklistFix(for warning: StatusWarning) -> String {
    switch warning {
    case .noChair: "choose one with pact panel set --chair NAME"
    case .noSecretary: "choose one with pact panel set --secretary NAME"
    case .notEndorsed:
      "when the CSP endorses it, pact panel set --status endorsed --endorsed-on DATE"
    case .criterionUnmet(let criterion, _):
      "when it is met, pact panel criterion \(criterion.rawValue) --met --note EVIDENCE"
    case .meetingOverdue: "record the next meeting held with pact meeting add DATE"
    case .noNextMeeting: "schedule one with pact meeting add DATE --scheduled"
    case .meetingUnrecorded(let id, _, _):
      "record it with pact meeting add \(id.prefix(10)), or call it off with pact meeting "
        + "cancel \(id)"
    case .prioritiesMissing, .priorityWithoutAction, .unrepresentedLead, .longRunningPriority,
      .repeatIssue:
      "see pact status"
    }
  }
}
