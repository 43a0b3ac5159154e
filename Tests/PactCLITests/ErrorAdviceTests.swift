import Foundation
import PactCore
import Testing

@testable import PactCLI

/// PactCore's errors say what is wrong; the command line adds what to do, naming its own
/// commands and options, in one place.
@Suite struct ErrorAdviceTests {
  static let day = Day(year: 2024, month: 6, day: 1) ?? Day(date: Date())

  /// One error of each case a change or a read can raise.
  static let errors: [any PactError] = [
    PanelError.duplicateMember(name: "Jo Smith"),
    PanelError.memberHoldsRole(name: "Jo Smith", roles: [.secretary]),
    PanelError.duplicateAgency(id: "police", name: "Kent Police"),
    PanelError.agencyInUse(id: "police", members: ["PC Dunn"], actions: 2),
    PanelError.tooManyMeetings(date: day),
    PanelError.meetingAlreadyHeld(id: "2024-06-01"),
    PanelError.meetingAlreadyScheduled(id: "2024-06-01"),
    PanelError.meetingNotYetHeld(id: "2024-06-01", date: day, field: .present),
    PanelError.presentAndApologies(name: "Jo Smith"),
    PanelError.topThreeFull(titles: ["A", "B", "C"]),
    PanelError.issueAlreadyPromoted(title: "Speeding"),
    PanelError.priorityClosed(title: "Speeding", status: .achieved),
    PanelError.doneNeedsOutcome(id: "A7K3MQ2"),
    PanelError.actionAlreadyDone(id: "A7K3MQ2"),
    PanelError.nothingChanged(id: "A7K3MQ2"),
    InvalidValueError(field: .email, value: "jo", expected: "an e-mail address"),
    LookupError.notFound(kind: .agency, query: "polise", suggestions: ["police"]),
    LookupError.ambiguous(kind: .action, query: "A7", matches: ["A7K3", "A7Q2"]),
    StorageError.panelNotFound(startedAt: "/tmp"),
    StorageError.panelExists(path: "bgwp"),
    StorageError.busy(path: "bgwp", waitedSeconds: 10),
    StorageError.readFailed(path: "bgwp/panel.json", reason: "Permission denied"),
    StorageError.writeFailed(path: "bgwp/members", reason: "No space left on device"),
    DataFileError.invalid([DataFileDiagnostic(file: "panel.json", message: "not valid JSON")]),
    DataFileError.newerSchema(file: "panel.json", found: 9, supported: 2),
    UndoError.nothingToUndo,
    UndoError.changedSince(label: "a change", files: ["actions/A7K3MQ2.json"]),
    ImportDataError.notCSV(file: "log.xlsx", workbook: true),
    ImportDataError.malformed(file: "log.csv", line: 3, message: "a quote is never closed"),
    ImportDataError.missingColumns(file: "log.csv", found: ["Ref", "What"]),
    ImportDataError.badRows(file: "log.csv", problems: [ImportProblem(line: 2, message: "x")]),
    ImportError.fileNotFound(path: "log.csv"),
    ImportError.unknownAgencies(
      file: "log.csv", agencies: [UnknownAgency(name: "KCC", lines: [2])],
      available: ["police"]),
    BoroughReportError.notAFolder(path: "x"),
    BoroughReportError.noPanels(paths: ["x"]),
    DocumentError.noNextMeeting,
    DocumentError.notHeld(id: "2024-07-09", status: .scheduled),
    NewsletterError.noHeldMeeting(today: day),
  ]

  @Test func pactCoreMessagesNameNoCommandOrFlag() {
    let commands = CommandTree.root.spec.subcommands.map { "pact " + $0.name }
    for error in Self.errors {
      let message = error.errorDescription ?? ""
      #expect(!message.isEmpty, "\(error)")
      #expect(!commands.contains(where: message.contains), "\(error): \(message)")
      #expect(!message.contains("--"), "\(error): \(message)")
      #expect(error.recoverySuggestion == nil, "\(error)")
    }
  }

  @Test func theExitCodeFollowsTheKind() {
    #expect(ErrorReport.exitCode(for: StorageError.busy(path: "p", waitedSeconds: 1)) == 1)
    #expect(ErrorReport.exitCode(for: DataFileError.invalid([])) == 65)
    #expect(
      ErrorReport.exitCode(for: ImportDataError.malformed(file: "f", line: 1, message: "")) == 65)
    #expect(
      ErrorReport.exitCode(
        for: PanelError.meetingNotYetHeld(id: "2024-06-01", date: Self.day, field: .questions))
        == 64)
    #expect(
      ErrorReport.exitCode(for: InvalidValueError(field: .phone, value: "", expected: "")) == 64)
  }

  @Test func aFieldIsNamedAsTheCommandNamesIt() {
    let root = CommandTree.root.spec
    #expect(ErrorReport.name(of: .owner, root: root, path: ["action", "add"]) == "--owner")
    #expect(ErrorReport.name(of: .title, root: root, path: ["action", "add"]) == "TITLE")
    #expect(ErrorReport.name(of: .date, root: root, path: ["action", "done"]) == "--on")
    #expect(ErrorReport.name(of: .name, root: root, path: ["member", "add"]) == "NAME")
    #expect(ErrorReport.name(of: .name, root: root, path: ["agency", "set"]) == "--name")
    // A field no option of the command fills is named as its own option would be.
    #expect(ErrorReport.name(of: .policeForce, root: root, path: []) == "--police-force")
  }

  @Test func adviceNamesWhatToRunOrWhatIsExpected() {
    let missing = ErrorAdvice.suggestion(
      for: ImportDataError.missingColumns(file: "log.csv", found: ["Ref"]))
    #expect(missing?.contains("\"Action\" or \"Action agreed\"") == true)
    #expect(missing?.contains("\"Lead\", \"Lead agency\" or \"Agency\"") == true)
    let unreadable = ErrorAdvice.suggestion(for: DataFileError.invalid([]))
    #expect(unreadable?.contains("changed nothing") == true)
    let done = ErrorAdvice.suggestion(for: PanelError.doneNeedsOutcome(id: "A7K3MQ2"))
    #expect(done == "Use: pact action done A7K3MQ2 --outcome TEXT [--difference TEXT]")
  }
}
