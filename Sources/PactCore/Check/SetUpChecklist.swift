/// The Tonbridge set-up checklist as `pact check` warns of it: the gaps in a panel's
/// set-up that the status briefing lists first, each placed in the file and field to
/// change.
struct SetUpChecklist {
  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: PanelSnapshot, today: Day, path: (String) -> String) {
    findings = StatusWarning.setUp(snapshot, today: today).map { warning in
      let place = SetUpChecklist.place(of: warning)
      return CheckFinding(
        file: path(place.file), field: place.field, code: warning.code.rawValue,
        message: warning.clause, fix: place.fix)
    }
  }

  /// Where a warning belongs and how to deal with it.
  private static func place(of warning: StatusWarning) -> (
    file: String, field: String?, fix: String
  ) {
    switch warning {
    case .noChair:
      return ("panel.json", "roles.chair", "choose one with pact panel set --chair NAME")
    case .noSecretary:
      return ("panel.json", "roles.secretary", "choose one with pact panel set --secretary NAME")
    case .notEndorsed:
      return (
        "panel.json", "status",
        "when the CSP endorses it, pact panel set --status endorsed --endorsed-on DATE"
      )
    case .criterionUnmet(let criterion, _):
      let name = criterion.rawValue
      return (
        "panel.json", "criteria.\(name).met",
        "when it is met, pact panel criterion \(name) --met --note EVIDENCE"
      )
    case .meetingOverdue:
      return ("meetings", nil, "record the next meeting held with pact meeting add DATE")
    case .noNextMeeting:
      return ("meetings", nil, "schedule one with pact meeting add DATE --scheduled")
    case .prioritiesMissing, .priorityWithoutAction, .unrepresentedLead, .longRunningPriority,
      .repeatIssue:
      return ("panel.json", nil, "see pact status")
    }
  }
}
