extension StatusWarning {
  /// The gaps in a panel's set-up on `today`, in the order a briefing lists them: no
  /// chair, no secretary, not endorsed, each criterion not met, no panel meeting held
  /// within the cadence, each meeting left unrecorded, no next panel meeting.
  ///
  /// The one rule for both the briefing's first warnings and the set-up checklist.
  ///
  /// - Parameters:
  ///   - panel: The panel's settings.
  ///   - lastHeld: The last panel meeting held on or before `today`, if any.
  ///   - next: The next panel meeting after `today`, if any.
  ///   - unrecorded: The meetings still scheduled on days before `today`.
  ///   - today: The day the panel is judged on.
  static func setUp(
    _ panel: Panel, lastHeld: Meeting?, next: Meeting?, unrecorded: [Meeting], today: Day
  ) -> [StatusWarning] {
    var warnings: [StatusWarning] = []
    if panel.roles[.chair] == nil { warnings.append(.noChair) }
    if panel.roles[.secretary] == nil { warnings.append(.noSecretary) }
    if panel.status == .proposed { warnings.append(.notEndorsed) }
    for criterion in Criterion.allCases {
      guard let state = panel.criteria[criterion], !state.met else { continue }
      warnings.append(.criterionUnmet(criterion, note: state.note))
    }
    let cadence = panel.effectiveCadenceWeeks
    if Cadence.isMeetingOverdue(panel, lastHeld: lastHeld, on: today) {
      warnings.append(
        .meetingOverdue(
          lastHeld: lastHeld?.date, weeks: lastHeld.map { Cadence.weeksSince($0, on: today) } ?? 0,
          cadenceWeeks: cadence))
    }
    for meeting in unrecorded {
      warnings.append(
        .meetingUnrecorded(meeting: meeting.id, kind: meeting.kind, date: meeting.date))
    }
    if next == nil { warnings.append(.noNextMeeting) }
    return warnings
  }

  /// The gaps in the set-up of the panel in `snapshot` on `today`.
  static func setUp(_ snapshot: some PanelContents, today: Day) -> [StatusWarning] {
    setUp(
      snapshot.panel, lastHeld: snapshot.lastPanelMeeting(onOrBefore: today),
      next: snapshot.nextPanelMeeting(after: today),
      unrecorded: snapshot.unrecordedMeetings(before: today), today: today)
  }
}
