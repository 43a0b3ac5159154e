import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// The rules of each export, on small in-memory panels.
@Suite struct ExportTests {
  private func day(_ text: String) throws -> Day { try #require(Day(text)) }

  private func panel(name: String = "Test PACT") -> PanelRecords {
    var panel = Panel(name: name, areas: ["Platt"])
    panel.contact = "pact@example.org"
    return PanelRecords(panel: panel)
  }

  private func meeting(_ id: String, _ status: MeetingStatus, time: String? = nil) -> Meeting {
    var meeting = Meeting(id: id, status: status)
    meeting.time = time
    return meeting
  }

  // MARK: - iCalendar

  @Test func scheduledAndCancelledMeetingsAreEvents() throws {
    var snapshot = panel()
    snapshot.meetings = [
      meeting("2024-05-14", .held, time: "19:00"),
      meeting("2024-06-11", .cancelled, time: "19:00"),
      meeting("2024-07-09", .scheduled, time: "19:00"),
      meeting("2024-07-09b", .scheduled),
    ]
    let lines = iCalendarContentLines(MeetingCalendar(snapshot, today: try day("2024-06-01")).ics)
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
    #expect(
      lines.filter { $0.hasPrefix("UID:") } == [
        "UID:2024-06-11-test-pact@pact", "UID:2024-07-09-test-pact@pact",
        "UID:2024-07-09b-test-pact@pact",
      ])
    #expect(lines.allSatisfy { !$0.contains("2024-05-14") && !$0.contains("20240514") })
    // The cancelled one is a later version of the event, marked cancelled.
    #expect(lines.filter { $0 == "STATUS:CANCELLED" }.count == 1)
    #expect(lines.filter { $0 == "SEQUENCE:1" }.count == 1)
    #expect(lines.filter { $0 == "STATUS:CONFIRMED" }.count == 2)
  }

  @Test func aTimedMeetingLastsTwoHoursInLondonTime() throws {
    var snapshot = panel()
    snapshot.meetings = [meeting("2024-07-09", .scheduled, time: "19:00")]
    let lines = iCalendarContentLines(MeetingCalendar(snapshot, today: try day("2024-06-01")).ics)
    #expect(lines.contains("DTSTART;TZID=Europe/London:20240709T190000"))
    #expect(lines.contains("DTEND;TZID=Europe/London:20240709T210000"))
    #expect(lines.contains("DTSTAMP:20240601T000000Z"))
    #expect(lines.contains("TZID:Europe/London"))
  }

  @Test func aLateMeetingEndsTheNextDay() throws {
    var snapshot = panel()
    snapshot.meetings = [meeting("2024-12-31", .scheduled, time: "23:30")]
    let lines = iCalendarContentLines(MeetingCalendar(snapshot, today: try day("2024-06-01")).ics)
    #expect(lines.contains("DTSTART;TZID=Europe/London:20241231T233000"))
    #expect(lines.contains("DTEND;TZID=Europe/London:20250101T013000"))
  }

