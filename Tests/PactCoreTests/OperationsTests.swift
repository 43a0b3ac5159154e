import PactTestSupport
import Testing

@testable import PactCore

/// The rules of the secretary's evening, on an in-memory panel.
@Suite struct OperationsTests {
  private func day(_ text: String) throws -> Day { try #require(Day(text)) }

  private func panel() throws -> PanelRecords {
    var snapshot = try PanelRecords.new(
      name: "Test PACT", areas: ["Platt"], partnership: nil, policeForce: nil,
      today: day("2024-01-01"))
    var generator = SplitMix64(seed: 1)
    for name in ["Margaret Ellis", "Sam Okafor", "PC Rachel Dunn"] {
      try snapshot.addMember(
        MemberDraft(name: name, agency: name.hasPrefix("PC") ? "police" : nil),
        on: day("2024-01-01"), using: &generator)
    }
    return snapshot
  }

  @Test func aMeetingIsHeldOrScheduledByItsDate() throws {
    var snapshot = try panel()
    let today = try day("2024-03-12")
    let held = try snapshot.addMeeting(
      on: today, MeetingDetails(), scheduled: false, today: today)
    #expect(held.meeting.status == .held)
    let later = try snapshot.addMeeting(
      on: day("2024-03-13"), MeetingDetails(), scheduled: false, today: today)
    #expect(later.meeting.status == .scheduled)
    let forced = try snapshot.addMeeting(
      on: today, MeetingDetails(), scheduled: true, today: today)
    #expect(forced.meeting.status == .scheduled)
    #expect(forced.meeting.id == "2024-03-12b")
    // A past date cannot be scheduled, and a day is scheduled only once.
    #expect(throws: InvalidValueError.self) {
      try snapshot.addMeeting(
        on: day("2024-03-01"), MeetingDetails(), scheduled: true, today: today)
    }
    #expect(throws: PanelError.meetingAlreadyScheduled(id: "2024-03-13")) {
      try snapshot.addMeeting(
        on: day("2024-03-13"), MeetingDetails(), scheduled: false, today: today)
    }
  }

  @Test func aSecondMeetingOnADayTakesALetter() throws {
    var snapshot = try panel()
    let today = try day("2024-03-12")
    _ = try snapshot.addMeeting(on: today, MeetingDetails(), scheduled: false, today: today)
    let second = try snapshot.addMeeting(
      on: today, MeetingDetails(), scheduled: false, today: today)
    let third = try snapshot.addMeeting(
      on: today, MeetingDetails(), scheduled: false, today: today)
    #expect(second.meeting.id == "2024-03-12b")
    #expect(third.meeting.id == "2024-03-12c")
    #expect(try snapshot.meeting("2024-03-12").id == "2024-03-12")
    #expect(try snapshot.meeting("2024-03-12c").date == today)
  }

  @Test func addingOnTheDayOfAScheduledMeetingRecordsItAsHeld() throws {
    var snapshot = try panel()
    _ = try snapshot.addMeeting(
      on: day("2024-05-14"), MeetingDetails(), scheduled: false, today: day("2024-04-01"))
    var details = MeetingDetails()
    details.present = ["margaret", "Sam Okafor"]
    details.publicAttendance = 12
    let result = try snapshot.addMeeting(
      on: day("2024-05-14"), details, scheduled: false, today: day("2024-05-15"))
    guard case .heldAsScheduled(let meeting) = result else {
      Issue.record("expected the scheduled meeting to be recorded as held, got \(result)")
      return
    }
    #expect(snapshot.meetings.count == 1)
    #expect(meeting.status == .held)
    #expect(meeting.present.count == 2)
    #expect(meeting.publicAttendance == 12)
  }

  @Test func nobodyIsBothPresentAndSendingApologies() throws {
    var snapshot = try panel()
    var details = MeetingDetails()
    details.present = ["Sam Okafor"]
    details.apologies = ["sam okafor"]
    #expect(throws: PanelError.presentAndApologies(name: "Sam Okafor")) {
      try snapshot.addMeeting(
        on: day("2024-03-12"), details, scheduled: false, today: day("2024-03-12"))
    }
  }

  @Test(arguments: [
    "Speeding on the A25", "speeding on the a25", "Speeding  on the A25!", "SPEEDING, on the A25",
  ])
  func anIssueRaisedAgainIsCountedNotDuplicated(again: String) throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 3)
    _ = try snapshot.raiseIssue(
      "Speeding on the A25", category: "speeding", on: day("2024-01-16"), source: nil,
      using: &generator)
    let result = try snapshot.raiseIssue(
      again, category: nil, on: day("2024-03-12"), source: .email, using: &generator)
    #expect(snapshot.issues.count == 1)
    guard case .raisedAgain(let issue, _) = result else {
      Issue.record("expected a repeat, got \(result)")
      return
    }
    #expect(issue.raisings.map(\.on) == [try day("2024-01-16"), try day("2024-03-12")])
    #expect(issue.title == "Speeding on the A25")
    let same = try snapshot.raiseIssue(
      again, category: nil, on: day("2024-03-12"), source: .email, using: &generator)
    #expect(same == .alreadyRecorded(issue))
  }

  @Test func neverMoreThanThreeActivePriorities() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 4)
    let today = try day("2024-03-12")
    for title in ["Speeding", "Parking", "Fly-tipping"] {
      _ = try snapshot.addPriority(PriorityDraft(title: title), today: today, using: &generator)
    }
    #expect(snapshot.activePriorities.map(\.rank) == [1, 2, 3])
    #expect(throws: PanelError.topThreeFull(titles: ["Speeding", "Parking", "Fly-tipping"])) {
      try snapshot.addPriority(PriorityDraft(title: "Litter"), today: today, using: &generator)
    }
    let closed = try snapshot.closePriority("2", outcome: "Resolved", achieved: true, on: today)
    #expect(closed.status == .achieved)
    #expect(closed.rank == nil)
    let added = try snapshot.addPriority(
      PriorityDraft(title: "Litter"), today: today, using: &generator)
    #expect(added.rank == 2)
    #expect(snapshot.priorities.count == 4)
  }

  @Test func rankingSwapsWithTheHolder() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 5)
    let today = try day("2024-03-12")
    for title in ["Speeding", "Parking"] {
      _ = try snapshot.addPriority(PriorityDraft(title: title), today: today, using: &generator)
    }
    _ = try snapshot.rankPriority("Parking", to: 1)
    #expect(snapshot.activePriorities.map(\.title) == ["Parking", "Speeding"])
    #expect(snapshot.activePriorities.map(\.rank) == [1, 2])
  }

  @Test func promotingAnIssueLinksBoth() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 6)
    let raised = try snapshot.raiseIssue(
      "Dog fouling on footpaths", category: "dog fouling", on: day("2024-01-16"), source: nil,
      using: &generator)
    var draft = PriorityDraft()
    draft.fromIssue = "dog"
    let priority = try snapshot.addPriority(draft, today: day("2024-01-16"), using: &generator)
    #expect(priority.title == "Dog fouling on footpaths")
    #expect(priority.fromIssue == raised.issue.id)
    #expect(priority.category == "dog fouling")
    let issue = try snapshot.issue(raised.issue.id)
    #expect(issue.status == .promoted)
    #expect(issue.priority == priority.id)
    #expect(throws: PanelError.issueAlreadyPromoted(title: "Dog fouling on footpaths")) {
      try snapshot.addPriority(draft, today: day("2024-01-17"), using: &generator)
    }
  }

  @Test func priorityMeetingsCountHeldMeetingsFromSetToClose() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 7)
    for (date, scheduled) in [
      ("2024-01-16", false), ("2024-02-10", false), ("2024-03-12", false), ("2024-05-14", true),
    ] {
      _ = try snapshot.addMeeting(
        on: day(date), MeetingDetails(), scheduled: scheduled, today: day("2024-04-01"))
    }
    let priority = try snapshot.addPriority(
      PriorityDraft(title: "Speeding"), today: day("2024-01-20"), using: &generator)
    // Set at the latest held meeting on or before 2024-01-20: 2024-01-16.
    #expect(priority.setAt == "2024-01-16")
    #expect(snapshot.meetingsOnList(priority, today: try day("2024-04-01")) == 3)
    #expect(snapshot.meetingsOnList(priority, today: try day("2024-02-10")) == 2)
    let closed = try snapshot.closePriority(
      priority.id, outcome: "Done", achieved: false, on: day("2024-02-11"))
    #expect(snapshot.meetingsOnList(closed, today: try day("2024-04-01")) == 2)
  }

  @Test func datesCannotComeBeforeTheRecordTheyChange() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 10)
    let action = try snapshot.addAction(
      ActionDraft(title: "Speed watch", lead: "police"), today: day("2024-03-12"),
      using: &generator)
    #expect(throws: InvalidValueError.self) {
      try snapshot.updateAction(action.id, ActionChange(note: "x"), on: day("2024-03-11"))
    }
    #expect(throws: InvalidValueError.self) {
      try snapshot.completeAction(action.id, outcome: "x", difference: nil, on: day("2024-01-01"))
    }
    let priority = try snapshot.addPriority(
      PriorityDraft(title: "Speeding"), today: day("2024-03-12"), using: &generator)
    #expect(throws: InvalidValueError.self) {
      try snapshot.closePriority(priority.id, outcome: "x", achieved: true, on: day("2020-01-01"))
    }
  }

  @Test func reopeningAnActionForgetsItsOutcome() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 17)
    let action = try snapshot.addAction(
      ActionDraft(title: "Speed watch", lead: "police"), today: day("2024-03-12"),
      using: &generator)
    try snapshot.completeAction(
      action.id, outcome: "Held", difference: "Slower", on: day("2024-03-20"))
    var change = ActionChange(note: "Marked done by mistake")
    change.status = .open
    let reopened = try snapshot.updateAction(action.id, change, on: day("2024-03-21"))
    #expect(reopened.outcome == nil)
    #expect(reopened.difference == nil)
    #expect(reopened.completedOn == nil)
  }

  @Test(arguments: ["esc\u{1B}]0;x\u{07}", "line\nbreak", "nul\u{0}"])
  func titlesRefuseControlCharacters(title: String) throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 18)
    #expect(throws: InvalidValueError.self) {
      try snapshot.addAction(
        ActionDraft(title: title, lead: "police"), today: day("2024-03-12"), using: &generator)
    }
  }

  @Test func attendanceIsRecordedOnlyForAHeldMeeting() throws {
    var snapshot = try panel()
    var details = MeetingDetails()
    details.publicAttendance = 5
    #expect(
      throws: PanelError.meetingNotYetHeld(
        id: "2024-07-09", date: try day("2024-07-09"), field: .publicAttendance)
    ) {
      try snapshot.addMeeting(
        on: day("2024-07-09"), details, scheduled: false, today: day("2024-06-01"))
    }
  }

  @Test func meetingsAreNamedByAnUnambiguousPrefix() throws {
    var snapshot = try panel()
    for date in ["2024-03-12", "2024-05-14"] {
      try snapshot.addMeeting(
        on: day(date), MeetingDetails(), scheduled: false, today: day("2024-06-01"))
    }
    try snapshot.addMeeting(
      on: day("2024-05-14"), MeetingDetails(), scheduled: false, today: day("2024-06-01"))
    #expect(try snapshot.meeting("2024-03").id == "2024-03-12")
    #expect(
      throws: LookupError.ambiguous(
        kind: .meeting, query: "2024-05", matches: ["2024-05-14", "2024-05-14b"])
    ) {
      try snapshot.meeting("2024-05")
    }
  }

  @Test func anActionNeedsAKnownLeadAndKeepsItsHistory() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 8)
    let today = try day("2024-03-12")
    #expect(throws: LookupError.self) {
      try snapshot.addAction(
        ActionDraft(title: "Speed watch", lead: "polise-x"), today: today, using: &generator)
    }
    var draft = ActionDraft(title: "Speed watch", lead: "Neighbourhood Pol")
    draft.due = try day("2024-04-30")
    let action = try snapshot.addAction(draft, today: today, using: &generator)
    #expect(action.lead == "police")
    var change = ActionChange(note: "Two sessions held")
    change.status = .inProgress
    _ = try snapshot.updateAction(action.id, change, on: day("2024-04-02"))
    #expect(throws: PanelError.doneNeedsOutcome(id: action.id)) {
      var done = ActionChange()
      done.status = .done
      try snapshot.updateAction(action.id, done, on: day("2024-04-03"))
    }
    #expect(throws: PanelError.nothingChanged(id: action.id)) {
      var same = ActionChange()
      same.status = .inProgress
      try snapshot.updateAction(action.id, same, on: day("2024-04-03"))
    }
    let done = try snapshot.completeAction(
      String(action.id.prefix(4)), outcome: "Six sessions held",
      difference: "Slower traffic at school times", on: day("2024-05-01"))
    #expect(done.status == .done)
    #expect(done.completedOn == (try day("2024-05-01")))
    #expect(done.updates.map(\.status) == [.inProgress, .done])
    #expect(done.updates.first?.note == "Two sessions held")
    #expect(throws: PanelError.actionAlreadyDone(id: action.id)) {
      try snapshot.completeAction(action.id, outcome: "again", difference: nil, on: today)
    }
  }

  @Test func anAgencyNamedByAnActionIsKept() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 9)
    _ = try snapshot.addAction(
      ActionDraft(title: "Resurface the footpath", lead: "highways"), today: day("2024-03-12"),
      using: &generator)
    #expect(throws: PanelError.agencyInUse(id: "highways", members: [], actions: 1)) {
      try snapshot.removeAgency("highways")
    }
  }

  @Test func aMemberNamedByAMeetingIsKeptAsAFormerMember() throws {
    var snapshot = try panel()
    var details = MeetingDetails()
    details.present = ["Sam Okafor"]
    _ = try snapshot.addMeeting(
      on: day("2024-03-12"), details, scheduled: false, today: day("2024-03-12"))
    let removed = try snapshot.removeMember("Sam Okafor", on: day("2024-04-01"))
    #expect(removed.leftOn == (try day("2024-04-01")))
    #expect(snapshot.members.count == 3)
    #expect(!snapshot.currentMembers.contains { $0.name == "Sam Okafor" })
    let gone = try snapshot.removeMember("margaret  ELLIS", on: day("2024-04-01"))
    #expect(gone.leftOn == nil)
    #expect(snapshot.members.count == 2)
  }
}
