import Foundation

/// What changed in a panel's files between two states, record by record, in the panel's
/// own terms (an action agreed, a meeting recorded): what a commit's message says, so that a
/// chair reading `git log` sees the panel's history rather than file names.
public struct ChangeSummary: Sendable, Equatable {
  /// One record's change.
  public enum Change: Sendable, Hashable {
    case actionAgreed
    case actionDone
    case actionDropped
    case actionReopened
    /// Notes or other changes to an action still open; `notes` new progress notes.
    case actionUpdated(notes: Int)
    case meetingRecorded(Day?)
    case meetingScheduled(Day?)
    case meetingCancelled(Day?)
    case meetingUpdated(Day?)
    case meetingRemoved(Day?)
    /// A meeting given its right date (`meeting update --date`): its file renamed.
    case meetingMoved(from: Day?, to: Day?)
    case issueRaised
    case issueRaisedAgain
    case issueClosed
    case issueUpdated
    /// Another issue merged into this one (`issue merge`); the other's file goes.
    case issuesMerged
    case prioritySet(title: String)
    case priorityAchieved(title: String)
    case priorityClosed(title: String)
    case priorityUpdated
    case memberAdded
    case memberRemoved
    case memberUpdated
    case agencyAdded
    case agencyRemoved
    case agencyUpdated
    case panelChanged
    /// The panel's `panel.json` is new: `pact init`.
    case panelCreated
    /// A month of crime data added or replaced.
    case crimeData
    /// The panel's `.gitattributes` or `.gitignore`.
    case gitSettings
    case otherFile
  }

  /// The panel's name, as its `panel.json` gives it (after the change, else before).
  public var panelName: String?
  /// Each record's change, in the order of the records' paths.
  public var changes: [Change]
  /// How many files changed.
  var fileCount = 0

  /// Whether nothing changed.
  public var isEmpty: Bool { changes.isEmpty }

  /// One file's two versions: before (nil when it is new) and after (nil when removed).
  struct FileChange {
    var path: String
    var before: Data?
    var after: Data?
  }

