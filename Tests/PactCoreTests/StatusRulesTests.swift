import PactTestSupport
import Testing

@testable import PactCore

/// Each RAG rule and each status warning, pinned at its boundary.
@Suite struct StatusRulesTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0) ?? .first
  }

  private static let today = day("2024-06-01")
  private static let lastMeeting: Meeting = {
    var meeting = Meeting(id: "2024-05-14", status: .held)
    meeting.present = []
    return meeting
  }()

  private func action(
    due: String? = nil, status: ActionStatus = .open, agreedAt: String? = "2024-03-12",
    agreedOn: String = "2024-03-12", updates: [String] = []
  ) -> Action {
    var action = Action(
      id: "A2222222", title: "Speed watch", lead: "police", agreedOn: Self.day(agreedOn))
    action.due = due.map(Self.day)
    action.status = status
    action.agreedAt = agreedAt
    action.updates = updates.map { ActionUpdate(on: Self.day($0), note: "news") }
    return action
  }

  private func rate(_ action: Action) -> ActionRating {
    ActionRating(action, today: Self.today, lastHeld: Self.lastMeeting)
  }

  @Test(arguments: [
    ("2024-05-31", RAG.red, [RAGReason.overdue]),
    ("2024-06-01", .amber, [.dueSoon]),
    ("2024-06-15", .amber, [.dueSoon]),
    ("2024-06-16", .green, []),
  ])
  func dueDates(due: String, rag: RAG, reasons: [RAGReason]) {
    let rating = rate(action(due: due, updates: ["2024-05-20"]))
    #expect(rating.rag == rag)
    #expect(rating.reasons == reasons)
  }

  @Test func blockedIsRedWhateverTheDueDate() {
    let rating = rate(action(due: "2024-09-01", status: .blocked, updates: ["2024-05-20"]))
    #expect(rating.rag == .red)
    #expect(rating.reasons == [.blocked])
  }

  @Test func aNoteOnTheDayOfTheLastMeetingIsStale() {
    #expect(rate(action(due: "2024-09-01", updates: ["2024-05-14"])).reasons == [.stale])
    #expect(rate(action(due: "2024-09-01", updates: ["2024-05-14"])).rag == .amber)
    #expect(rate(action(due: "2024-09-01", updates: ["2024-05-15"])).rag == .green)
  }

  @Test func anActionAgreedAtTheLastMeetingCountsItAsItsUpdate() {
    let agreedThere = action(due: "2024-09-01", agreedAt: "2024-05-14", agreedOn: "2024-05-14")
    #expect(rate(agreedThere).rag == .green)
    let agreedSince = action(due: "2024-09-01", agreedAt: nil, agreedOn: "2024-05-20")
    #expect(rate(agreedSince).rag == .green)
    let agreedBefore = action(due: "2024-09-01", agreedAt: "2024-03-12")
    #expect(rate(agreedBefore).reasons == [.stale])
  }

  @Test func withNoHeldMeetingNothingIsStale() {
    let rating = ActionRating(action(due: "2024-09-01"), today: Self.today, lastHeld: nil)
    #expect(rating.rag == .green)
  }

  @Test func reasonsAccumulate() {
    let rating = rate(action(due: "2024-05-01", status: .blocked))
    #expect(rating.reasons == [.overdue, .blocked, .stale])
    #expect(rating.rag == .red)
  }

  // MARK: Warnings

  private func panel(
    lastMeeting: String? = "2024-05-14", nextMeeting: String? = "2024-07-09",
    cadenceWeeks: Int = 8
  ) throws -> PanelRecords {
    var snapshot = try PanelRecords.new(
      name: "Test", areas: [], partnership: nil, policeForce: nil, today: Self.day("2024-01-01"))
    var generator = SplitMix64(seed: 11)
    let chair = try snapshot.addMember(
      MemberDraft(name: "Chair"), on: Self.day("2024-01-01"), using: &generator)
    let secretary = try snapshot.addMember(
      MemberDraft(name: "Secretary", agency: "police"), on: Self.day("2024-01-01"),
      using: &generator)
    snapshot.panel.roles = [.chair: chair.id, .secretary: secretary.id]
    snapshot.panel.status = .active
    snapshot.panel.cadenceWeeks = cadenceWeeks
    if let lastMeeting {
      snapshot.meetings.append(Meeting(id: lastMeeting, status: .held))
    }
    if let nextMeeting {
      snapshot.meetings.append(Meeting(id: nextMeeting, status: .scheduled))
    }
    return snapshot
  }

  private func codes(_ snapshot: PanelRecords, on day: String = "2024-06-01") -> [String] {
    StatusReport(snapshot, asOf: Self.day(day)).warnings.map(\.code.rawValue)
  }

  @Test func aWellRunPanelHasNoWarnings() throws {
    #expect(codes(try panel()) == [])
  }

  @Test func missingRolesAndEndorsement() throws {
    var snapshot = try panel()
    snapshot.panel.roles = [:]
    snapshot.panel.status = .proposed
    #expect(codes(snapshot) == ["no-chair", "no-secretary", "not-endorsed"])
  }

  @Test func aMeetingIsOverdueOnlyPastTheCadence() throws {
    // 2024-05-14 + 8 weeks = 2024-07-09: on that day still within the cadence.
    #expect(!codes(try panel(), on: "2024-07-09").contains("meeting-overdue"))
    #expect(codes(try panel(), on: "2024-07-10").contains("meeting-overdue"))
    #expect(codes(try panel(lastMeeting: nil)).contains("meeting-overdue"))
  }

  @Test func noNextMeeting() throws {
    #expect(codes(try panel(nextMeeting: nil)) == ["no-next-meeting"])
  }

  @Test func prioritiesMissingOnlyWhileIssuesWait() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 12)
    try snapshot.addPriority(PriorityDraft(title: "Speeding"), today: Self.today, using: &generator)
    try snapshot.addAction(
      {
        var draft = ActionDraft(title: "Speed watch", lead: "police")
        draft.priority = "1"
        return draft
      }(), today: Self.today, using: &generator)
    #expect(codes(snapshot) == [])
    try snapshot.raiseIssue(
      "Litter", category: nil, on: Self.today, source: nil, using: &generator)
    #expect(codes(snapshot) == ["priorities-missing"])
  }

  @Test func aPriorityWithNoOpenAction() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 13)
    try snapshot.addPriority(PriorityDraft(title: "Speeding"), today: Self.today, using: &generator)
    #expect(codes(snapshot) == ["priority-without-action"])
  }

  @Test func anOpenActionLedByAnAgencyWithNoMember() throws {
    var snapshot = try panel()
    var generator = SplitMix64(seed: 14)
    try snapshot.addAction(
      ActionDraft(title: "Speed survey", lead: "highways"), today: Self.today, using: &generator)
    #expect(codes(snapshot) == ["unrepresented-lead"])
    // One led by an agency with a member adds no warning of its own.
    try snapshot.addAction(
      ActionDraft(title: "Patrols", lead: "police"), today: Self.today, using: &generator)
    #expect(codes(snapshot) == ["unrepresented-lead"])
  }

  @Test func longRunningFromTheFourthMeeting() throws {
    var snapshot = try panel(lastMeeting: nil)
    var generator = SplitMix64(seed: 15)
    for date in ["2024-01-09", "2024-03-05", "2024-04-30"] {
      snapshot.meetings.append(Meeting(id: date, status: .held))
    }
    var draft = PriorityDraft(title: "Speeding")
    draft.setAt = "2024-01-09"
    try snapshot.addPriority(draft, today: Self.today, using: &generator)
    try snapshot.addAction(
      {
        var action = ActionDraft(title: "Speed watch", lead: "police")
        action.priority = "1"
        action.agreedAt = "2024-04-30"
        return action
      }(), today: Self.today, using: &generator)
    #expect(!codes(snapshot).contains("long-running-priority"))
    snapshot.meetings.append(Meeting(id: "2024-05-28", status: .held))
    #expect(codes(snapshot).contains("long-running-priority"))
  }

  @Test func anIssueRaisedAtThreeMeetingsIsARepeat() throws {
    var snapshot = try panel(lastMeeting: nil)
    var generator = SplitMix64(seed: 16)
    for date in ["2024-01-09", "2024-03-05", "2024-04-30"] {
      snapshot.meetings.append(Meeting(id: date, status: .held))
    }
    for title in ["Speeding", "Parking", "Litter"] {
      try snapshot.addPriority(PriorityDraft(title: title), today: Self.today, using: &generator)
    }
    for (index, date) in ["2024-01-09", "2024-03-05"].enumerated() {
      try snapshot.raiseIssue(
        index == 0 ? "Dog fouling" : "dog  fouling!", category: nil, on: Self.day(date),
        source: nil, using: &generator)
    }
    #expect(!codes(snapshot).contains("repeat-issue"))
    try snapshot.raiseIssue(
      "Dog fouling", category: nil, on: Self.day("2024-04-30"), source: nil, using: &generator)
    #expect(codes(snapshot).contains("repeat-issue"))
  }
}
