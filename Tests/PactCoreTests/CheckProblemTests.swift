import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// `pact check`'s findings as typed problems, and their words without any command in them.
@Suite struct CheckProblemTests {
  let today = Day(year: 2024, month: 6, day: 1) ?? Day.first

  private func day(_ text: String) -> Day { Day(text) ?? Day.first }

  /// A panel with nothing wrong: a chair and a secretary, one agency, a held and a
  /// scheduled meeting.
  private func panel() -> PanelRecords {
    var panel = Panel(name: "Test PACT")
    panel.status = .active
    panel.roles = [.chair: "MAAAAA2", .secretary: "MBBBBB3"]
    var snapshot = PanelRecords(
      panel: panel,
      members: [
        Member(id: "MAAAAA2", name: "Jo Chair"),
        Member(id: "MBBBBB3", name: "Sam Secretary", agency: "police"),
      ],
      agencies: [Agency(id: "police", name: "Police"), Agency(id: "highways", name: "Highways")])
    snapshot.meetings = [
      Meeting(id: "2024-05-14", status: .held), Meeting(id: "2024-07-09", status: .scheduled),
    ]
    return snapshot
  }

  private func problems(_ snapshot: PanelRecords, field: String) -> [CheckProblem] {
    IntegrityCheck(snapshot, today: today).errors.filter { $0.field == field }.map(\.problem)
  }

