import PactTestSupport
import Testing

@testable import PactCore

/// The status warnings as typed facts, and their words without any command in them.
@Suite struct StatusWarningTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? Day(year: 2000, month: 1, day: 1) ?? .first
  }

  private static let today = day("2024-06-01")

  /// A panel with a chair and a secretary, endorsed, that met on 14 May and meets again
  /// on 9 July: nothing to warn of.
  private func panel() -> PanelRecords {
    var panel = Panel(name: "Test PACT")
    panel.status = .active
    panel.cadenceWeeks = 8
    panel.roles = [.chair: "MAAAAA2", .secretary: "MBBBBB3"]
    var snapshot = PanelRecords(
      panel: panel,
      members: [
        Member(id: "MAAAAA2", name: "Jo Chair"),
        Member(id: "MBBBBB3", name: "Sam Secretary", agency: "police"),
      ],
      agencies: [Agency(id: "police", name: "Police")])
    snapshot.meetings = [
      Meeting(id: "2024-05-14", status: .held), Meeting(id: "2024-07-09", status: .scheduled),
    ]
    return snapshot
  }

  private func warnings(_ snapshot: PanelRecords) -> [StatusWarning] {
    StatusReport(snapshot, asOf: Self.today).warnings
  }

  @Test func aWellRunPanelHasNoWarnings() {
    #expect(warnings(panel()) == [])
  }

  @Test func aPanelWithNoChairGivesNoChair() {
    var snapshot = panel()
    snapshot.panel.roles[.chair] = nil
    #expect(warnings(snapshot) == [.noChair])
    snapshot.panel.roles[.secretary] = nil
    snapshot.panel.status = .proposed
    #expect(warnings(snapshot) == [.noChair, .noSecretary, .notEndorsed])
    #expect(
      warnings(snapshot).map(\.code.rawValue) == ["no-chair", "no-secretary", "not-endorsed"])
  }

  @Test func anUnmetCriterionCarriesItsNote() {
    var snapshot = panel()
    snapshot.panel.criteria[.secretariat] = CriterionState(met: false)
    snapshot.panel.criteria[.need] = CriterionState(met: false, note: "crime figures due")
    snapshot.panel.criteria[.area] = CriterionState(met: true, note: "map agreed")
    #expect(
      warnings(snapshot) == [
        .criterionUnmet(.need, note: "crime figures due"), .criterionUnmet(.secretariat, note: nil),
      ])
    #expect(warnings(snapshot).first?.code == .criterionUnmet)
  }

  @Test func anOverdueMeetingCarriesItsDayWeeksAndCadence() {
    var snapshot = panel()
    snapshot.meetings = [Meeting(id: "2024-03-01", status: .held)]
    // 1 March to 1 June 2024 is 92 days: 13 whole weeks, past the 8-week cadence.
    #expect(
      warnings(snapshot) == [
        .meetingOverdue(lastHeld: Self.day("2024-03-01"), weeks: 13, cadenceWeeks: 8),
        .noNextMeeting,
      ])
    snapshot.meetings = []
    snapshot.panel.cadenceWeeks = nil
    #expect(
      warnings(snapshot) == [
        .meetingOverdue(lastHeld: nil, weeks: 0, cadenceWeeks: 12), .noNextMeeting,
      ])
  }

  @Test func aLeadWithNoMemberOnThePanelIsNamedWithItsActions() {
    var snapshot = panel()
    snapshot.agencies.append(Agency(id: "highways", name: "KCC Highways"))
    snapshot.actions = [
      Action(id: "AAAAAA2", title: "Resurface", lead: "highways", agreedOn: Self.today),
      Action(id: "ABBBBB3", title: "Speed survey", lead: "highways", agreedOn: Self.today),
      Action(id: "ACCCCC4", title: "Patrols", lead: "police", agreedOn: Self.today),
    ]
    #expect(
      warnings(snapshot) == [
        .unrepresentedLead(agency: "highways", name: "KCC Highways", actions: 2)
      ])
  }

  @Test func theWorkWarningsOfAFixtureNameTheirRecords() throws {
    let root = TemporaryDirectory.packageRoot.appendingPathComponent(
      "Fixtures/borough-green-wrotham-platt")
    let snapshot = try PanelStore(root: root, display: ".").records()
    // The same warnings, in the same order, as Golden/borough-green-wrotham-platt/status.json.
    // Only panel meetings count: speeding and parking, set at the November workshop, have
    // been on the list for three; dog fouling, raised at the walkabout and the workshop,
    // at two; drug dealing at four of the five it was raised at.
    #expect(
      warnings(snapshot) == [
        .unrepresentedLead(agency: "highways", name: "Kent County Council Highways", actions: 2),
        .unrepresentedLead(agency: "school", name: "Wrotham School", actions: 1),
        .repeatIssue(
          issue: "I53AAQF", title: "Drug dealing near the station car park", meetings: 4),
      ])
  }

  @Test(arguments: [
    (StatusWarning.noChair, "The panel has no chair."),
    (.notEndorsed, "The CSP has not endorsed the panel yet."),
    (
      .criterionUnmet(.support, note: "survey in May"),
      "Not yet met: there is community support for the panel (survey in May)."
    ),
    (.criterionUnmet(.area, note: nil), "Not yet met: the area covered is clearly defined."),
    (
      .meetingOverdue(lastHeld: day("2024-03-01"), weeks: 13, cadenceWeeks: 8),
      "No meeting for 13 weeks (since 1 March 2024); the panel meets every 8 weeks."
    ),
    (
      .meetingOverdue(lastHeld: nil, weeks: 0, cadenceWeeks: 12),
      "The panel has not held a meeting yet."
    ),
    (.noNextMeeting, "No next meeting is scheduled."),
    (
      .prioritiesMissing(set: 1, waitingIssues: 1),
      "Only 1 of the top three is set while 1 issue waits in the backlog."
    ),
    (
      .priorityWithoutAction(priority: "PAAAAA2", rank: nil, title: "Speeding"),
      "Priority - \"Speeding\" has no open action."
    ),
    (
      .unrepresentedLead(agency: "youth", name: "youth club", actions: 1),
      "youth club leads 1 open action but has no member on the panel: the chair should discuss "
        + "it with the agency."
    ),
  ])
  func eachWarningIsASentenceOfFacts(warning: StatusWarning, expected: String) {
    #expect(warning.message == expected)
  }

  @Test func adviceFollowsTheFactsAfterAColon() {
    #expect(
      StatusWarning.noChair.message(advice: "choose one") == "The panel has no chair: choose one.")
    #expect(StatusWarning.noNextMeeting.message(advice: nil) == "No next meeting is scheduled.")
  }

  @Test func theBriefingNamesNoCommandOrFlag() throws {
    var snapshot = panel()
    snapshot.panel.roles = [:]
    snapshot.panel.status = .proposed
    snapshot.panel.criteria[.need] = CriterionState(met: false, note: "data due")
    snapshot.meetings = []
    snapshot.issues = [Issue(id: "IAAAAA2", title: "Litter")]
    let report = StatusReport(snapshot, asOf: Self.today)
    #expect(report.warnings.count == 7)
    let text = report.text(width: 80)
    #expect(text.contains("  No priorities set.\n"))
    #expect(text.contains("! The panel has no chair.\n"))
    let json = JSONWriter.prettyString(report.json)
    for output in [text, json] {
      #expect(!output.contains("pact "), "\(output)")
      #expect(!output.contains("--"), "\(output)")
    }
  }

  @Test func theFrontEndsAdviceIsPrintedWhereItIsGiven() {
    var snapshot = panel()
    snapshot.panel.roles[.chair] = nil
    let advice = StatusAdvice(
      warning: { $0 == .noChair ? "ask the members" : nil }, noPriorities: "add one")
    let report = StatusReport(snapshot, asOf: Self.today)
    let text = report.text(width: 80, advice: advice)
    #expect(text.contains("  No priorities set: add one\n"))
    #expect(text.contains("! The panel has no chair: ask the members.\n"))
    let warning = report.json(advice: advice)["warnings"]?.arrayValue?.first?["message"]
    #expect(warning == .string("The panel has no chair: ask the members."))
  }
}
