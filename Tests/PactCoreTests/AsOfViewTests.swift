import PactTestSupport
import Testing

@testable import PactCore

/// `AsOf`: a panel as it stood at the end of a day, built on an in-memory panel whose
/// history is made by the rules themselves.
@Suite struct AsOfViewTests {
  private func day(_ text: String) throws -> Day { try #require(Day(text)) }

  /// A panel with one member who left in May and rejoined in September, a meeting held in
  /// March, one scheduled in April for June and held, one scheduled only in July, and an
  /// action whose due date and status changed.
  private func history() throws -> PanelRecords {
    var records = try PanelRecords.new(
      name: "Test PACT", areas: [], partnership: nil, policeForce: nil,
      today: day("2024-01-01"))
    var generator = SplitMix64(seed: 9)
    try records.addMember(MemberDraft(name: "Jo Smith"), on: day("2024-01-01"), using: &generator)
    var present = MeetingDetails()
    present.present = ["Jo Smith"]
    try records.addMeeting(
      on: day("2024-03-12"), present, scheduled: false, today: day("2024-03-12"))
    try records.addMeeting(
      on: day("2024-06-11"), MeetingDetails(), scheduled: false, today: day("2024-04-01"))
    try records.addMeeting(
      on: day("2024-06-11"), present, scheduled: false, today: day("2024-06-11"))
    try records.removeMember("Jo Smith", on: day("2024-05-01"))
    try records.addMember(MemberDraft(name: "Jo Smith"), on: day("2024-09-01"), using: &generator)
    try records.addMeeting(
      on: day("2024-09-10"), MeetingDetails(), scheduled: false, today: day("2024-07-01"))
    var draft = ActionDraft(title: "Speed watch", lead: "police")
    draft.due = try day("2024-04-30")
    draft.agreedAt = "2024-03-12"
    try records.addAction(draft, today: day("2024-03-13"), using: &generator)
    var change = ActionChange(note: "Moved on")
    change.due = try day("2024-08-31")
    change.status = .inProgress
    try records.updateAction("Speed watch", change, on: day("2024-05-20"))
    return records
  }

  @Test func aMemberWhoLeftAndRejoinedIsFormerBetweenTheirSpells() throws {
    let records = try history()
    #expect(records.asOf(try day("2024-04-01")).currentMembers.map(\.name) == ["Jo Smith"])
    #expect(records.asOf(try day("2024-07-01")).currentMembers.isEmpty)
    let between = try #require(records.asOf(try day("2024-07-01")).members.first)
    #expect(between.leftOn == (try day("2024-05-01")))
    #expect(records.asOf(try day("2024-10-01")).currentMembers.map(\.name) == ["Jo Smith"])
  }

  @Test func meetingsAreAsTheyWereKnownOnTheDay() throws {
    let records = try history()
    // Scheduled on 1 April: on 1 May it was still to come, without its attendance.
    let may = records.asOf(try day("2024-05-01"))
    let june = try #require(may.meetings.first { $0.id == "2024-06-11" })
    #expect(june.status == .scheduled)
    #expect(june.present.isEmpty)
    #expect(may.nextPanelMeeting(after: try day("2024-05-01"))?.id == "2024-06-11")
    // September's was scheduled only in July.
    #expect(!may.meetings.contains { $0.id == "2024-09-10" })
    #expect(records.asOf(try day("2024-07-01")).meetings.contains { $0.id == "2024-09-10" })
  }

  @Test func anActionIsReplayedFromItsUpdates() throws {
    let records = try history()
    let before = try #require(records.asOf(try day("2024-05-01")).actions.first)
    #expect(before.due == (try day("2024-04-30")))
    #expect(before.status == .open)
    #expect(before.updates.isEmpty)
    let after = try #require(records.asOf(try day("2024-05-20")).actions.first)
    #expect(after.due == (try day("2024-08-31")))
    #expect(after.status == .inProgress)
    #expect(records.asOf(try day("2024-03-01")).actions.isEmpty)
  }

  @Test func eachMemberIsFirstNamedAtTheEarliestMeetingThatNamesThem() throws {
    func meeting(_ id: String, present: [String], apologies: [String]) -> Meeting {
      var meeting = Meeting(id: id, status: .held)
      meeting.present = present
      meeting.apologies = apologies
      return meeting
    }
    // Out of date order, as a folder may list them; one member named twice at one meeting.
    let meetings = [
      meeting("2024-06-11", present: ["MA", "MB"], apologies: ["MC"]),
      meeting("2024-03-12b", present: ["MB"], apologies: ["MA", "MA"]),
      meeting("2024-09-10", present: ["MD"], apologies: ["MB"]),
      meeting("2024-03-12", present: [], apologies: ["MC"]),
    ]
    #expect(
      AsOf.firstNamed(meetings) == [
        "MA": try day("2024-03-12"), "MB": try day("2024-03-12"), "MC": try day("2024-03-12"),
        "MD": try day("2024-09-10"),
      ])
    #expect(AsOf.firstNamed([]).isEmpty)
  }
}
