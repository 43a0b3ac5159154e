/// `pact meeting list`: every meeting, earliest first.
public struct MeetingListing: Sendable {
  let snapshot: PanelRecords

  public init(_ snapshot: PanelRecords) {
    self.snapshot = snapshot
  }

  /// A table for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    let meetings = snapshot.meetingsByDate
    guard !meetings.isEmpty else {
      return "No meetings yet." + (nextStep(.addMeeting).map { " Record one with: \($0)" } ?? "")
        + "\n"
    }
    var table = TextTable(columns: [
      .init("DATE"), .init("DAY"), .init("TIME"), .init("KIND"), .init("STATUS"),
      .init("PRESENT"), .init("PUBLIC"), .init("VENUE", flexible: true, minimumWidth: 10),
    ])
    for meeting in meetings {
      let place = meeting.kind.isOnline && meeting.venue == nil ? meeting.platform : meeting.venue
      table.append([
        meeting.id, String(Day.weekdayNames[meeting.date.weekday - 1].prefix(3)),
        meeting.time ?? "", meeting.kind.rawValue, meeting.status.rawValue,
        meeting.status == .held ? "\(meeting.present.count)" : "",
        meeting.publicAttendance.map(String.init) ?? "", place ?? "",
      ])
    }
    let held = meetings.filter { $0.status == .held }.count
    let scheduled = meetings.filter { $0.status == .scheduled }.count
    let cancelled = meetings.count - held - scheduled
    return table.render(width: width)
      + "\n\(held) held, \(scheduled) scheduled"
      + (cancelled > 0 ? ", \(cancelled) cancelled" : "") + "\n"
  }

  /// Every meeting as a JSON object, earliest first.
  public var json: JSONValue {
    .array(snapshot.meetingsByDate.map { MeetingDetail(snapshot, meeting: $0).json })
  }
}
