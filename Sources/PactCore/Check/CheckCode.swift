/// The codes of the integrity errors `pact check` reports (exit 1, or 65 for files pact
/// cannot read). Set-up warnings use `StatusWarning.Code`.
public enum CheckCode: String, Sendable, CaseIterable {
  /// A file that is not valid JSON (exit 65).
  case invalidJSON = "invalid-json"
  /// A file left with git's `<<<<<<<`, `=======` and `>>>>>>>` lines (exit 65).
  case mergeConflict = "merge-conflict"
  /// A field the loader cannot read: a wrong type, a malformed date, a missing value (exit 65).
  case invalidField = "invalid-field"
  /// A panel written by a newer pact (exit 65).
  case newerSchema = "newer-schema"
  /// A record file whose name is not an id pact can use (exit 65 when the loader refuses it).
  case badFileName = "bad-file-name"
  /// Something in a records folder that is not a record file: another kind of file, or a
  /// folder. pact ignores it, so a record saved under the wrong name would be lost.
  case notARecord = "not-a-record"
  /// A record file named in a shape pact would not give that kind of record: an agency id
  /// with capitals, an action id that does not start with A.
  case badID = "bad-id"
  /// Two files whose names differ only in case: a case-insensitive disk (macOS, Windows)
  /// keeps only one of them.
  case duplicateID = "duplicate-id"
  /// A member id that names no member (panel roles, meeting attendance).
  case unknownMember = "unknown-member"
  /// An agency id that names no agency (an action's lead, a member's organisation).
  case unknownAgency = "unknown-agency"
  /// A meeting id that names no meeting (agreedAt, setAt, where an issue was raised).
  case unknownMeeting = "unknown-meeting"
  /// A priority id that names no priority.
  case unknownPriority = "unknown-priority"
  /// An issue id that names no issue.
  case unknownIssue = "unknown-issue"
  /// An issue promoted to a priority that came from another issue.
  case priorityMismatch = "priority-mismatch"
  /// More than three active priorities.
  case tooManyPriorities = "too-many-priorities"
  /// Two active priorities with the same rank.
  case duplicateRank = "duplicate-rank"
  /// An active priority with no rank.
  case missingRank = "missing-rank"
  /// A done action with no outcome.
  case missingOutcome = "missing-outcome"
  /// Dates in the wrong order: completed before agreed, closed before set, left before
  /// joining.
  case dateOrder = "date-order"
  /// A meeting recorded as held on a day still to come.
  case futureMeeting = "future-meeting"
  /// A member recorded both present and sending apologies.
  case presentAndApologies = "present-and-apologies"
  /// A symbolic link where a record, a records folder or `panel.json` should be: pact never
  /// follows one out of the panel (exit 65).
  case symbolicLink = "symbolic-link"
  /// A named pipe, device or socket where a record file should be (exit 65).
  case notARegularFile = "not-a-regular-file"
  /// A file where a records folder should be (exit 65).
  case notAFolder = "not-a-folder"
  /// A record file larger than pact reads (exit 65).
  case fileTooLarge = "file-too-large"
  /// A `.pact` folder pact did not make here: a link, a file, something git tracks, or a
  /// link or other oddity inside it.
  case foreignPrivateFolder = "foreign-private-folder"
  /// A change that was interrupted (the process killed, the disk full) and that pact could
  /// neither finish nor undo.
  case interruptedChange = "interrupted-change"
  /// Text holding control characters (an escape, a bell), which pact never prints as they
  /// are.
  case controlCharacters = "control-characters"
}
