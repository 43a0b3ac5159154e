import PactCore

/// What to do next after an error: the one place PactCore's errors, which say only what is
/// wrong, gain the commands and options that put it right.
enum ErrorAdvice {
  /// The advice printed under an error's message, or nil when there is none.
  static func suggestion(for error: Error) -> String? {
    switch error {
    case let error as PanelError: suggestion(for: error)
    case let error as LookupError: suggestion(for: error)
    case let error as StorageError: suggestion(for: error)
    case let error as PrivateFolderError: suggestion(for: error)
    case let error as OutputError: suggestion(for: error)
    case let error as DataFileError: suggestion(for: error)
    case let error as UndoError: suggestion(for: error)
    case let error as ImportDataError: suggestion(for: error)
    case let error as ImportError: suggestion(for: error)
    case let error as BoroughReportError: suggestion(for: error)
    case is SiteError:
      "Choose a folder outside every panel for the website: pact site DIR... -o OUT"
    case let error as DocumentError: suggestion(for: error)
    case let error as NewsletterError: suggestion(for: error)
    case let error as CheckError: error.recoverySuggestion
    case let error as CrimeImportError: suggestion(for: error)
    case let error as AreaError: suggestion(for: error)
    case let error as SyncError: suggestion(for: error)
    default: nil
    }
  }

  private static func suggestion(for error: PanelError) -> String? {
    switch error {
    case .duplicateMember:
      "Members are named by name: add this one with a distinguishing name (\"Jo Smith (PCSO)\")."
    case .memberHoldsRole(_, let roles):
      "Give the role to someone else first: pact panel set --\(roles.first?.rawValue ?? "chair") "
        + "NAME."
    case .duplicateAgency:
      "Use the existing agency, or choose another --id and name."
    case .agencyInUse:
      "Move those members and actions to another agency first; pact keeps every agency an "
        + "action or member names."
    case .tooManyMeetings:
      "Record the day's sessions in fewer meetings."
    case .meetingAlreadyHeld:
      "Correct it with 'pact meeting update DATE' instead."
    case .meetingAlreadyScheduled(let id):
      "Change it with 'pact meeting update \(id)', or call it off with 'pact meeting cancel \(id)'."
    case .meetingNotYetHeld:
      nil
    case .presentAndApologies:
      "Give each person once, with --present or with --apologies."
    case .topThreeFull:
      "Close one first (pact priority close RANK --outcome TEXT), then add the new one; "
        + "a concern that must wait goes in the backlog (pact issue add TITLE)."
    case .ambiguousRank:
      "Name the priority by its id or title (pact priority list shows them); the next change "
        + "stores the ranks 1 to 3 as pact priority list shows them."
    case .issueAlreadyPromoted:
      "See 'pact priority list'."
    case .priorityClosed:
      "Add it again with 'pact priority add' if it has come back."
    case .doneNeedsOutcome(let id):
      "Use: pact action done \(id) --outcome TEXT [--difference TEXT]"
    case .actionAlreadyDone(let id):
      "Reopen it with 'pact action update \(id) --status open' if it was marked done by mistake."
    case .nothingChanged:
      "Give --note, or a new --status, --due or --owner."
    case .nothingToCorrect:
      "Nothing was changed."
    case .issueTitleTaken(_, let id):
      "If they are one concern, merge them: pact issue merge ISSUE \(id)."
    case .issueMergedIntoItself:
      "Name two different issues: pact issue merge ISSUE INTO."
    case .bothIssuesPromoted:
      "Close one of the two priorities first (pact priority close P --outcome TEXT), or keep "
        + "both issues."
    case .meetingInUse(let id, _, _, _):
      "Give the meeting its right date with 'pact meeting update \(id) --date DATE', or move "
        + "each action to another meeting first (pact action set ACTION --agreed-at DATE)."
    case .meetingAlreadyOn:
      "Nothing was changed."
    case .heldMeetingInFuture:
      "A meeting still to come is added with 'pact meeting add DATE --scheduled'."
    case .updateBeforeAgreement(let id, _, _):
      "Check the date: the action was updated before that meeting. Correct the action "
        + "first (pact action set \(id) --agreed-at DATE), or choose another day."
    case .closedBeforeSet:
      "Check the date: a priority cannot be set after it closed."
    case .panelInsidePanel:
      "Make the new panel outside that folder (pact init ../NAME --name NAME), beside the "
        + "other panels."
    }
  }

  private static func suggestion(for error: LookupError) -> String? {
    switch error {
    case .notFound(let kind, _, let suggestions):
      let list = "See 'pact \(kind.noun) list'."
      guard !suggestions.isEmpty else { return list }
      return "Did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: " or "))? \(list)"
    case .ambiguous:
      return "Give more of the name or id."
    }
  }

