/// The Tonbridge set-up checklist as `pact check` warns of it: the gaps in a panel's
/// set-up that `pact status` already finds, each placed in the file and field to change.
struct SetUpChecklist {
  /// The `pact status` warnings that are about the set-up rather than the work.
  static let codes: [StatusWarning.Code] = [
    .noChair, .noSecretary, .notEndorsed, .criterionUnmet, .meetingOverdue, .noNextMeeting,
  ]

  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: some PanelContents, today: Day, path: (String) -> String) {
    let warnings = StatusReport(snapshot, asOf: today).warnings
    // StatusReport lists unmet criteria in this order, one warning each.
    var unmet = Criterion.allCases.filter { snapshot.panel.criteria[$0]?.met == false }
      .makeIterator()
    for warning in warnings where SetUpChecklist.codes.contains(warning.code) {
      let place = SetUpChecklist.place(warning.code, criterion: { unmet.next() })
      findings.append(
        CheckFinding(
          file: path(place.file), field: place.field, code: warning.code.rawValue,
          message: SetUpChecklist.sentence(warning.message), fix: place.fix))
    }
  }

  /// Where a warning belongs and how to deal with it.
  private static func place(
    _ code: StatusWarning.Code, criterion: () -> Criterion?
  ) -> (file: String, field: String?, fix: String) {
    switch code {
    case .noChair:
      return ("panel.json", "roles.chair", "choose one with pact panel set --chair NAME")
    case .noSecretary:
      return ("panel.json", "roles.secretary", "choose one with pact panel set --secretary NAME")
    case .notEndorsed:
      return (
        "panel.json", "status",
        "when the CSP endorses it, pact panel set --status endorsed --endorsed-on DATE"
      )
    case .criterionUnmet:
      let name = criterion()?.rawValue ?? "CRITERION"
      return (
        "panel.json", "criteria.\(name).met",
        "when it is met, pact panel criterion \(name) --met --note EVIDENCE"
      )
    case .meetingOverdue:
      return ("meetings", nil, "record the next meeting held with pact meeting add DATE")
    case .noNextMeeting:
      return ("meetings", nil, "schedule one with pact meeting add DATE --scheduled")
    default:
      return ("panel.json", nil, "see pact status")
    }
  }

  /// A `pact status` warning as the middle of a diagnostic line: without the command it
  /// ends with (the fix says what to do), without its full stop, starting in lower case.
  static func sentence(_ message: String) -> String {
    var text = message
    if let command = text.range(of: ": pact ") { text = String(text[..<command.lowerBound]) }
    if text.hasSuffix(".") { text.removeLast() }
    guard let first = text.first else { return text }
    // Keep capitals that are names or initials: "CSP", "Not yet met" becomes "not yet met".
    let second = text.dropFirst().first
    if second.map({ $0.isLowercase || $0 == " " }) ?? true {
      return first.lowercased() + text.dropFirst()
    }
    return text
  }
}
