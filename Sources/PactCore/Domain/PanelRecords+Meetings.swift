/// What is recorded about a meeting; nil leaves a field as it is (or unset on a new one).
public struct MeetingDetails: Sendable {
  public var time: String?
  public var kind: MeetingKind?
  public var platform: String?
  public var link: String?
  public var venue: String?
  /// Member names (or ids); replaces the list when given.
  public var present: [String]?
  /// Member names (or ids); replaces the list when given.
  public var apologies: [String]?
  public var publicAttendance: Int?
  public var onlineViews: Int?
  public var questions: Int?
  public var notes: String?
  /// A new day for a meeting entered on the wrong one (`updateMeeting` only).
  public var date: Day?

  public init() {}
}

/// What `addMeeting` did.
public enum MeetingAddition: Sendable, Equatable {
  /// A new meeting was recorded.
  case added(Meeting)
  /// A meeting scheduled for the day was recorded as held.
  case heldAsScheduled(Meeting)

  public var meeting: Meeting {
    switch self {
    case .added(let meeting), .heldAsScheduled(let meeting): meeting
    }
  }
}

extension PanelRecords {
  /// Records a meeting on `date`: held when the date is today or earlier, else scheduled
  /// (or scheduled when `scheduled` is set). A meeting scheduled for that day is recorded
  /// as held rather than added twice; another meeting on a day that has one takes a letter.
  ///
  /// - Throws: `LookupError` for a member not on the panel; `PanelError` for a member
  ///   both present and sending apologies, or a held meeting in the future;
  ///   `InvalidValueError` for a malformed time.
  @discardableResult
  public mutating func addMeeting(
    on date: Day, _ details: MeetingDetails, scheduled: Bool, today: Day
  ) throws -> MeetingAddition {
    let held = !scheduled && date <= today
    let sameDay = meetingsByDate.filter { $0.date == date }
    if !held {
      guard date >= today else {
        throw InvalidValueError(
          field: .scheduledDate, value: date.description,
          expected: "a date from today on; a meeting that took place is added without it")
      }
      if let existing = sameDay.first(where: { $0.status == .scheduled }) {
        throw PanelError.meetingAlreadyScheduled(id: existing.id)
      }
    }
    // A meeting that was scheduled (or called off, then held after all) is recorded as held.
    if held, let waiting = sameDay.first(where: { $0.status != .held }) {
      var meeting = waiting
      meeting.status = .held
      try apply(details, to: &meeting)
      replace(meeting)
      return .heldAsScheduled(meeting)
    }
    let taken = Set(sameDay.map(\.id))
    var id = date.description
    for letter in "bcdefghijklmnopqrstuvwxyz" where taken.contains(id) {
      id = date.description + String(letter)
    }
    guard !taken.contains(id) else {
      throw PanelError.tooManyMeetings(date: date)
    }
    var meeting = Meeting(id: id, kind: details.kind ?? .panel, status: held ? .held : .scheduled)
    if !held { meeting.scheduledOn = today }
    if details.venue == nil, !(details.kind ?? .panel).isOnline || details.kind == .hybrid {
      meeting.venue = panel.venue
    }
    try apply(details, to: &meeting)
    meetings.append(meeting)
    return .added(meeting)
  }

  /// Changes what is recorded about a meeting; with a new date, moves it and everything
  /// that names it to that day (`moveMeeting`).
  ///
  /// - Throws: as `moveMeeting` does, and `LookupError` for a member not on the panel;
  ///   `PanelError` for a member both present and sending apologies.
  @discardableResult
  public mutating func updateMeeting(_ query: String, _ details: MeetingDetails, today: Day)
    throws -> MeetingUpdate
  {
    // Moving it renames what done actions name too.
    if details.date != nil { try requireEveryAction() }
    let original = try self.meeting(query)
    var meeting = original
    try apply(details, to: &meeting)
    if meeting.kind != original.kind { recordSource(of: meeting, was: original.kind) }
    replace(meeting)
    guard let date = details.date else {
      return MeetingUpdate(meeting: meeting, references: references(to: meeting.id))
    }
    return try moveMeeting(meeting, to: date, today: today)
  }

  /// Marks a scheduled meeting cancelled.
  ///
  /// - Throws: `PanelError.meetingAlreadyHeld` for a meeting that took place.
  @discardableResult
  public mutating func cancelMeeting(_ query: String) throws -> Meeting {
    var meeting = try self.meeting(query)
    guard meeting.status != .held else { throw PanelError.meetingAlreadyHeld(id: meeting.id) }
    meeting.status = .cancelled
    replace(meeting)
    return meeting
  }

  mutating func replace(_ meeting: Meeting) {
    meetings = meetings.map { $0.id == meeting.id ? meeting : $0 }
  }

  func apply(_ details: MeetingDetails, to meeting: inout Meeting) throws {
    if let time = details.time {
      let value = Validate.trimmed(time)
      guard value.isEmpty || Meeting.isValidTime(value) else {
        throw InvalidValueError(field: .time, value: time, expected: "a time such as 19:00")
      }
      meeting.time = value.isEmpty ? nil : value
    }
    if let kind = details.kind { meeting.kind = kind }
    if let platform = try Validate.setting(details.platform, field: .platform) {
      meeting.platform = platform
    }
    if let link = try Validate.setting(details.link, field: .link) { meeting.link = link }
    if let venue = try Validate.setting(details.venue, field: .venue) { meeting.venue = venue }
    if let notes = details.notes {
      meeting.notes =
        Validate.trimmed(notes).isEmpty ? nil : try Validate.text(notes, field: .notes)
    }
    if let present = details.present { meeting.present = try memberIDs(present) }
    if let apologies = details.apologies { meeting.apologies = try memberIDs(apologies) }
    if let both = meeting.present.first(where: meeting.apologies.contains) {
      throw PanelError.presentAndApologies(
        name: members.first { $0.id == both }?.name ?? both)
    }
    if meeting.status != .held {
      let given: [(Field, Bool)] = [
        (.present, details.present != nil), (.apologies, details.apologies != nil),
        (.publicAttendance, details.publicAttendance != nil),
        (.onlineViews, details.onlineViews != nil),
        (.questions, details.questions != nil),
      ]
      if let (field, _) = given.first(where: \.1) {
        throw PanelError.meetingNotYetHeld(id: meeting.id, date: meeting.date, field: field)
      }
    }
    if let count = details.publicAttendance { meeting.publicAttendance = count }
    if let count = details.onlineViews { meeting.onlineViews = count }
    if let count = details.questions { meeting.questions = count }
  }

  /// Member ids for names, without repeats, in the order given.
  private func memberIDs(_ names: [String]) throws -> [String] {
    var ids: [String] = []
    for name in names {
      let id = try member(name).id
      if !ids.contains(id) { ids.append(id) }
    }
    return ids
  }
}