  private static func suggestion(for error: StorageError) -> String? {
    switch error {
    case .panelNotFound, .notAPanel:
      "Create one with 'pact init DIR --name NAME', or name an existing one with --panel DIR "
        + "or PACT_PANEL."
    case .panelExists:
      "Choose another folder, or work with the existing panel (pact --panel DIR status)."
    case .busy:
      "Wait for the other command to finish, then try again. Nothing was changed."
    case .readFailed:
      "Check that the file exists and that you may read it."
    case .writeFailed:
      "Check the folder's permissions and free space. The panel was left as it was."
    case .recordTooLarge:
      "Keep notes shorter: put a long document in a file of its own and name it in a note. "
        + "pact changed nothing."
    case .folderNotEmpty:
      "Make the panel in a new or empty folder: pact init never replaces files."
    }
  }

  private static func suggestion(for error: OutputError) -> String? {
    switch error {
    case .insidePanel:
      "Write it outside the panel's folder (such as ../newsletter.md): pact never writes over "
        + "a panel's own files. Nothing was written."
    case .noFolder:
      "Make the folder first (mkdir), or name one that exists. Nothing was written."
    }
  }

  private static func suggestion(for error: PrivateFolderError) -> String? {
    switch error {
    case .foreign:
      "Move it out of the panel (a link pact did not make can simply be removed), then run "
        + "the command again: pact makes its own. pact changed nothing."
    case .interruptedChange:
      "Look at the files named (git diff shows what changed) and put them right; then delete "
        + ".pact/intent.json in the panel's folder. pact check lists what is wrong."
    }
  }

  private static func suggestion(for error: DataFileError) -> String? {
    switch error {
    case .invalid(let diagnostics) where diagnostics.allSatisfy({ $0.unsafe != nil }):
      "pact never follows a link out of the panel, nor reads a pipe, a device or a file over "
        + "4 MB. Put the file or folder itself in place of a link, or move it out of the "
        + "panel. pact changed nothing."
    case .invalid:
      "pact changed nothing. Correct the file by hand (git diff shows recent edits), "
        + "then run the command again."
    case .newerSchema:
      "A newer version of pact wrote this panel; upgrade pact to read it. pact changed nothing."
    }
  }

  private static func suggestion(for error: UndoError) -> String? {
    switch error {
    case .nothingToUndo:
      "pact remembers the last \(PanelService.undoDepth) changes made by pact commands in this "
        + "folder."
    case .changedSince:
      "Undoing now would lose the later change. Nothing was changed; put the files right by "
        + "hand, or with git."
    }
  }

  private static func suggestion(for error: ImportDataError) -> String? {
    switch error {
    case .notCSV(_, let workbook):
      workbook
        ? "Save the sheet as CSV first (in Excel: File > Save As > CSV UTF-8), then import "
          + "that file. pact imported nothing."
        : "Save the action log as CSV from the spreadsheet, then import that file. "
          + "pact imported nothing."
    case .malformed:
      "pact imported nothing. Correct the quotes on that line (save the sheet as CSV from "
        + "the spreadsheet again if it was edited by hand), then import again."
    case .missingColumns:
      "pact reads the action from a column headed "
        + ImportColumn.action.headingList + ", and its lead agency from one headed "
        + ImportColumn.lead.headingList
        + " (case does not matter). Rename those columns and import again."
    case .repeatedColumn:
      "Rename or delete all but one of them, then import again. pact imported nothing."
    case .badRows:
      "pact imported nothing. Correct those rows and import again, or give --skip-bad-rows "
        + "to import the others."
    }
  }

  private static func suggestion(for error: ImportError) -> String? {
    switch error {
    case .fileNotFound:
      "Give the path of the action log, saved from the spreadsheet as CSV."
    case .readFailed:
      "Check the file's permissions, or save the spreadsheet as CSV again."
    case .notAFile:
      "Save the spreadsheet as a CSV file (in Excel: File > Save As > CSV UTF-8) and import "
        + "that file."
    case .unknownAgencies(_, _, let available):
      "The panel's agencies are: \(available.joined(separator: ", ")).\n"
        + "Write one of those (an id or name) in the spreadsheet, add the agency first with "
        + "'pact agency add NAME', or import with --create-agencies to add each one named. "
        + "pact imported nothing."
    case .unreadColumns(_, let headings):
      "pact imported nothing. Rename a column to a heading pact reads (see 'pact help "
        + "import'), or leave it behind: "
        + headings.map { "--ignore-column \(ShellQuoting.word($0))" }.joined(separator: " ")
        + "."
    }
  }

  private static func suggestion(for error: BoroughReportError) -> String? {
    switch error {
    case .notAFolder:
      "Name the folders that hold the panels: pact report DIR..."
    case .noPanels:
      "Name the folder that holds the panels' folders (pact report ~/pacts), or create a "
        + "panel with 'pact init DIR --name NAME'."
    }
  }

  private static func suggestion(for error: DocumentError) -> String? {
    switch error {
    case .noNextMeeting:
      "Schedule one (pact meeting add DATE --scheduled), or name one with --meeting DATE."
    case .notHeld(let id, _):
      "Once it has taken place, record it as held with 'pact meeting add \(id.prefix(10))'."
    }
  }

  private static func suggestion(for error: NewsletterError) -> String? {
    switch error {
    case .noHeldMeeting:
      "Record the meeting first (pact meeting add DATE), or name one with --meeting DATE."
    case .beforeMeeting:
      "Give a day on or after the meeting with --as-of, or leave it out."
    }
  }
}
