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
    case .criterionUnmet, .meetingOverdue, .prioritiesMissing, .priorityWithoutAction,
      .unrepresentedLead, .longRunningPriority, .repeatIssue:
      nil
    }
  }
}
