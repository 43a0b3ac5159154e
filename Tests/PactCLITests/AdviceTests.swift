import PactCore
import Testing

@testable import PactCLI

/// What the command line adds to PactCore's facts: the commands to run, in one place.
@Suite struct AdviceTests {
  @Test func aStatusWarningEndsWithTheCommandThatDealsWithIt() {
    let advice = WarningAdvice.status
    #expect(
      StatusWarning.noChair.message(advice: advice.warning(.noChair))
        == "The panel has no chair: pact panel set --chair NAME.")
    #expect(
      StatusWarning.notEndorsed.message(advice: advice.warning(.notEndorsed))
        == "The CSP has not endorsed the panel yet: "
        + "pact panel set --status endorsed --endorsed-on DATE.")
    let unmet = StatusWarning.criterionUnmet(.area, note: nil)
    #expect(advice.warning(unmet) == nil)
    #expect(advice.noPriorities == "pact priority add TITLE")
  }

  @Test func aSetUpGapIsPlacedAndToldHowToFillIt() {
    let chair = CheckFinding(file: "panel.json", field: "roles.chair", problem: .setUp(.noChair))
    #expect(
      chair.line(advice: CheckAdvice.findings)
        == "panel.json: roles.chair: the panel has no chair; choose one with pact panel set "
        + "--chair NAME")
    let criterion = CheckFinding(
      file: "panel.json", field: "criteria.support.met",
      problem: .setUp(.criterionUnmet(.support, note: nil)))
    #expect(
      CheckAdvice.fix(for: criterion)
        == "when it is met, pact panel criterion support --met --note EVIDENCE")
  }

  @Test func theFixNamesTheFlagForTheRoleOrList() {
    func fix(_ reference: CheckProblem.MemberReference) -> String {
      CheckAdvice.fix(
        for: CheckFinding(
          file: "f", problem: .unknownMember("MZ", suggestions: [], namedIn: reference)))
    }
    #expect(fix(.role(.viceChair)) == "name one with pact panel set --vice-chair NAME")
    #expect(fix(.present(meeting: "2024-05-14")).contains("update 2024-05-14 --present NAME..."))
    #expect(fix(.apologies(meeting: "2024-05-14")).contains("--apologies NAME..."))
  }

  @Test func anUnknownLeadIsOfferedAsANewAgencyOnlyWhenItsIDIsValid() {
    func fix(_ lead: String) -> String {
      CheckAdvice.fix(
        for: CheckFinding(
          file: "f", problem: .unknownAgency(lead, suggestions: [], namedBy: .action)))
    }
    #expect(fix("highwys").hasSuffix("pact agency add NAME --id highwys"))
    #expect(fix("Kent Highways").hasSuffix("pact agency add NAME --id ID"))
  }

  @Test func aFileNameIsFixedByTheKindItsFolderHolds() {
    func fix(_ kind: RecordKind?) -> String {
      CheckAdvice.fix(for: CheckFinding(file: "f", problem: .badFileName(detail: "x", kind: kind)))
    }
    #expect(fix(.meeting).contains("2024-03-12.json"))
    #expect(fix(.agency).contains("police.json"))
    #expect(fix(.issue) == "rename it to the issue's id, such as I7K3MQ2.json")
    #expect(fix(nil) == "rename it to a valid id")
  }

  @Test func aStrayFileIsRemarkedOnAndAFolderIsNot() {
    let file = CheckFinding(
      file: "actions/notes.txt",
      problem: .notARecord(name: "notes.txt", folder: "actions", kind: .action, isFolder: false))
    #expect(
      file.line(advice: CheckAdvice.findings)
        == "actions/notes.txt: not an action file (pact reads only ID.json files here, so "
        + "ignores it); move it out of the panel, or if it is an action name it ID.json")
    let upper = CheckFinding(
      file: "members/M1.JSON",
      problem: .notARecord(name: "M1.JSON", folder: "members", kind: .member, isFolder: false))
    #expect(
      CheckAdvice.fix(for: upper)
        == "rename it to M1.json if it is a member, else move it out of the panel")
    let folder = CheckFinding(
      file: "actions/old",
      problem: .notARecord(name: "old", folder: "actions", kind: .action, isFolder: true))
    #expect(CheckAdvice.remark(for: folder) == nil)
    #expect(
      folder.json(advice: CheckAdvice.findings)["fix"]
        == .string("move the folder out of the panel"))
  }

  @Test func theSummaryNamesTheCommandToRunAgain() {
    let errors = CheckError.problems(errors: 26, warnings: 2, strict: false)
    #expect(errors.errorDescription == "pact check found 26 errors")
    #expect(errors.recoverySuggestion?.hasSuffix("then run pact check again.") == true)
    let strict = CheckError.problems(errors: 0, warnings: 1, strict: true)
    #expect(strict.errorDescription == "pact check found 1 warning (--strict counts warnings)")
    #expect(CheckError.unreadable(errors: 7).isUnreadable)
    #expect(ErrorReport.exitCode(for: CheckError.unreadable(errors: 7)) == 65)
    #expect(ErrorReport.exitCode(for: errors) == 1)
  }
}
