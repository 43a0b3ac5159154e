/// Which meetings count: the one rule for every judgement that asks "since the last
/// meeting" or "how many meetings".
///
/// The panel's own meetings — in a room (`panel`), online (`online`) or both (`hybrid`) —
/// are where it reviews its priorities and actions, so they alone count for:
/// - staleness: an action with no update after the last held panel meeting;
/// - how many meetings a priority has been on the list (long-running at four);
/// - how many meetings an issue was raised at (a repeat issue at three);
/// - the cadence: a meeting is overdue when no panel meeting was held within it;
/// - the last and next meeting a briefing, an agenda or the borough report names, and the
///   meeting before that bounds a newsletter's "What has changed".
///
/// Walkabouts, workshops and surgeries are how the panel meets its community: they are
/// recorded, minuted and announced like any meeting, and issues raised at them are kept,
/// but a Saturday surgery does not make every action stale, nor age a priority.
extension MeetingKind {
  /// Whether a meeting of this kind is one of the panel's own meetings, which count.
  public var isPanelMeeting: Bool {
    switch self {
    case .panel, .online, .hybrid: true
    case .walkabout, .workshop, .surgery: false
    }
  }
}

extension Meeting {
  /// Whether this is one of the panel's own meetings, which count (see `MeetingKind`).
  public var isPanelMeeting: Bool { kind.isPanelMeeting }
}

extension PanelContents {
  /// The latest panel meeting held on or before `day`.
  public func lastPanelMeeting(onOrBefore day: Day) -> Meeting? {
    meetingsByDate.last { $0.isPanelMeeting && $0.status == .held && $0.date <= day }
  }

  /// The first panel meeting scheduled on or after `day`.
  public func nextPanelMeeting(after day: Day) -> Meeting? {
    meetingsByDate.first { $0.isPanelMeeting && $0.status == .scheduled && $0.date >= day }
  }

  /// The latest panel meeting held before `meeting`.
  func panelMeeting(before meeting: Meeting) -> Meeting? {
    meetingsByDate.last { $0.isPanelMeeting && $0.status == .held && $0.id < meeting.id }
  }

  /// The first panel meeting after `meeting` that is not cancelled.
  func panelMeeting(after meeting: Meeting) -> Meeting? {
    meetingsByDate.first { $0.isPanelMeeting && $0.id > meeting.id && $0.status != .cancelled }
  }

  /// The meetings, of any kind, still scheduled on a day before `day`: neither recorded as
  /// held nor cancelled.
  public func unrecordedMeetings(before day: Day) -> [Meeting] {
    meetingsByDate.filter { $0.status == .scheduled && $0.date < day }
  }

  /// How many held panel meetings a priority has been on the list: from the day it was set
  /// to its close (or `today`), both counted.
  public func meetingsOnList(_ priority: Priority, today: Day) -> Int {
    let end = priority.closedOn ?? today
    return meetings.filter {
      $0.isPanelMeeting && $0.status == .held && $0.date >= priority.setOn && $0.date <= end
    }.count
  }

  /// How many different panel meetings `issue` was raised at.
  public func panelMeetingCount(_ issue: Issue) -> Int {
    let counted = Set(meetings.filter(\.isPanelMeeting).map(\.id))
    return Set(issue.raisings.compactMap(\.meeting).filter(counted.contains)).count
  }
}
