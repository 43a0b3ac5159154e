import Foundation

/// The panel's scheduled meetings as an iCalendar (RFC 5545) document that a calendar app
/// can import or subscribe to.
///
/// Meetings still scheduled are included, and cancelled ones as cancelled events
/// (`STATUS:CANCELLED`, with a higher `SEQUENCE`), so that a calendar that imported or
/// subscribed to one updates it rather than keeping it; held meetings are history (the
/// minutes record them). Times are
/// local UK time (`TZID=Europe/London`, with its `VTIMEZONE`); a meeting with no time is
/// an all-day event; a timed meeting lasts two hours.
public struct MeetingCalendar: Sendable {
  let snapshot: PanelRecords
  let today: Day

  /// How long a meeting with a start time is shown as lasting.
  public static let durationMinutes = 120

  /// The product identifier written as `PRODID`.
  public static let productID = "-//pact//PACT panel//EN"

  /// The calendar of `snapshot`'s scheduled meetings, stamped with `today`.
  public init(_ snapshot: PanelRecords, today: Day) {
    self.snapshot = snapshot
    self.today = today
  }

  /// The meetings the calendar holds, earliest first: those scheduled, and those cancelled.
  public var meetings: [Meeting] {
    snapshot.meetingsByDate.filter { $0.status != .held }
  }

  /// The document: CRLF line endings, lines folded at 75 octets.
  public var ics: String {
    var writer = ICalendarWriter()
    writer.begin("VCALENDAR")
    writer.raw("PRODID", MeetingCalendar.productID)
    writer.raw("VERSION", "2.0")
    writer.raw("CALSCALE", "GREGORIAN")
    writer.raw("METHOD", "PUBLISH")
    writer.text("X-WR-CALNAME", snapshot.panel.name)
    // Always written, so the calendar holds a component even with no meetings (RFC 5545
    // requires one) and every TZID an event uses is defined.
    MeetingCalendar.writeLondonTimeZone(to: &writer)
    let slug = MeetingCalendar.slug(snapshot.panel.name)
    for meeting in meetings {
      writeEvent(meeting, slug: slug, to: &writer)
    }
    writer.end("VCALENDAR")
    return writer.document
  }

  private func writeEvent(_ meeting: Meeting, slug: String, to writer: inout ICalendarWriter) {
    writer.begin("VEVENT")
    writer.raw("UID", "\(meeting.id)-\(slug)@pact")
    // DTSTAMP is pact's "today" at midnight UTC rather than the clock's time, so exporting
    // the same panel on the same day gives the same bytes (diffable, and testable).
    writer.raw("DTSTAMP", MeetingCalendar.compact(today) + "T000000Z")
    if let time = meeting.time, let start = MeetingCalendar.minutes(time) {
      let end = start + MeetingCalendar.durationMinutes
      let endDay = meeting.date.adding(days: end / 1440)
      writer.raw(
        "DTSTART", MeetingCalendar.localTime(meeting.date, minutes: start),
        parameters: [("TZID", MeetingCalendar.timeZoneID)])
      writer.raw(
        "DTEND", MeetingCalendar.localTime(endDay, minutes: end % 1440),
        parameters: [("TZID", MeetingCalendar.timeZoneID)])
    } else {
      writer.raw("DTSTART", MeetingCalendar.compact(meeting.date), parameters: [("VALUE", "DATE")])
      writer.raw(
        "DTEND", MeetingCalendar.compact(meeting.date.adding(days: 1)),
        parameters: [("VALUE", "DATE")])
    }
    writer.text("SUMMARY", "\(snapshot.panel.name): \(meeting.kind.title)")
    if let location = meeting.venue ?? meeting.platform {
      writer.text("LOCATION", location)
    }
    if let link = meeting.link, MeetingCalendar.isPlainURI(link) {
      writer.raw("URL", link)
    }
    writer.text("DESCRIPTION", description(of: meeting))
    if meeting.status == .cancelled {
      // The event as first published had sequence 0; a change must be a later one for a
      // calendar to take it.
      writer.raw("SEQUENCE", "1")
      writer.raw("STATUS", "CANCELLED")
    } else {
      writer.raw("STATUS", "CONFIRMED")
    }
    writer.raw("TRANSP", meeting.status == .cancelled ? "TRANSPARENT" : "OPAQUE")
    writer.end("VEVENT")
  }