  @Test func anUnknownAgencyCarriesItsIDAndSuggestions() {
    var snapshot = panel()
    snapshot.actions = [Action(id: "AAAAAA2", title: "Survey", lead: "highwys", agreedOn: today)]
    snapshot.members[1].agency = "polise"
    let errors = IntegrityCheck(snapshot, today: today).errors
    #expect(
      errors.map(\.problem) == [
        .unknownAgency("highwys", suggestions: [.init(id: "highways")], namedBy: .action),
        .unknownAgency("polise", suggestions: [.init(id: "police")], namedBy: .member),
      ])
    #expect(errors.map(\.code) == ["unknown-agency", "unknown-agency"])
    #expect(errors.map(\.file) == ["actions/AAAAAA2.json", "members/MBBBBB3.json"])
    #expect(errors.first?.message == "no agency \"highwys\" (did you mean \"highways\"?)")
  }

  @Test func anUnknownMemberCarriesWhereItIsNamedAndTheClosestMember() {
    var snapshot = panel()
    snapshot.panel.roles[.chair] = "MAAAAA3"
    snapshot.meetings[0].present = ["MAAAAA2", "MZZZZZ9"]
    snapshot.meetings[0].apologies = ["MAAAAA2"]
    #expect(
      problems(snapshot, field: "roles.chair") == [
        .unknownMember(
          "MAAAAA3", suggestions: [.init(id: "MAAAAA2", name: "Jo Chair")], namedIn: .role(.chair))
      ])
    #expect(
      problems(snapshot, field: "present[1]") == [
        .unknownMember("MZZZZZ9", suggestions: [], namedIn: .present(meeting: "2024-05-14"))
      ])
    #expect(
      problems(snapshot, field: "apologies[0]") == [
        .presentAndApologies(meeting: "2024-05-14", member: "MAAAAA2", name: "Jo Chair")
      ])
    let chair = IntegrityCheck(snapshot, today: today).errors.first { $0.field == "roles.chair" }
    #expect(chair?.message == "no member \"MAAAAA3\" (did you mean \"MAAAAA2\", Jo Chair?)")
  }

  @Test func aDoneActionWhoseOutcomeIsOnlySpacesHasNone() {
    var snapshot = panel()
    snapshot.actions = ["", " \t\n", "\u{00A0}", "Done.", "  Lights fixed  ", nil].enumerated()
      .map { index, outcome in
        var action = Action(
          id: "AAAAAA\(index + 2)", title: "Survey", lead: "police", agreedOn: today)
        action.status = .done
        action.outcome = outcome
        return action
      }
    #expect(
      problems(snapshot, field: "outcome") == [
        .missingOutcome(action: "AAAAAA2"), .missingOutcome(action: "AAAAAA3"),
        .missingOutcome(action: "AAAAAA4"), .missingOutcome(action: "AAAAAA7"),
      ])
  }

  @Test func eachReferenceOfAnActionIsCheckedOnItsOwn() {
    var snapshot = panel()
    var priorityOnly = Action(id: "AAAAAA2", title: "Survey", lead: "police", agreedOn: today)
    priorityOnly.priority = "PZZZZZ9"
    var meetingOnly = Action(id: "AAAAAA3", title: "Patrol", lead: "police", agreedOn: today)
    meetingOnly.agreedAt = "2024-05-15"
    let fine = Action(id: "AAAAAA4", title: "Leaflets", lead: "highways", agreedOn: today)
    snapshot.actions = [priorityOnly, meetingOnly, fine]
    let errors = IntegrityCheck(snapshot, today: today).errors
    #expect(errors.map(\.field) == ["priority", "agreedAt"])
    #expect(errors.map(\.file) == ["actions/AAAAAA2.json", "actions/AAAAAA3.json"])
  }

  @Test func aRecordsOwnValuesAreCheckedAsFacts() {
    var snapshot = panel()
    snapshot.priorities = [
      Priority(id: "PAAAAA2", title: "Speeding", setOn: today, rank: 1),
      Priority(id: "PBBBBB3", title: "Parking", setOn: today, rank: 1),
      Priority(id: "PCCCCC4", title: "Litter", setOn: today, rank: 2),
      Priority(id: "PDDDDD5", title: "Graffiti", setOn: today, rank: 3),
    ]
    var action = Action(id: "AAAAAA2", title: "Speed watch", lead: "police", agreedOn: today)
    action.status = .done
    action.completedOn = day("2024-05-01")
    snapshot.actions = [action]
    snapshot.meetings[1].status = .held
    let problems = IntegrityCheck(snapshot, today: today).errors.map(\.problem)
    #expect(
      problems == [
        .missingOutcome(action: "AAAAAA2"),
        .completedBeforeAgreed(completed: day("2024-05-01"), agreed: today),
        .futureMeeting(held: day("2024-07-09"), today: today),
        .duplicateRank(priority: "PBBBBB3", rank: 1, heldBy: "PAAAAA2", title: "Speeding"),
        .tooManyPriorities(priority: "PDDDDD5", active: 4),
      ])
    #expect(
      problems.map(\.code) == [
        "missing-outcome", "date-order", "future-meeting", "duplicate-rank", "too-many-priorities",
      ])
  }

  @Test func strayFilesInTheRecordsFoldersAreTypedByWhatTheyAre() throws {
    let temporary = try TemporaryDirectory.copyFixture("borough-green-wrotham-platt")
    defer { temporary.remove() }
    let root = temporary.url.appendingPathComponent("borough-green-wrotham-platt")
    try Data("Ring KCC\n".utf8).write(to: root.appendingPathComponent("actions/notes.txt"))
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("actions/old"), withIntermediateDirectories: false)
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("agencies/parish.json"),
      to: root.appendingPathComponent("agencies/Parish.json"))
    let check = try IntegrityCheck(store: PanelStore(root: root, display: "."), today: today)
    #expect(
      check.errors.map(\.problem) == [
        .notARecord(name: "notes.txt", folder: "actions", kind: .action, isFolder: false),
        .notARecord(name: "old", folder: "actions", kind: .action, isFolder: true),
        .badID("Parish", kind: .agency),
        .duplicateID(other: "agencies/Parish.json", kind: .agency, sameCase: false),
      ])
    #expect(
      check.errors.map(\.message) == [
        "not an action file",
        "a folder inside actions/, which holds only action files",
        "\"Parish\" is not an agency id (lower-case letters, digits and single hyphens, such as "
          + "\"police\")",
        "the same id as agencies/Parish.json apart from case; a case-insensitive disk (macOS, "
          + "Windows) keeps only one of them",
      ])
  }

  @Test func withNoAdviceAFindingIsTheFactsAlone() {
    let finding = CheckFinding(
      file: "actions/AAAAAA2.json", field: "lead",
      problem: .unknownAgency("x", suggestions: [], namedBy: .action))
    #expect(finding.line() == "actions/AAAAAA2.json: lead: no agency \"x\"")
    #expect(finding.json()["fix"] == .null)
    #expect(finding.json()["code"] == .string("unknown-agency"))
    let advised = FindingAdvice(fix: { _ in "add it" }, remark: { _ in "as noted" })
    #expect(
      finding.line(advice: advised)
        == "actions/AAAAAA2.json: lead: no agency \"x\" (as noted); add it")
    #expect(finding.json(advice: advised)["message"] == .string("no agency \"x\" (as noted)"))
    #expect(finding.json(advice: advised)["fix"] == .string("add it"))
  }

  /// One problem of every kind, as the rules and the loader make them.
  static let everyKind: [CheckProblem] = [
    .unknownMember("MZ", suggestions: [.init(id: "MA", name: "Al")], namedIn: .role(.viceChair)),
    .unknownMember("MZ", suggestions: [], namedIn: .present(meeting: "2024-05-14")),
    .unknownMember("MZ", suggestions: [], namedIn: .apologies(meeting: "2024-05-14")),
    .unknownAgency("polise", suggestions: [.init(id: "police")], namedBy: .member),
    .unknownAgency("Kent Highways", suggestions: [], namedBy: .action),
    .unknownMeeting("2024-03-13", suggestions: [.init(id: "2024-03-12")]),
    .unknownPriority("PZ"), .unknownIssue("IZ"),
    .priorityMismatch(
      priority: "PA", title: "Speeding", file: "priorities/PA.json", fromIssue: "IB"),
    .presentAndApologies(meeting: "2024-05-14", member: "MA", name: nil),
    .missingRank(priority: "PA"),
    .duplicateRank(priority: "PB", rank: 1, heldBy: "PA", title: "Speeding"),
    .tooManyPriorities(priority: "PD", active: 4), .missingOutcome(action: "AA"),
    .closedBeforeSet(closed: Day.first, set: Day.last),
    .completedBeforeAgreed(completed: Day.first, agreed: Day.last),
    .leftBeforeJoining(left: Day.first, joined: Day.last),
    .futureMeeting(held: Day.last, today: Day.first),
    .notARecord(name: "notes.txt", folder: "issues", kind: .issue, isFolder: false),
    .notARecord(name: "old", folder: "actions/done", kind: .action, isFolder: true),
    .duplicateID(other: "actions/A1.json", kind: .action, sameCase: true),
    .badID("m1", kind: .member), .mergeConflict(detail: "an unresolved git merge conflict"),
    .invalidJSON(detail: "not valid JSON"), .folderAsRecord(detail: "a folder"),
    .badFileName(detail: "not an id", kind: .meeting), .invalidField(detail: "expected a day"),
    .newerSchema(found: 9, supported: 2, detail: "the panel uses storage schema 9"),
    .unsafeFile(.symbolicLink, detail: UnsafeEntry.symbolicLink.message),
    .unsafeFile(.notARegularFile(.namedPipe), detail: "a named pipe"),
    .unsafeFile(.notAFolder(.regular), detail: "a file, where a folder should be"),
    .unsafeFile(.tooLarge(bytes: 5_000_000, limit: 4_194_304), detail: "4.7 MB"),
    .foreignPrivateFolder(detail: "a symbolic link"),
    .interruptedChange(label: "an import", files: ["actions/A1.json"], detail: "changed since"),
    .controlCharacters(first: 0x1B, count: 2),
    .setUp(.noChair), .setUp(.noSecretary), .setUp(.notEndorsed),
    .setUp(.criterionUnmet(.councillors, note: "to ask")),
    .setUp(.meetingOverdue(lastHeld: Day.first, weeks: 20, cadenceWeeks: 12)),
    .setUp(.meetingOverdue(lastHeld: nil, weeks: 0, cadenceWeeks: 12)), .setUp(.noNextMeeting),
  ]

  @Test func everyKindOfProblemHasACode() {
    let codes = Set(Self.everyKind.map(\.code))
    let setUp: [StatusWarning.Code] = [
      .noChair, .noSecretary, .notEndorsed, .criterionUnmet, .meetingOverdue, .noNextMeeting,
    ]
    #expect(codes == Set(CheckCode.allCases.map(\.rawValue) + setUp.map(\.rawValue)))
    #expect(Self.everyKind.filter { $0.checkCode == nil }.count == 7)
  }

  @Test(arguments: everyKind)
  func noMessageNamesACommandOrAFlag(problem: CheckProblem) {
    #expect(!problem.message.isEmpty)
    #expect(!problem.message.contains("pact "), "\(problem.message)")
    #expect(!problem.message.contains("--"), "\(problem.message)")
  }

  @Test func aBrokenPanelsFindingsNameNoCommandOrFlag() throws {
    var snapshot = panel()
    snapshot.panel.roles = [.viceChair: "MZZZZZ9"]
    snapshot.panel.status = .proposed
    snapshot.panel.criteria[.area] = CriterionState(met: false, note: "map due")
    snapshot.meetings = [Meeting(id: "2024-01-09", status: .held)]
    snapshot.meetings[0].present = ["MQQQQQ7"]
    var action = Action(id: "AAAAAA2", title: "Survey", lead: "highwys", agreedOn: today)
    action.status = .done
    action.agreedAt = "2024-01-10"
    action.priority = "PZZZZZ9"
    snapshot.actions = [action]
    let check = IntegrityCheck(snapshot, today: today)
    #expect(check.errors.count == 6)
    #expect(check.warnings.count == 6)
    for output in [check.text, JSONWriter.prettyString(check.json)] {
      #expect(!output.contains("pact "), "\(output)")
      #expect(!output.contains("--"), "\(output)")
    }
  }
}
