/// How many records name a meeting.
public struct MeetingReferences: Sendable, Equatable {
  /// Actions agreed at it.
  public var actions = 0
  /// Priorities set at it.
  public var priorities = 0
  /// Issues raised at it.
  public var issues = 0

  public var isEmpty: Bool { actions == 0 && priorities == 0 && issues == 0 }
}

/// What `updateMeeting` did.
public struct MeetingUpdate: Sendable, Equatable {
  /// The meeting as it is now.
  public var meeting: Meeting
  /// The meeting as it was, when it moved to another day.
  public var movedFrom: Meeting?
  /// The records that name it, moved with it.
  public var references: MeetingReferences
}

extension PanelRecords {
  /// The records that name the meeting `id`: every action, done and dropped ones too.
  func references(to id: String) -> MeetingReferences {
    MeetingReferences(
      actions: actions.filter { $0.agreedAt == id }.count,
      priorities: priorities.filter { $0.setAt == id }.count,
      issues: issues.filter { $0.raisings.contains { $0.meeting == id } }.count)
  }

  /// Moves a meeting entered on the wrong day to `date`, renaming it (with a letter when
  /// that day has a meeting already), and with it every record that names it: the actions
  /// agreed at it, the priorities set at it, and the issues raised at it. Attendance
  /// travels with the meeting.
  ///
  /// - Throws: `PanelError.meetingAlreadyOn`; `PanelError.heldMeetingInFuture` for a held
  ///   meeting moved after `today`; `PanelError.updateBeforeAgreement` or
  ///   `PanelError.closedBeforeSet` when a record would start after it was updated or
  ///   closed; `PanelError.tooManyMeetings`.
  mutating func moveMeeting(_ meeting: Meeting, to date: Day, today: Day) throws
    -> MeetingUpdate
  {
    try requireEveryAction()
    guard date != meeting.date else { throw PanelError.meetingAlreadyOn(date: date) }
    if meeting.status == .held, date > today {
      throw PanelError.heldMeetingInFuture(id: meeting.id, date: date)
    }
    let taken = Set(meetings.filter { $0.date == date }.map(\.id))
    var id = date.description
    for letter in "bcdefghijklmnopqrstuvwxyz" where taken.contains(id) {
      id = date.description + String(letter)
    }
    guard !taken.contains(id) else { throw PanelError.tooManyMeetings(date: date) }
    let old = meeting.id
    for action in actions.sorted(by: { $0.id < $1.id }) where action.agreedAt == old {
      let dates = action.updates.map(\.on) + [action.completedOn].compactMap { $0 }
      if let early = dates.filter({ $0 < date }).min() {
        throw PanelError.updateBeforeAgreement(id: action.id, update: early, meeting: id)
      }
    }
    for priority in priorities where priority.setAt == old {
      if let closed = priority.closedOn, closed < date {
        throw PanelError.closedBeforeSet(title: priority.title, closed: closed, meeting: id)
      }
    }
    let references = references(to: old)
    var moved = Meeting(id: id, kind: meeting.kind, status: meeting.status)
    moved.copyDetails(of: meeting)
    meetings = meetings.map { $0.id == old ? moved : $0 }
    actions = actions.map { action in
      guard action.agreedAt == old else { return action }
      var action = action
      action.agreedAt = id
      action.agreedOn = date
      return action
    }
    priorities = priorities.map { priority in
      guard priority.setAt == old else { return priority }
      var priority = priority
      priority.setAt = id
      priority.setOn = date
      return priority
    }
    issues = issues.map { issue in
      guard issue.raisings.contains(where: { $0.meeting == old }) else { return issue }
      var issue = issue
      issue.raisings = issue.raisings.map { raising in
        guard raising.meeting == old else { return raising }
        var raising = raising
        raising.meeting = id
        raising.on = date
        return raising
      }
      issue.raisings.sort { $0.on < $1.on }
      return issue
    }
    return MeetingUpdate(meeting: moved, movedFrom: meeting, references: references)
  }

  /// Removes a meeting entered by mistake, which no action, priority or issue names.
  ///
  /// - Throws: `PanelError.meetingInUse` while any record (done and dropped actions too)
  ///   names it.
  @discardableResult
  public mutating func removeMeeting(_ query: String) throws -> Meeting {
    try requireEveryAction()
    let meeting = try self.meeting(query)
    let references = references(to: meeting.id)
    guard references.isEmpty else {
      throw PanelError.meetingInUse(
        id: meeting.id, actions: references.actions, priorities: references.priorities,
        issues: references.issues)
    }
    meetings.removeAll { $0.id == meeting.id }
    return meeting
  }

  /// Issues raised at `meeting` whose source was its old kind now name its new kind.
  mutating func recordSource(of meeting: Meeting, was kind: MeetingKind) {
    let old = IssueSource(kind: kind).rawValue
    let new = IssueSource(kind: meeting.kind).rawValue
    issues = issues.map { issue in
      var issue = issue
      issue.raisings = issue.raisings.map { raising in
        guard raising.meeting == meeting.id, raising.source == old else { return raising }
        var raising = raising
        raising.source = new
        return raising
      }
      return issue
    }
  }
}

extension Meeting {
  /// Takes every detail but the id from `other`.
  mutating func copyDetails(of other: Meeting) {
    time = other.time
    platform = other.platform
    link = other.link
    venue = other.venue
    present = other.present
    apologies = other.apologies
    publicAttendance = other.publicAttendance
    onlineViews = other.onlineViews
    questions = other.questions
    notes = other.notes
    scheduledOn = other.scheduledOn
    unknownFields = other.unknownFields
  }
}
