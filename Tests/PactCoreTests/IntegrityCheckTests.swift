import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// The rules of `pact check`, on panels built in memory.
@Suite struct IntegrityCheckTests {
  let today = Day(year: 2024, month: 6, day: 1) ?? Day.first

  /// A panel with a chair, a secretary, one agency, two members, a held and a scheduled
  /// meeting: nothing for `pact check` to say.
  func cleanPanel() -> PanelRecords {
    var panel = Panel(name: "Test PACT")
    panel.status = .active
    panel.roles = [.chair: "MAAAAA2", .secretary: "MBBBBB3"]
    var snapshot = PanelRecords(
      panel: panel,
      members: [
        Member(id: "MAAAAA2", name: "Jo Chair"),
        Member(id: "MBBBBB3", name: "Sam Secretary", agency: "police"),
      ],
      agencies: [Agency(id: "police", name: "Police")])
    var held = Meeting(id: "2024-05-14", status: .held)
    held.present = ["MAAAAA2", "MBBBBB3"]
    snapshot.meetings = [held, Meeting(id: "2024-07-09", status: .scheduled)]
    return snapshot
  }

  func codes(_ snapshot: PanelRecords) -> [String] {
    IntegrityCheck(snapshot, today: today).errors.map(\.code)
  }

  @Test func aCleanPanelHasNothingToSay() {
    let check = IntegrityCheck(cleanPanel(), today: today)
    #expect(check.errors.isEmpty)
    #expect(check.warnings.isEmpty)
    #expect(check.text.isEmpty)
    #expect(check.passes(strict: true))
  }

  @Test(arguments: ["borough-green-wrotham-platt", "medway-gillingham-north"])
  func fixturesHaveNoIntegrityErrors(fixture: String) throws {
    let root = TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(fixture)")
    let check = try IntegrityCheck(store: PanelStore(root: root, display: "."), today: today)
    #expect(check.errors.isEmpty, "\(check.text)")
    #expect(!check.hasUnreadableFiles)
  }

