/// What is wrong in one `pact check` finding, as the facts: one case per kind of problem,
/// each with its stable code. `message` puts it into words; a front end adds how to put
/// it right.
public enum CheckProblem: Sendable, Equatable {
  /// A record that exists and may be the one meant.
  public struct Suggestion: Sendable, Equatable {
    /// The record's id.
    public var id: String
    /// The record's name, where it helps to tell records apart (a member's).
    public var name: String?

    public init(id: String, name: String? = nil) {
      self.id = id
      self.name = name
    }
  }

  /// Where a member id is named.
  public enum MemberReference: Sendable, Equatable {
    /// A role of the panel's, in panel.json.
    case role(PanelRole)
    /// Those present at a meeting, by the meeting's id.
    case present(meeting: String)
    /// Those who sent apologies to a meeting, by the meeting's id.
    case apologies(meeting: String)
  }

  // MARK: References between records

  /// A member id that names no member, with the closest ids, closest first.
  case unknownMember(String, suggestions: [Suggestion], namedIn: MemberReference)
  /// An agency id that names no agency, with the closest ids, closest first; `namedBy` is
  /// the kind of record that names it (a member's organisation, an action's lead).
  case unknownAgency(String, suggestions: [Suggestion], namedBy: RecordKind)
  /// A meeting id that names no meeting, with the closest ids, closest first.
  case unknownMeeting(String, suggestions: [Suggestion])
  /// A priority id that names no priority.
  case unknownPriority(String)
  /// An issue id that names no issue.
  case unknownIssue(String)
  /// An issue that names a priority promoted from another issue: the priority's id,
  /// title and file, and the issue it came from.
  case priorityMismatch(priority: String, title: String, file: String, fromIssue: String)
  /// A member recorded both present at a meeting and sending apologies, with their name
  /// when the member exists.
  case presentAndApologies(meeting: String, member: String, name: String?)

  // MARK: A record's own values

  /// An active priority with no rank.
  case missingRank(priority: String)
  /// An active priority whose rank another active priority holds (by id and title).
  case duplicateRank(priority: String, rank: Int, heldBy: String, title: String)
  /// An active priority beyond the first three, with the number active.
  case tooManyPriorities(priority: String, active: Int)
  /// A done action with no outcome.
  case missingOutcome(action: String)
  /// A priority closed before the day it was set.
  case closedBeforeSet(closed: Day, set: Day)
  /// An action completed before the day it was agreed.
  case completedBeforeAgreed(completed: Day, agreed: Day)
  /// A member who left before the day they joined.
  case leftBeforeJoining(left: Day, joined: Day)
  /// A meeting recorded as held on a day after today.
  case futureMeeting(held: Day, today: Day)

  // MARK: The records folders

  /// Something in a records folder that is not a record file: `name`, a file or a
  /// folder, inside `folder`, which holds `kind` files.
  case notARecord(name: String, folder: String, kind: RecordKind, isFolder: Bool)
  /// A second file for one record: `other` has the same name, in the same case or not.
  case duplicateID(other: String, kind: RecordKind, sameCase: Bool)
  /// A record file named with an id in a shape `kind` ids do not have.
  case badID(String, kind: RecordKind)

  // MARK: Files that cannot be read (`detail` is the loader's account)

  /// A file left with git's conflict markers.
  case mergeConflict(detail: String)
  /// A file that is not valid JSON.
  case invalidJSON(detail: String)
  /// A folder where a record file should be.
  case folderAsRecord(detail: String)
  /// A record file whose name is not an id, in the folder of `kind` records (nil when the
  /// folder is not one of them).
  case badFileName(detail: String, kind: RecordKind?)
  /// A field that cannot be read: a wrong type, a malformed date, a missing value.
  case invalidField(detail: String)
  /// Something pact will not read: a link, a named pipe, a device, a file too large.
  case unsafeFile(UnsafeEntry, detail: String)

  // MARK: pact's own folder

  /// A `.pact` that pact did not make: `detail` says what it is (a link, a file, tracked by
  /// git, or something odd inside it).
  case foreignPrivateFolder(detail: String)
  /// A change left half made that pact could neither finish nor undo: the files that hold
  /// neither what they held before nor what it wrote, and why.
  case interruptedChange(label: String, files: [String], detail: String)

  // MARK: Text

  /// Text holding a control character, given as its scalar value.
  case controlCharacters(first: UInt32, count: Int)

  /// A panel written by a newer version, with the schema it uses and the newest this
  /// version reads.
  case newerSchema(found: Int, supported: Int, detail: String)

  // MARK: The set-up checklist

  /// A gap in the panel's set-up (a warning, not an error).
  case setUp(StatusWarning)

  /// The stable code for scripts: a `CheckCode` for errors, a `StatusWarning.Code` for
  /// set-up warnings.
  public var code: String {
    if case .setUp(let warning) = self { return warning.code.rawValue }
    return checkCode?.rawValue ?? ""
  }

  /// The code of an integrity error; nil for a set-up warning.
  public var checkCode: CheckCode? {
    switch self {
    case .unknownMember: .unknownMember
    case .unknownAgency: .unknownAgency
    case .unknownMeeting: .unknownMeeting
    case .unknownPriority: .unknownPriority
    case .unknownIssue: .unknownIssue
    case .priorityMismatch: .priorityMismatch
    case .presentAndApologies: .presentAndApologies
    case .missingRank: .missingRank
    case .duplicateRank: .duplicateRank
    case .tooManyPriorities: .tooManyPriorities
    case .missingOutcome: .missingOutcome
    case .closedBeforeSet, .completedBeforeAgreed, .leftBeforeJoining: .dateOrder
    case .futureMeeting: .futureMeeting
    case .notARecord, .folderAsRecord: .notARecord
    case .duplicateID: .duplicateID
    case .badID: .badID
    case .mergeConflict: .mergeConflict
    case .invalidJSON: .invalidJSON
    case .badFileName: .badFileName
    case .invalidField: .invalidField
    case .newerSchema: .newerSchema
    case .unsafeFile(.symbolicLink, _): .symbolicLink
    case .unsafeFile(.notARegularFile, _): .notARegularFile
    case .unsafeFile(.notAFolder, _): .notAFolder
    case .unsafeFile(.tooLarge, _): .fileTooLarge
    case .foreignPrivateFolder: .foreignPrivateFolder
    case .interruptedChange: .interruptedChange
    case .controlCharacters: .controlCharacters
    case .setUp: nil
    }
  }
}
