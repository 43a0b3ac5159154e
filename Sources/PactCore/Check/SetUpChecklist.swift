/// The Tonbridge set-up checklist as `pact check` warns of it: the gaps in a panel's
/// set-up that the status briefing lists first, each placed in the file and field to
/// change.
struct SetUpChecklist {
  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: some PanelContents, today: Day, path: (String) -> String) {
    findings = StatusWarning.setUp(snapshot, today: today).map { warning in
      let place = SetUpChecklist.place(of: warning)
      return CheckFinding(file: path(place.file), field: place.field, problem: .setUp(warning))
    }
  }

  /// The file and field where a warning's gap is to be filled.
  static func place(of warning: StatusWarning) -> (file: String, field: String?) {
    switch warning {
    case .noChair: ("panel.json", "roles.chair")
    case .noSecretary: ("panel.json", "roles.secretary")
    case .notEndorsed: ("panel.json", "status")
    case .criterionUnmet(let criterion, _): ("panel.json", "criteria.\(criterion.rawValue).met")
    case .meetingOverdue, .noNextMeeting: ("meetings", nil)
    case .meetingUnrecorded(let id, _, _): ("meetings/\(id).json", "status")
    case .prioritiesMissing, .priorityWithoutAction, .unrepresentedLead, .longRunningPriority,
      .repeatIssue:
      ("panel.json", nil)
    }
  }
}