  /// The summary of the changes to the files of the panel whose folder is `root` (relative
  /// to the repository; empty for its top).
  init(files: [FileChange], root: String) {
    fileCount = files.count
    let layout = RecordLayout(roots: [root])
    var records:
      [RecordLayout.Record: (before: [String: JSONValue]?, after: [String: JSONValue]?)] =
        [:]
    var others: [Change] = []
    var name: (before: String?, after: String?) = (nil, nil)
    for file in files.sorted(by: { CanonicalBytes.isOrdered($0.path, $1.path) }) {
      if let (record, _) = layout.record(at: file.path) {
        var versions = records[record] ?? (nil, nil)
        if let before = Self.object(file.before) { versions.before = before }
        if let after = Self.object(file.after) { versions.after = after }
        records[record] = versions
        continue
      }
      let relative = root.isEmpty ? file.path : String(file.path.dropFirst(root.count + 1))
      switch relative {
      case PanelPaths.panelFile:
        name = (
          Self.object(file.before)?["name"]?.stringValue,
          Self.object(file.after)?["name"]?.stringValue
        )
        others.append(file.before == nil ? .panelCreated : .panelChanged)
      case PanelPaths.gitignore, PanelPaths.gitattributes:
        if !others.contains(.gitSettings) { others.append(.gitSettings) }
      case _ where relative.hasPrefix(PanelPaths.crimeFolder + "/"):
        others.append(.crimeData)
      default:
        others.append(.otherFile)
      }
    }
    let moves = Self.moves(&records)
    let ordered = records.keys.sorted {
      ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id)
    }
    changes =
      moves
      + ordered.compactMap { record in
        let versions = records[record] ?? (nil, nil)
        return Self.change(
          record.kind, id: record.id, before: versions.before, after: versions.after)
      } + others
    panelName = name.after ?? name.before
  }

  /// Meetings moved to another day: a meeting removed and one added that holds the same,
  /// taken out of `records` and told as moves.
  private static func moves(
    _ records:
      inout [RecordLayout.Record: (
        before: [String: JSONValue]?, after: [String: JSONValue]?
      )]
  ) -> [Change] {
    let meetings = records.keys.filter { $0.kind == .meeting }.sorted { $0.id < $1.id }
    let removed = meetings.filter { records[$0]?.after == nil }
    var added = meetings.filter { records[$0]?.before == nil }
    var moves: [Change] = []
    for old in removed {
      guard let before = records[old]?.before,
        let new = added.first(where: { records[$0]?.after == before })
      else { continue }
      added.removeAll { $0 == new }
      records[old] = nil
      records[new] = nil
      moves.append(.meetingMoved(from: Meeting.day(ofID: old.id), to: Meeting.day(ofID: new.id)))
    }
    return moves
  }

  /// What happened to one record, from its two versions; nil when nothing a person would
  /// name changed.
  static func change(
    _ kind: RecordKind, id: String, before: [String: JSONValue]?, after: [String: JSONValue]?
  ) -> Change? {
    let status = (before?["status"]?.stringValue, after?["status"]?.stringValue)
    switch kind {
    case .action:
      guard let after else { return nil }
      guard let before else { return .actionAgreed }
      if status.1 != status.0 {
        if status.1 == ActionStatus.done.rawValue { return .actionDone }
        if status.1 == ActionStatus.dropped.rawValue { return .actionDropped }
        if [ActionStatus.done.rawValue, ActionStatus.dropped.rawValue].contains(status.0) {
          return .actionReopened
        }
      }
      let old = Set((before["updates"]?.arrayValue ?? []).map(CanonicalBytes.of))
      let notes = (after["updates"]?.arrayValue ?? []).filter {
        !old.contains(CanonicalBytes.of($0)) && $0["note"] != nil
      }.count
      return .actionUpdated(notes: notes)
    case .meeting:
      return meetingChange(on: Meeting.day(ofID: id), before: before, after: after)
    case .issue:
      // An issue's file goes only when it is merged into another, which is told.
      guard let after else { return nil }
      guard let before else { return .issueRaised }
      let merged = (
        before["mergedFrom"]?.arrayValue?.count ?? 0, after["mergedFrom"]?.arrayValue?.count ?? 0
      )
      if merged.1 > merged.0 { return .issuesMerged }
      if status.1 != status.0, status.1 == IssueStatus.closed.rawValue { return .issueClosed }
      let raised = (
        before["raised"]?.arrayValue?.count ?? 0, after["raised"]?.arrayValue?.count ?? 0
      )
      return raised.1 > raised.0 ? .issueRaisedAgain : .issueUpdated
    case .priority:
      guard let after else { return nil }
      let title = after["title"]?.stringValue ?? ""
      guard before != nil else { return .prioritySet(title: title) }
      if status.1 != status.0, status.1 == PriorityStatus.achieved.rawValue {
        return .priorityAchieved(title: title)
      }
      if status.1 != status.0, status.1 == PriorityStatus.closed.rawValue {
        return .priorityClosed(title: title)
      }
      return .priorityUpdated
    case .member:
      guard let after else { return .memberRemoved }
      guard let before else { return .memberAdded }
      return before["leftOn"] == nil && after["leftOn"] != nil ? .memberRemoved : .memberUpdated
    case .agency:
      guard after != nil else { return .agencyRemoved }
      return before == nil ? .agencyAdded : .agencyUpdated
    }
  }

  private static func meetingChange(
    on day: Day?, before: [String: JSONValue]?, after: [String: JSONValue]?
  ) -> Change? {
    guard let after else { return before == nil ? nil : .meetingRemoved(day) }
    let status = (before?["status"]?.stringValue, after["status"]?.stringValue)
    if status.1 == MeetingStatus.cancelled.rawValue, status.0 != status.1 {
      return .meetingCancelled(day)
    }
    if status.0 != status.1 || before == nil {
      return status.1 == MeetingStatus.scheduled.rawValue
        ? .meetingScheduled(day) : .meetingRecorded(day)
    }
    return .meetingUpdated(day)
  }

  private static func object(_ data: Data?) -> [String: JSONValue]? {
    guard let data, let value = try? JSONParser.parse(data) else { return nil }
    return value.objectValue
  }
}
