extension PanelService {
  /// Every meeting, earliest first.
  public func meetings() throws -> MeetingListing {
    MeetingListing(try records())
  }

  /// Everything recorded about one meeting.
  public func meeting(_ query: String) throws -> MeetingDetail {
    let records = try records()
    return MeetingDetail(records, meeting: try records.meeting(query))
  }

  /// Records a meeting on `date`: held when the day has come, else scheduled (or
  /// scheduled when `scheduled` is set).
  @discardableResult
  public func addMeeting(
    on date: Day, _ details: MeetingDetails, scheduled: Bool = false
  ) throws -> MeetingAddition {
    let today = self.today
    return try change { try $0.addMeeting(on: date, details, scheduled: scheduled, today: today) }
  }

  /// Changes what is recorded about a meeting; a new date moves it, with every record that
  /// names it, to that day.
  @discardableResult
  public func updateMeeting(_ query: String, _ details: MeetingDetails) throws -> MeetingUpdate {
    let today = self.today
    return try change { try $0.updateMeeting(query, details, today: today) }
  }

  /// Removes a meeting entered by mistake, which no record names.
  @discardableResult
  public func removeMeeting(_ query: String) throws -> Meeting {
    try change { try $0.removeMeeting(query) }
  }

  /// Marks a scheduled meeting cancelled.
  @discardableResult
  public func cancelMeeting(_ query: String) throws -> Meeting {
    try change { try $0.cancelMeeting(query) }
  }
}
