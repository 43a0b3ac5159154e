import PactCore

/// How to put each `pact check` finding right, naming the commands that do it: the one
/// place where the facts PactCore finds in a panel's files meet the command line.
enum CheckAdvice {
  /// The advice `pact check` prints with its findings, as text and as JSON.
  static let findings = FindingAdvice(fix: { fix(for: $0) }, remark: { remark(for: $0) })

  /// What pact does about a finding, said after what is wrong.
  static func remark(for finding: CheckFinding) -> String? {
    guard case .notARecord(_, _, _, isFolder: false) = finding.problem else { return nil }
    return "pact reads only ID.json files here, so ignores it"
  }

  /// How to put a finding right.
  static func fix(for finding: CheckFinding) -> String {
    switch finding.problem {
    case .unknownMember(_, _, .role(let role)):
      "name one with pact panel set --\(role.rawValue) NAME"
    case .unknownMember(_, _, .present(let meeting)):
      "list those who came again with pact meeting update \(meeting) --present NAME..., or "
        + "edit the file"
    case .unknownMember(_, _, .apologies(let meeting)):
      "list those who came again with pact meeting update \(meeting) --apologies NAME..., or "
        + "edit the file"
    case .unknownAgency(let id, _, .action):
      "edit the file to name an agency that pact agency list shows, or add it with "
        + "pact agency add NAME --id \(Agency.isValidID(id) ? id : "ID")"
    case .unknownAgency:
      "add it with pact agency add NAME --id ID, or edit the file to name one that "
        + "pact agency list shows"
    case .unknownMeeting:
      "edit the file to name a meeting that pact meeting list shows, or remove the field"
    case .unknownPriority:
      "edit the file to name a priority that pact priority list --all shows, or remove the field"
    case .unknownIssue:
      "edit the file to name an issue that pact issue list --all shows, or remove the field"
    case .priorityMismatch(_, _, let file, _):
      "remove \"priority\" from this file (and set its status back to \"open\"), or correct "
        + "\"fromIssue\" in \(file)"
    case .presentAndApologies(let meeting, _, _):
      "remove them from one of the two lists, with pact meeting update \(meeting) or by "
        + "editing the file"
    case .missingRank(let priority):
      "give it one with pact priority rank \(priority) N"
    case .duplicateRank(let priority, _, _, _):
      "pact priority list shows the order pact keeps, which the next change stores; to "
        + "choose another, pact priority rank \(priority) N"
    case .tooManyPriorities(let priority, _):
      "close this one or another with pact priority close \(priority) --outcome TEXT; until "
        + "then pact shows only the first three"
    case .missingOutcome(let action):
      "add \"outcome\" to the file, or reopen it with pact action update \(action) "
        + "--status in-progress and then pact action done \(action) --outcome TEXT"
    case .closedBeforeSet: "correct \"closedOn\" or \"setOn\" in the file"
    case .completedBeforeAgreed: "correct \"completedOn\" or \"agreedOn\" in the file"
    case .leftBeforeJoining: "correct \"leftOn\" or \"joinedOn\" in the file"
    case .futureMeeting:
      "set \"status\" to \"scheduled\" if it is still to come, or rename the file to the day "
        + "it was held"
    case .notARecord(let name, _, let kind, let isFolder):
      notARecordFix(name: name, kind: kind, isFolder: isFolder)
    case .duplicateID: "merge the two into one file and delete the other"
    case .badID(let id, _):
      "rename the file, and every reference to \"\(id)\" in other files, to such an id"
    case .mergeConflict:
      "keep the lines you want, delete the <<<<<<<, ======= and >>>>>>> lines, and check the "
        + "JSON is whole"
    case .invalidJSON: "correct the JSON by hand (git diff shows recent edits)"
    case .folderAsRecord: "move the folder out of the panel"
    case .badFileName(_, let kind): renameFix(kind)
    case .invalidField: "correct the field by hand (git diff shows recent edits)"
    case .newerSchema: "upgrade pact to read this panel; pact changed nothing"
    case .unsafeFile(.symbolicLink, _):
      "replace the link with the file or folder itself if it belongs in the panel, or remove "
        + "it; pact never follows a link out of the panel"
    case .unsafeFile(.notARegularFile, _):
      "remove it: a record is a plain JSON file"
    case .unsafeFile(.notAFolder, _):
      "move it out of the panel; pact makes the folder when it needs one"
    case .unsafeFile(.tooLarge, _):
      "move what makes it so large out of the record (keep long documents in files of their "
        + "own), or move the file out of the panel"
    case .foreignPrivateFolder:
      "remove it (git rm -r --cached .pact if git tracks it, and keep .pact/ in .gitignore); "
        + "pact makes its own"
    case .interruptedChange:
      "look at the files named (git diff shows what changed) and put them right, then delete "
        + ".pact/intent.json"
    case .controlCharacters:
      "edit the file to remove them (pact shows each as \\u{…})"
    case .setUp(let warning): WarningAdvice.checklistFix(for: warning)
    }
  }

  /// How to deal with something in a records folder that is not a record file.
  private static func notARecordFix(name: String, kind: RecordKind, isFolder: Bool) -> String {
    if isFolder { return "move the folder out of the panel" }
    if name.lowercased().hasSuffix(".json"), let dot = name.lastIndex(of: ".") {
      return "rename it to \(name[..<dot]).json if it is \(kind.nounWithArticle), else move it "
        + "out of the panel"
    }
    return "move it out of the panel, or if it is \(kind.nounWithArticle) name it ID.json"
  }

  /// How to rename a record file whose name is not an id, by the kind its folder holds.
  private static func renameFix(_ kind: RecordKind?) -> String {
    switch kind {
    case .meeting:
      "rename it to the meeting's date, such as 2024-03-12.json (2024-03-12b.json for a "
        + "second that day)"
    case .agency:
      "rename it to a lower-case id such as police.json, and change every reference to it"
    case .some(let kind):
      "rename it to the \(kind.noun)'s id, such as \(kind.idPrefix ?? "X")7K3MQ2.json"
    case nil:
      "rename it to a valid id"
    }
  }
}