  @Test func referencesToMissingRecordsAreErrors() {
    var snapshot = cleanPanel()
    snapshot.panel.roles[.viceChair] = "MCCCCC4"
    snapshot.members[1].agency = "polise"
    var action = Action(id: "AAAAAA2", title: "Speed watch", lead: "highwys", agreedOn: today)
    action.priority = "PZZZZZ2"
    action.agreedAt = "2024-05-15"
    snapshot.actions = [action]
    snapshot.agencies.append(Agency(id: "highways", name: "Highways"))
    let check = IntegrityCheck(snapshot, today: today)
    let found = check.errors.map { "\($0.file) \($0.field ?? "-") \($0.code)" }
    #expect(
      found.sorted() == [
        "actions/AAAAAA2.json agreedAt unknown-meeting",
        "actions/AAAAAA2.json lead unknown-agency",
        "actions/AAAAAA2.json priority unknown-priority",
        "members/MBBBBB3.json agency unknown-agency",
        "panel.json roles.viceChair unknown-member",
      ])
    let lead = check.errors.first { $0.field == "lead" }
    #expect(lead?.message == "no agency \"highwys\" (did you mean \"highways\"?)")
    #expect(
      check.errors.first { $0.field == "roles.viceChair" }?.problem
        == .unknownMember("MCCCCC4", suggestions: [], namedIn: .role(.viceChair)))
  }

  @Test func theTopThreeIsCheckedForCountAndRanks() {
    var snapshot = cleanPanel()
    snapshot.priorities = [
      Priority(id: "PAAAAA2", title: "One", setOn: today, rank: 1),
      Priority(id: "PBBBBB3", title: "Two", setOn: today, rank: 2),
      Priority(id: "PCCCCC4", title: "Also two", setOn: today, rank: 2),
      Priority(id: "PDDDDD5", title: "Unranked", setOn: today),
    ]
    var closed = Priority(id: "PEEEEE6", title: "Old", setOn: today, rank: 3)
    closed.status = .achieved
    closed.closedOn = today.adding(days: -1)
    snapshot.priorities.append(closed)
    let found = IntegrityCheck(snapshot, today: today).errors.map {
      "\($0.file) \($0.field ?? "-") \($0.code)"
    }
    #expect(
      found == [
        "priorities/PCCCCC4.json rank duplicate-rank",
        "priorities/PDDDDD5.json rank missing-rank",
        "priorities/PDDDDD5.json status too-many-priorities",
        "priorities/closed/PEEEEE6.json closedOn date-order",
      ])
  }

  @Test func outcomesDatesAndAttendanceAreChecked() {
    var snapshot = cleanPanel()
    var action = Action(id: "AAAAAA2", title: "Done", lead: "police", agreedOn: today)
    action.status = .done
    action.outcome = "  "
    action.completedOn = today.adding(days: -3)
    snapshot.actions = [action]
    snapshot.members[0].joinedOn = today
    snapshot.members[0].leftOn = today.adding(days: -1)
    snapshot.meetings[0].apologies = ["MBBBBB3"]
    snapshot.meetings[1].status = .held
    #expect(
      codes(snapshot) == [
        "missing-outcome", "date-order", "present-and-apologies", "future-meeting", "date-order",
      ])
  }

  @Test func anIssuePromotedToAnotherIssuesPriorityIsAMismatch() {
    var snapshot = cleanPanel()
    var priority = Priority(id: "PAAAAA2", title: "Speeding", setOn: today, rank: 1)
    priority.fromIssue = "IAAAAA2"
    snapshot.priorities = [priority]
    var first = Issue(id: "IAAAAA2", title: "Speeding")
    first.priority = "PAAAAA2"
    var second = Issue(id: "IBBBBB3", title: "Parking")
    second.priority = "PAAAAA2"
    second.raisings = [Raising(on: today, meeting: "2024-05-13")]
    snapshot.issues = [first, second]
    let errors = IntegrityCheck(snapshot, today: today).errors
    #expect(errors.map(\.code) == ["priority-mismatch", "unknown-meeting"])
    #expect(errors.allSatisfy { $0.file == "issues/IBBBBB3.json" })
  }

  @Test func setUpGapsAreWarningsInPanelJSON() {
    var snapshot = cleanPanel()
    snapshot.panel.roles = [:]
    snapshot.panel.status = .proposed
    snapshot.panel.criteria[.support] = CriterionState(met: false, note: "a survey is planned")
    snapshot.meetings = []
    let check = IntegrityCheck(snapshot, today: today)
    #expect(check.errors.isEmpty)
    #expect(
      check.warnings.map(\.code) == [
        "no-chair", "no-secretary", "not-endorsed", "criterion-unmet", "meeting-overdue",
        "no-next-meeting",
      ])
    #expect(check.passes(strict: false))
    #expect(!check.passes(strict: true))
    let criterion = check.warnings[3]
    #expect(criterion.field == "criteria.support.met")
    #expect(criterion.message.hasPrefix("not yet met: there is community support"))
    #expect(criterion.problem == .setUp(.criterionUnmet(.support, note: "a survey is planned")))
    #expect(check.warnings[0].line() == "panel.json: roles.chair: the panel has no chair")
  }

  @Test func aFindingIsAlwaysOneLine() {
    let finding = CheckFinding(
      file: "actions/A.json", field: "lead",
      problem: .invalidField(detail: "no agency \"x\ny\"\r\u{0}"))
    let line = finding.line(advice: FindingAdvice(fix: { _ in "edit\nit" }))
    #expect(!line.contains("\n"))
    #expect(!line.contains("\r"))
    #expect(line.hasPrefix("actions/A.json: lead: no agency"))
    #expect(line.hasSuffix("; edit it"))
    #expect(CheckProblem.quoted("a\nb") == "\"a\\nb\"")
    #expect(CheckProblem.quoted(String(repeating: "x", count: 50)).count == 43)
  }

  @Test func mergeConflictMarkersAreFoundAtTheStartOfALine() {
    func line(_ text: String) -> Int? { MergeConflictMarkers.firstLine(in: Data(text.utf8)) }
    #expect(line("{\n<<<<<<< HEAD\n  \"a\": 1\n=======\n  \"a\": 2\n>>>>>>> b\n}\n") == 2)
    #expect(line("{\r\n=======\r\n>>>>>>> theirs\r\n") == 2)
    #expect(line("{\n  \"a\": \"<<<<<<< HEAD\"\n}\n") == nil)
    #expect(line("=======\n") == nil, "a lone separator is not a conflict")
    // git lengthens the markers where it must tell conflicts apart (rename/rename).
    #expect(line("{\n<<<<<<<< HEAD:actions/A1.json\n=========\n>>>>>>>> b:actions/A2.json\n") == 2)
    #expect(line("<<<<<<<<<<<\n") == 1)
    #expect(line("<<<<<< six\n") == nil)
    #expect(line("<<<<<<<<eight\n") == nil)
    #expect(line("") == nil)
  }

  @Test func loaderDiagnosticsBecomeFindingsWithCodes() {
    let error = DataFileError.invalid([
      DataFileDiagnostic(file: "a.json", message: "an unresolved git merge conflict (x)"),
      DataFileDiagnostic(file: "b.json", message: "not valid JSON: line 1"),
      DataFileDiagnostic(file: "c.json", field: "name", message: "must not be empty"),
      DataFileDiagnostic(file: "meetings/x.json", field: "(file name)", message: "bad"),
      DataFileDiagnostic(file: "d.json", message: "a folder, where a record file should be"),
    ])
    let findings = IntegrityCheck.findings(for: error)
    #expect(
      findings.map(\.code)
        == ["merge-conflict", "invalid-json", "invalid-field", "bad-file-name", "not-a-record"])
    #expect(findings[3].problem == .badFileName(detail: "bad", kind: .meeting))
    let newer = IntegrityCheck.findings(
      for: .newerSchema(file: "panel.json", found: 9, supported: 1))
    #expect(newer.map(\.code) == ["newer-schema"])
    #expect(newer.first?.message.hasPrefix("the panel uses storage schema 9") == true)
  }

  @Test func theSetUpWarningsAreTheBriefingsFirst() {
    var snapshot = cleanPanel()
    snapshot.panel.status = .proposed
    snapshot.panel.criteria[.need] = CriterionState(met: false, note: "figures due")
    snapshot.actions = [Action(id: "AAAAAA2", title: "Survey", lead: "highways", agreedOn: today)]
    snapshot.agencies.append(Agency(id: "highways", name: "Highways"))
    let warnings = IntegrityCheck(snapshot, today: today).warnings
    #expect(warnings.map(\.file) == ["panel.json", "panel.json"])
    #expect(warnings.map(\.field) == ["status", "criteria.need.met"])
    #expect(
      warnings.map(\.message) == [
        "the CSP has not endorsed the panel yet",
        "not yet met: need in the area, shown by crime, ASB and other data and community "
          + "feedback (figures due)",
      ])
  }

  @Test func idsAreJudgedByTheirKind() {
    #expect(FolderScan.hasExpectedShape("A7K3MQ2", kind: .action))
    #expect(FolderScan.hasExpectedShape("A12", kind: .action))
    #expect(!FolderScan.hasExpectedShape("a7k3mq2", kind: .action))
    #expect(!FolderScan.hasExpectedShape("M7K3MQ2", kind: .action))
    #expect(!FolderScan.hasExpectedShape("A", kind: .action))
    #expect(FolderScan.hasExpectedShape("police", kind: .agency))
    #expect(!FolderScan.hasExpectedShape("Police", kind: .agency))
    #expect(FolderScan.hasExpectedShape("anything", kind: .meeting))
  }
}