  /// What the event says: the kind of meeting, how to join online, the top three, the
  /// meeting's notes and the panel's public contact, one paragraph each.
  func description(of meeting: Meeting) -> String {
    var paragraphs: [String] = []
    let kind = meeting.kind.title
    paragraphs.append(kind.prefix(1).uppercased() + kind.dropFirst() + ".")
    switch (meeting.platform, meeting.link) {
    case (let platform?, let link?): paragraphs.append("Join online on \(platform): \(link)")
    case (let platform?, nil): paragraphs.append("Online on \(platform).")
    case (nil, let link?): paragraphs.append("Join online: \(link)")
    case (nil, nil): break
    }
    let priorities = snapshot.activePriorities.prefix(3)
    if !priorities.isEmpty {
      paragraphs.append(
        (["The top three priorities:"]
          + priorities.enumerated().map { "\($0.offset + 1). \($0.element.title)" })
          .joined(separator: "\n"))
    }
    if let notes = meeting.notes { paragraphs.append(notes) }
    if let contact = snapshot.panel.contact { paragraphs.append("Contact: \(contact)") }
    return paragraphs.joined(separator: "\n\n")
  }

  static let timeZoneID = "Europe/London"

  /// The UK's rules since 1996: BST from 01:00 UTC on the last Sunday of March, GMT from
  /// 01:00 UTC (02:00 BST) on the last Sunday of October.
  static func writeLondonTimeZone(to writer: inout ICalendarWriter) {
    writer.begin("VTIMEZONE")
    writer.raw("TZID", timeZoneID)
    writer.begin("DAYLIGHT")
    writer.raw("TZOFFSETFROM", "+0000")
    writer.raw("TZOFFSETTO", "+0100")
    writer.raw("TZNAME", "BST")
    writer.raw("DTSTART", "19810329T010000")
    writer.raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
    writer.end("DAYLIGHT")
    writer.begin("STANDARD")
    writer.raw("TZOFFSETFROM", "+0100")
    writer.raw("TZOFFSETTO", "+0000")
    writer.raw("TZNAME", "GMT")
    writer.raw("DTSTART", "19961027T020000")
    writer.raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    writer.end("STANDARD")
    writer.end("VTIMEZONE")
  }

  /// The panel's name as lower-case ASCII words joined by hyphens, for event UIDs:
  /// "Borough Green, Wrotham and Platt PACT" is `borough-green-wrotham-and-platt-pact`.
  static func slug(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive], locale: nil).lowercased()
    var result = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) else {
        pendingHyphen = true
        continue
      }
      if pendingHyphen, !result.isEmpty { result += "-" }
      pendingHyphen = false
      result.unicodeScalars.append(scalar)
    }
    return result.isEmpty ? "panel" : result
  }

  /// `20240709`.
  static func compact(_ day: Day) -> String {
    day.description.replacingOccurrences(of: "-", with: "")
  }

  /// `20240709T190000`, a local date-time.
  static func localTime(_ day: Day, minutes: Int) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    return compact(day) + "T" + (hours < 10 ? "0" : "") + "\(hours)"
      + (rest < 10 ? "0" : "") + "\(rest)" + "00"
  }

  /// Minutes after midnight of a time written `HH:MM`, or nil when it is not one.
  static func minutes(_ time: String) -> Int? {
    guard Meeting.isValidTime(time) else { return nil }
    let parts = time.split(separator: ":")
    guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else {
      return nil
    }
    return hours * 60 + minutes
  }

  /// Whether a link can be written as a URI value as it is: no spaces or control
  /// characters, which would break the line or the URI.
  static func isPlainURI(_ link: String) -> Bool {
    !link.isEmpty && !link.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
  }
}