  @Test func aMeetingWithNoTimeIsAllDay() throws {
    var snapshot = panel()
    snapshot.meetings = [meeting("2024-02-28", .scheduled), meeting("2024-02-29", .scheduled)]
    let lines = iCalendarContentLines(MeetingCalendar(snapshot, today: try day("2024-01-01")).ics)
    #expect(
      lines.filter { $0.hasPrefix("DTSTART;") || $0.hasPrefix("DTEND;") } == [
        "DTSTART;VALUE=DATE:20240228", "DTEND;VALUE=DATE:20240229",
        "DTSTART;VALUE=DATE:20240229", "DTEND;VALUE=DATE:20240301",
      ])
  }

  @Test func anEmptyCalendarStillHoldsAComponent() throws {
    let ics = MeetingCalendar(panel(), today: try day("2024-06-01")).ics
    let lines = iCalendarContentLines(ics)
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.last == "END:VCALENDAR")
    #expect(lines.contains("BEGIN:VTIMEZONE"))
    #expect(!lines.contains("BEGIN:VEVENT"))
  }

  @Test func theEventSaysWhereWhatAndWho() throws {
    var snapshot = panel(name: "Borough Green, Wrotham and Platt PACT")
    var online = meeting("2024-07-09", .scheduled, time: "19:00")
    online.kind = .online
    online.platform = "Microsoft Teams"
    online.link = "https://teams.example.org/meet/bgwp?id=1;x=2"
    snapshot.meetings = [online]
    snapshot.priorities = [
      Priority(id: "P2", title: "Second, and more", setOn: try day("2024-01-01"), rank: 2),
      Priority(id: "P1", title: "First", setOn: try day("2024-01-01"), rank: 1),
    ]
    let lines = iCalendarContentLines(MeetingCalendar(snapshot, today: try day("2024-06-01")).ics)
    #expect(lines.contains("SUMMARY:Borough Green\\, Wrotham and Platt PACT: online meeting"))
    #expect(lines.contains("LOCATION:Microsoft Teams"))
    // A URI value is not TEXT, so its ";" stays as typed.
    #expect(lines.contains("URL:https://teams.example.org/meet/bgwp?id=1;x=2"))
    #expect(
      lines.contains(
        "DESCRIPTION:Online meeting.\\n\\nJoin online on Microsoft Teams: "
          + "https://teams.example.org/meet/bgwp?id=1\\;x=2\\n\\nThe top three priorities:"
          + "\\n1. First\\n2. Second\\, and more\\n\\nContact: pact@example.org"))
    #expect(lines.contains("UID:2024-07-09-borough-green-wrotham-and-platt-pact@pact"))
  }

  @Test(arguments: [
    ("Borough Green, Wrotham and Platt PACT", "borough-green-wrotham-and-platt-pact"),
    ("  Saint-Étienne & Côte  ", "saint-etienne-cote"),
    ("Ward 7 (North)", "ward-7-north"),
    ("!!!", "panel"),
  ])
  func panelNamesSlugForUIDs(name: String, slug: String) {
    #expect(MeetingCalendar.slug(name) == slug)
  }

  // MARK: - police.uk

  private func policeUK(_ snapshot: PanelRecords) throws -> [[String: Any]] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(PoliceUKExport(snapshot).document.utf8))
        as? [[String: Any]])
  }

  @Test func aPriorityWithNothingDoneHasNullActionAndDate() throws {
    var snapshot = panel()
    snapshot.priorities = [
      Priority(id: "P1", title: "Parking", setOn: try day("2024-05-21"), rank: 1)
    ]
    var action = Action(
      id: "A1", title: "Notices", lead: "council", agreedOn: try day("2024-05-21"))
    action.priority = "P1"
    // A status change with no note tells residents nothing.
    var started = ActionUpdate(on: try day("2024-05-25"))
    started.status = .inProgress
    action.updates = [started]
    snapshot.actions = [action]
    let objects = try policeUK(snapshot)
    #expect(objects.count == 1)
    let object = try #require(objects.first)
    #expect(Set(object.keys) == ["issue", "issue-date", "action", "action-date"])
    #expect(object["issue"] as? String == "Parking")
    #expect(object["issue-date"] as? String == "2024-05-21T00:00:00")
    #expect(object["action"] is NSNull)
    #expect(object["action-date"] is NSNull)
  }

  @Test func theSummaryIsLatestFirstWithOutcomesOnce() throws {
    var snapshot = panel()
    snapshot.priorities = [
      Priority(id: "P1", title: "Speeding", setOn: try day("2023-11-14"), rank: 1),
      Priority(id: "P9", title: "Old", setOn: try day("2023-01-01")),
    ]
    snapshot.priorities[1].status = .achieved
    var patrols = Action(
      id: "A1", title: "Patrols", lead: "police", agreedOn: try day("2023-11-14"))
    patrols.priority = "P1"
    patrols.updates = [
      ActionUpdate(on: try day("2023-12-01"), note: "First patrol held"),
      ActionUpdate(on: try day("2024-02-01"), note: "Ten patrols\nso far"),
    ]
    var survey = Action(
      id: "A2", title: "Survey", lead: "highways", agreedOn: try day("2024-01-16"))
    survey.priority = "P1"
    survey.status = .done
    survey.outcome = "Survey found 41 mph"
    survey.difference = "Camera van booked"
    survey.completedOn = try day("2024-03-01")
    var done = ActionUpdate(on: try day("2024-03-01"), note: "Survey found 41 mph")
    done.status = .done
    survey.updates = [ActionUpdate(on: try day("2024-02-01"), note: "Booked."), done]
    var elsewhere = Action(
      id: "A3", title: "Other", lead: "police", agreedOn: try day("2024-01-01"))
    elsewhere.updates = [ActionUpdate(on: try day("2024-04-01"), note: "Not this priority")]
    snapshot.actions = [survey, elsewhere, patrols]

    let objects = try policeUK(snapshot)
    #expect(objects.count == 1, "only active priorities")
    let object = try #require(objects.first)
    // Patrols were agreed first, so on 1 February their note comes before the survey's.
    #expect(
      object["action"] as? String
        == "1 March 2024: Survey found 41 mph. Difference made: Camera van booked. "
        + "1 February 2024: Ten patrols so far. 1 February 2024: Booked. "
        + "1 December 2023: First patrol held.")
    #expect(object["action-date"] as? String == "2024-03-01T00:00:00")
  }

  @Test func anOutcomeWithNoMatchingNoteIsItsOwnEntry() throws {
    var action = Action(
      id: "A1", title: "Imported", lead: "council", agreedOn: try day("2024-01-01"))
    action.status = .done
    action.outcome = "Bins emptied"
    action.completedOn = try day("2024-02-02")
    action.updates = [ActionUpdate(on: try day("2024-01-15"), note: "Bins ordered")]
    #expect(
      PoliceUKExport.entries(of: action) == [
        .init(on: try day("2024-01-15"), text: "Bins ordered."),
        .init(on: try day("2024-02-02"), text: "Bins emptied."),
      ])
  }

  // MARK: - JSON

  @Test func theDocumentHoldsEveryRecordWithItsIDSortedByID() throws {
    var snapshot = panel()
    snapshot.meetings = [meeting("2024-07-09", .scheduled), meeting("2024-03-12", .held)]
    snapshot.actions = [
      Action(id: "AZZ", title: "Later", lead: "police", agreedOn: try day("2024-01-01")),
      Action(id: "AAA", title: "Earlier", lead: "council", agreedOn: try day("2024-02-01")),
    ]
    snapshot.actions[0].unknownFields = ["colour": .string("red")]
    let json = PanelExport(snapshot, today: try day("2024-06-01")).json
    let object = try #require(json.objectValue)
    #expect(
      Set(object.keys) == [
        "schema", "exportedOn", "panel", "members", "agencies", "meetings", "issues",
        "priorities", "actions",
      ])
    #expect(object["schema"] == .number("1"))
    #expect(object["exportedOn"] == .string("2024-06-01"))
    #expect(object["panel"] == snapshot.panel.json)
    let meetings = try #require(object["meetings"]?.arrayValue)
    #expect(
      meetings.map { $0.objectValue?["id"] } == [.string("2024-03-12"), .string("2024-07-09")])
    let actions = try #require(object["actions"]?.arrayValue)
    #expect(actions.map { $0.objectValue?["id"] } == [.string("AAA"), .string("AZZ")])
    // A record is its stored object plus its id, unknown fields included.
    var stored = try #require(snapshot.actions[0].json.objectValue)
    stored["id"] = .string("AZZ")
    #expect(actions.last == .object(stored))
    #expect(stored["colour"] == .string("red"))
    #expect(object["members"] == .array([]))
  }
}
