import Foundation

/// Keeps the records that one copy removed while the other copy named them — a member
/// recorded at a meeting or given a role, an agency given an action or a member, a meeting
/// an action was agreed at (removed, or moved to another day, in the other copy), an issue
/// a priority came from — so that no record names one that is gone. The file comes back as
/// the copy that kept it had it.
struct NamedRecords {
  let objects: GitObjects
  let work: WorkTree
  /// The files of the two commits merged, by path, with their blobs.
  let trees: [[String: String]]

  /// The kinds of record that others name, and so may be put back.
  private static let namedKinds: Set<RecordKind> = [.member, .agency, .meeting, .issue]

  /// Puts back, in the panel whose folder is `root`, each member, agency, meeting and issue
  /// that a merged record names but the merge removed.
  ///
  /// - Returns: What was kept.
  func restore(in root: String, panel: PanelService) throws -> [MergeSettlement] {
    let layout = RecordLayout(roots: [root])
    var candidates: [RecordLayout.Record: (path: String, blob: String)] = [:]
    for tree in trees {
      for (path, blob) in tree {
        guard let (record, _) = layout.record(at: path),
          Self.namedKinds.contains(record.kind)
        else { continue }
        candidates[record] = (path, blob)
      }
    }
    var settled: [MergeSettlement] = []
    // A member put back may belong to an agency that was removed too; an issue put back
    // may name a meeting.
    for _ in 0..<3 {
      // Missing from every folder of its kind: an issue may have been closed meanwhile.
      let missing = candidates.filter { record, _ in
        !PanelPaths.shelves(of: record.kind).contains { shelf in
          FileManager.default.fileExists(
            atPath: work.top.appendingPathComponent(RecordLayout.path(of: record, on: shelf)).path)
        }
      }
      guard !missing.isEmpty else { break }
      let named = Self.named(in: try panel.records())
      let restoring = missing.filter {
        named.contains(RecordName(kind: $0.key.kind, id: $0.key.id))
      }
      .sorted { $0.value.path < $1.value.path }
      guard !restoring.isEmpty else { break }
      let contents = try objects.contents(restoring.map(\.value.blob))
      for (record, file) in restoring {
        guard let data = contents[file.blob] else { continue }
        try work.write(data, to: file.path)
        settled.append(.kept(record.kind, id: record.id))
      }
      try objects.git.checked(
        ["--literal-pathspecs", "add", "--pathspec-from-file=-", "--pathspec-file-nul"],
        input: Data(restoring.map { $0.value.path + "\0" }.joined().utf8))
    }
    return settled
  }

  private struct RecordName: Hashable {
    var kind: RecordKind
    var id: String
  }

  /// The members, agencies, meetings and issues the records name.
  private static func named(in records: PanelRecords) -> Set<RecordName> {
    var names: Set<RecordName> = []
    for id in records.panel.roles.values { names.insert(RecordName(kind: .member, id: id)) }
    for meeting in records.meetings {
      for id in meeting.present + meeting.apologies {
        names.insert(RecordName(kind: .member, id: id))
      }
    }
    for member in records.members {
      if let agency = member.agency { names.insert(RecordName(kind: .agency, id: agency)) }
    }
    for action in records.actions {
      names.insert(RecordName(kind: .agency, id: action.lead))
      if let meeting = action.agreedAt { names.insert(RecordName(kind: .meeting, id: meeting)) }
    }
    for priority in records.priorities {
      if let meeting = priority.setAt { names.insert(RecordName(kind: .meeting, id: meeting)) }
      if let issue = priority.fromIssue { names.insert(RecordName(kind: .issue, id: issue)) }
    }
    for issue in records.issues {
      for meeting in issue.raisings.compactMap(\.meeting) {
        names.insert(RecordName(kind: .meeting, id: meeting))
      }
    }
    return names
  }
}
