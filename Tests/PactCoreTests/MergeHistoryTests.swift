import Testing

@testable import PactCore

/// What a merge of two copies keeps and shows: the value it did not choose, in an action's
/// history; and what it puts right panel-wide, one deterministic way.
@Suite struct MergeHistoryTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? .first
  }

  @Test func actionShowSaysWhatTheOtherCopyHad() {
    var action = Action(
      id: "AZ9F6H5", title: "Speed watch sessions", lead: "police", agreedOn: Self.day("2024-03-12")
    )
    var merged = ActionUpdate(on: Self.day("2024-03-20"))
    merged.unknownFields["mergedOut"] = ["field": "title", "value": "Speed watch (A25)"]
    action.updates = [merged]
    var snapshot = PanelRecords(
      panel: Panel(name: "Platt PACT"), agencies: [Agency(id: "police", name: "Police")])
    snapshot.actions = [action]
    let text = ActionDetail(snapshot, action: action).text(width: 100, nextStep: { _ in nil })
    #expect(
      text.contains(
        "20/03/24  When two copies were merged, the other had title “Speed watch (A25)”.")
    )
  }

  /// Four active priorities (two copies each promoted one): the top three by the ranking
  /// rule stay, ranked 1 to 3; the fourth is set aside, its issue back in the backlog.
  @Test func aFourthActivePriorityIsSetAside() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    let set = Self.day("2024-03-12")
    var issue = Issue(id: "IQ2", title: "Parking", raisings: [Raising(on: set)])
    issue.status = .promoted
    issue.priority = "PD4"
    snapshot.issues = [issue]
    var fourth = Priority(id: "PD4", title: "Parking", setOn: Self.day("2024-05-14"), rank: 3)
    fourth.fromIssue = "IQ2"
    snapshot.priorities = [
      Priority(id: "PA1", title: "Speeding", setOn: set, rank: 1),
      Priority(id: "PB2", title: "Dogs", setOn: set, rank: 2),
      Priority(id: "PC3", title: "Litter", setOn: set, rank: 3),
      fourth,
    ]
    let settled = snapshot.settleMerge()
    #expect(settled == [.prioritySetAside(id: "PD4", title: "Parking")])
    let active = snapshot.priorities.filter(\.isActive)
    #expect(active.map(\.id) == ["PA1", "PB2", "PC3"])
    #expect(active.map(\.rank) == [1, 2, 3])
    let aside = snapshot.priorities.first { $0.id == "PD4" }
    #expect(aside?.status == .closed)
    #expect(aside?.rank == nil)
    #expect(aside?.closedOn == Self.day("2024-05-14"))
    #expect(aside?.setAside == true)
    #expect(snapshot.issues.first?.status == .open)
    #expect(snapshot.issues.first?.priority == nil)
  }

  @Test func aMemberBothPresentAndSendingApologiesIsPresent() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    var meeting = Meeting(id: "2024-03-12", status: .held)
    meeting.present = ["M1", "M2"]
    meeting.apologies = ["M2", "M3"]
    snapshot.meetings = [meeting]
    #expect(snapshot.settleMerge() == [.apologiesDropped(meeting: "2024-03-12", member: "M2")])
    #expect(snapshot.meetings.first?.apologies == ["M3"])
  }

  /// One copy merged issue IB2 into IA1 (the priority now comes from IA1); the other raised
  /// IB2 again, so the merge kept it, still naming the priority. It is merged again.
  @Test func anIssueMergedInOneCopyAndRaisedInTheOtherIsMergedAgain() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    var survivor = Issue(
      id: "IA1", title: "Speeding on the A25", raisings: [Raising(on: Self.day("2024-03-12"))])
    survivor.status = .promoted
    survivor.priority = "PS1"
    var stray = Issue(
      id: "IB2", title: "Speeding, A25",
      raisings: [Raising(on: Self.day("2024-02-10")), Raising(on: Self.day("2024-04-09"))])
    stray.status = .promoted
    stray.priority = "PS1"
    snapshot.issues = [survivor, stray]
    var priority = Priority(
      id: "PS1", title: "Speeding", setOn: Self.day("2024-03-12"), rank: 1)
    priority.fromIssue = "IA1"
    snapshot.priorities = [priority]
    #expect(snapshot.settleMerge() == [.issueMerged(id: "IB2", into: "IA1")])
    #expect(snapshot.issues.map(\.id) == ["IA1"])
    #expect(
      snapshot.issues.first?.raisings.map(\.on.description)
        == ["2024-02-10", "2024-03-12", "2024-04-09"])
    #expect(snapshot.issues.first?.priority == "PS1")
    #expect(snapshot.issues.first?.status == .promoted)
  }

  /// One copy merged issue IB2 into IA1; the other raised IB2 again, so the merge kept it.
  /// No priority is involved: IA1's `mergedFrom` says where it belongs, and the raising
  /// both hold is counted once.
  @Test func anIssueMergedAwayAndRaisedAgainElsewhereIsMergedAgainByItsSurvivor() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    let june = Raising(on: Self.day("2024-06-11"), meeting: "2024-06-11")
    var survivor = Issue(
      id: "IA1", title: "Parking outside St Michael's school",
      raisings: [Raising(on: Self.day("2024-05-14")), june])
    survivor.mergedFrom = ["IB2"]
    let stray = Issue(
      id: "IB2", title: "Parking on St Michaels Road",
      raisings: [june, Raising(on: Self.day("2024-06-20"))])
    snapshot.issues = [survivor, stray]
    #expect(snapshot.settleMerge() == [.issueMerged(id: "IB2", into: "IA1")])
    #expect(snapshot.issues.map(\.id) == ["IA1"])
    #expect(
      snapshot.issues.first?.raisings.map(\.on.description)
        == ["2024-05-14", "2024-06-11", "2024-06-20"])
    #expect(snapshot.issues.first?.mergedFrom == ["IB2"])
  }

  /// Each copy merged the other way round: the issue first by id goes into the other, the
  /// same in every copy.
  @Test func twoIssuesMergedIntoEachOtherEndAsOne() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    var first = Issue(
      id: "IA1", title: "Tootell St.", raisings: [Raising(on: Self.day("2024-05-14"))])
    first.mergedFrom = ["IB2"]
    var second = Issue(
      id: "IB2", title: "Tootell Street", raisings: [Raising(on: Self.day("2024-06-11"))])
    second.mergedFrom = ["IA1"]
    snapshot.issues = [first, second]
    #expect(snapshot.settleMerge() == [.issueMerged(id: "IA1", into: "IB2")])
    #expect(snapshot.issues.map(\.id) == ["IB2"])
    #expect(snapshot.issues.first?.raisings.count == 2)
  }

  /// A priority set aside by a merge was not closed by the panel: the newsletter and the
  /// minutes do not report it closed, as they do one the panel achieved.
  @Test func aPrioritySetAsideIsNotPublishedAsClosed() {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    snapshot.meetings = [
      Meeting(id: "2024-03-12", status: .held), Meeting(id: "2024-05-14", status: .held),
    ]
    var achieved = Priority(id: "PA1", title: "Litter on the rec", setOn: Self.day("2024-03-12"))
    achieved.status = .achieved
    achieved.closedOn = Self.day("2024-05-14")
    var aside = Priority(id: "PB2", title: "Parking at the school", setOn: Self.day("2024-03-12"))
    aside.status = .closed
    aside.closedOn = Self.day("2024-05-14")
    aside.setAside = true
    snapshot.priorities = [achieved, aside]
    let meeting = snapshot.meetings[1]
    let newsletter = NewsletterDocument(snapshot, meeting: meeting, today: Self.day("2024-05-15"))
      .markdown
    #expect(newsletter.contains("Priority achieved: **Litter on the rec**"))
    #expect(!newsletter.contains("Parking at the school"))
    let minutes = MinutesDocument(PublicRecord(snapshot).records, meeting: meeting).markdown
    #expect(minutes.contains("- Priority achieved: Litter on the rec\n"))
    #expect(!minutes.contains("closed without being achieved"))
  }
}
