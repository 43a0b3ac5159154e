import Foundation

/// Settles, record by record, what git's merge of two copies cannot: a record moved to
/// another folder in one copy (an action done, an issue closed) and changed in the other, a
/// record moved to two different folders (done in one copy, dropped in the other), a record
/// removed in one copy and changed in the other, two copies of one record left in two
/// folders.
///
/// It does not rely on git pairing files (rename detection can pair two different records):
/// for every record of every panel in the repository it works out from the three commits
/// what the merge must hold — one side's file where only that side changed it, git's merge
/// (through pact's driver) where both changed it in the same folder, and otherwise pact's
/// own record merge of the three versions, written in the folder its merged status calls
/// for — and makes the index and the working tree hold that, and nothing else.
struct MergeReconciler {
  /// A record's file in one commit.
  struct File: Equatable {
    var path: String
    var blob: String
  }

  /// What the merge bases hold of a record: nothing, one file, or the differing files of
  /// several bases (a criss-cross merge), in the order of the bases' ids.
  enum Base: Equatable {
    case none
    case file(File)
    case several([File])
  }

  /// What the merge must hold of one record.
  private enum Want {
    case absent
    case file(File)
    /// Both sides changed it in the same folder: git's merge through pact's driver.
    case gitResult(path: String)
    /// Both sides changed it, in different folders: pact merges the three versions.
    case merge(ours: File, theirs: File, base: Base)
  }

  /// What the reconciling did.
  struct Outcome {
    var settled: [MergeSettlement] = []
    /// Files left unmerged: pact could not read a version as a record.
    var unresolved: [String] = []
    /// The folders of the panels in the two commits.
    var roots: Set<String> = []
    /// The files of the two commits, by path, with their blobs.
    var trees: [[String: String]] = []
  }

  /// The most changed records whose files are read one by one rather than with the
  /// commits' whole listings.
  static let changedRecordsReadAlone = 2_000

  let objects: GitObjects
  let work: WorkTree
  let ours: String
  let theirs: String
  let bases: [String]

  /// Makes the index and the working tree hold the merge of every record.
  ///
  /// - Throws: `SyncError` when git fails; `StorageError.writeFailed`.
  func reconcile() throws -> Outcome {
    let bases = bases.sorted()
    let roots = try objects.panelRoots()
    let layout = RecordLayout(roots: roots)
    // Only records changed on one side or both can need settling; a merge that changed
    // most of a panel (an import) reads the commits whole instead.
    var changed: Set<RecordLayout.Record> = []
    for base in bases {
      for side in [ours, theirs] {
        for path in try objects.changedPaths(from: base, to: side) {
          if let found = layout.record(at: path) { changed.insert(found.record) }
        }
      }
    }
    let paths: [String]? =
      bases.isEmpty || changed.count > Self.changedRecordsReadAlone
      ? nil
      : changed.sorted(by: Self.isOrdered).flatMap { record in
        PanelPaths.shelves(of: record.kind).map { RecordLayout.path(of: record, on: $0) }
      }
    if paths?.isEmpty == true { return Outcome(roots: roots, trees: [[:], [:]]) }
    let oursTree = try objects.tree(ours, paths: paths)
    let theirsTree = try objects.tree(theirs, paths: paths)
    let baseTrees = try bases.map { commit throws(SyncError) in
      try objects.tree(commit, paths: paths)
    }
    let oursFiles = Self.files(in: oursTree, layout)
    let theirsFiles = Self.files(in: theirsTree, layout)
    let baseFiles = baseTrees.map { Self.files(in: $0, layout) }
    var index: [RecordLayout.Record: [GitObjects.IndexEntry]] = [:]
    for entry in try objects.index(paths: paths) {
      if let found = layout.record(at: entry.path) {
        index[found.record, default: []].append(entry)
      }
    }
    var records = Set(oursFiles.keys).union(theirsFiles.keys).union(index.keys)
    for files in baseFiles { records.formUnion(files.keys) }

    var outcome = Outcome(roots: roots, trees: [oursTree, theirsTree])
    var wanted: [(RecordLayout.Record, Want)] = []
    for record in records.sorted(by: Self.isOrdered) {
      let base = Self.base(baseFiles.compactMap { $0[record] })
      let want = Self.want(ours: oursFiles[record], theirs: theirsFiles[record], base: base)
      if case .file = want, oursFiles[record] == nil || theirsFiles[record] == nil,
        oursFiles[record] != theirsFiles[record], base != .none,
        Self.isChanged(oursFiles[record] ?? theirsFiles[record], from: base)
      {
        outcome.settled.append(.kept(record.kind, id: record.id))
      }
      guard !Self.holds(index[record] ?? [], want) else { continue }
      wanted.append((record, want))
    }
    guard !wanted.isEmpty else { return outcome }

    var blobs: [String] = []
    for (_, want) in wanted {
      switch want {
      case .absent, .gitResult: break
      case .file(let file): blobs.append(file.blob)
      case .merge(let ours, let theirs, let base): blobs += [ours.blob, theirs.blob] + base.blobs
      }
    }
    let contents = try objects.contents(blobs)
    var writes: [(path: String, data: Data)] = []
    var removals: [String] = []
    for (record, want) in wanted {
      let present = (index[record] ?? []).map(\.path)
      let target: (path: String, data: Data)?
      switch want {
      case .absent:
        target = nil
      case .file(let file):
        guard let data = contents[file.blob] else {
          outcome.unresolved += present
          continue
        }
        target = (file.path, data)
      case .gitResult(let path):
        let entries = index[record] ?? []
        guard entries.contains(where: { $0.path == path && $0.stage == 0 }) else {
          // git's merge left it unmerged: the driver could not read a version either.
          outcome.unresolved += Array(Set(present)).sorted()
          continue
        }
        removals += Set(present).filter { $0 != path }
        continue
      case .merge(let ours, let theirs, let base):
        guard let merged = Self.merge(record, ours: ours, theirs: theirs, base: base, contents)
        else {
          outcome.unresolved += Array(Set(present)).sorted()
          continue
        }
        target = (merged.path, merged.data)
        outcome.settled.append(.merged(record.kind, id: record.id, status: merged.status))
      }
      removals += Set(present).filter { $0 != target?.path }
      if let target { writes.append(target) }
    }
    try apply(writes: writes, removals: removals)
    return outcome
  }

  private func apply(writes: [(path: String, data: Data)], removals: [String]) throws {
    for path in removals { try work.remove(path) }
    for write in writes { try work.write(write.data, to: write.path) }
    if !removals.isEmpty {
      try objects.git.checked(
        ["--literal-pathspecs", "rm", "-q", "--cached", "--ignore-unmatch"]
          + ["--pathspec-from-file=-", "--pathspec-file-nul"],
        input: Data(removals.map { $0 + "\0" }.joined().utf8))
    }
    if !writes.isEmpty {
      try objects.git.checked(
        ["--literal-pathspecs", "add", "--pathspec-from-file=-", "--pathspec-file-nul"],
        input: Data(writes.map { $0.path + "\0" }.joined().utf8))
    }
  }

  // MARK: The rule

  /// What the merge must hold of a record, from its file in each commit.
  private static func want(ours: File?, theirs: File?, base: Base) -> Want {
    if ours == theirs { return ours.map(Want.file) ?? .absent }
    let single: File??
    switch base {
    case .none: single = .some(nil)
    case .file(let file): single = .some(file)
    case .several: single = nil
    }
    if let single {
      if ours == single { return theirs.map(Want.file) ?? .absent }
      if theirs == single { return ours.map(Want.file) ?? .absent }
    }
    // Changed on both sides. Removed on one and changed on the other: kept, changed.
    guard let ours else { return theirs.map(Want.file) ?? .absent }
    guard let theirs else { return .file(ours) }
    if ours.path == theirs.path, base.paths.allSatisfy({ $0 == ours.path }) {
      return .gitResult(path: ours.path)
    }
    return .merge(ours: ours, theirs: theirs, base: base)
  }

  /// Whether the index already holds what is wanted: exactly that file, merged.
  private static func holds(_ entries: [GitObjects.IndexEntry], _ want: Want) -> Bool {
    switch want {
    case .absent:
      return entries.isEmpty
    case .file(let file):
      return entries == [GitObjects.IndexEntry(path: file.path, blob: file.blob, stage: 0)]
    case .gitResult(let path):
      return entries.count == 1 && entries[0].path == path && entries[0].stage == 0
    case .merge:
      return false
    }
  }

  private static func isChanged(_ file: File?, from base: Base) -> Bool {
    guard let file else { return false }
    switch base {
    case .none: return true
    case .file(let original): return original != file
    case .several(let files): return !files.contains(file)
    }
  }

  /// The merge of the three versions, and the path its merged status calls for; nil when a
  /// version is not a JSON object.
  private static func merge(
    _ record: RecordLayout.Record, ours: File, theirs: File, base: Base, _ contents: [String: Data]
  ) -> (path: String, data: Data, status: String?)? {
    guard let oursObject = object(contents[ours.blob]),
      let theirsObject = object(contents[theirs.blob])
    else { return nil }
    var baseObject: [String: JSONValue] = [:]
    switch base {
    case .none:
      break
    case .file(let file):
      guard let object = object(contents[file.blob]) else { return nil }
      baseObject = object
    case .several(let files):
      // A criss-cross merge: the bases' versions merged as if both were new, in a fixed order.
      let versions = files.compactMap { object(contents[$0.blob]) }
      guard versions.count == files.count, var folded = versions.first else { return nil }
      for version in versions.dropFirst() {
        folded = RecordMerge.merge(base: [:], ours: folded, theirs: version)
      }
      baseObject = folded
    }
    let merged = RecordMerge.merge(base: baseObject, ours: oursObject, theirs: theirsObject)
    let status = merged["status"]?.stringValue
    let shelf = RecordLayout.shelf(of: record.kind, status: status)
    return (
      RecordLayout.path(of: record, on: shelf), JSONWriter.prettyData(.object(merged)), status
    )
  }

  private static func object(_ data: Data?) -> [String: JSONValue]? {
    guard let data, let value = try? JSONParser.parse(data) else { return nil }
    return value.objectValue
  }

  // MARK: Reading the commits

  /// The record files of a commit, by record; a record in two folders is taken from the
  /// first of its kind's folders.
  private static func files(in tree: [String: String], _ layout: RecordLayout) -> [RecordLayout
    .Record: File]
  {
    var found: [RecordLayout.Record: (file: File, shelf: Int)] = [:]
    for (path, blob) in tree {
      guard let (record, shelf) = layout.record(at: path) else { continue }
      let order = PanelPaths.shelves(of: record.kind).firstIndex(of: shelf) ?? 0
      if let existing = found[record], existing.shelf <= order { continue }
      found[record] = (File(path: path, blob: blob), order)
    }
    return found.mapValues(\.file)
  }

  /// What the bases hold of one record, given its file in each base that has it.
  private static func base(_ files: [File]) -> Base {
    guard let first = files.first else { return .none }
    return files.allSatisfy({ $0 == first }) ? .file(first) : .several(files)
  }

  private static func isOrdered(_ first: RecordLayout.Record, _ second: RecordLayout.Record)
    -> Bool
  {
    (first.root, first.kind.rawValue, first.id) < (second.root, second.kind.rawValue, second.id)
  }
}

extension MergeReconciler.Base {
  /// The paths of the bases' files.
  fileprivate var paths: [String] {
    switch self {
    case .none: []
    case .file(let file): [file.path]
    case .several(let files): files.map(\.path)
    }
  }

  /// The blobs of the bases' files.
  fileprivate var blobs: [String] {
    switch self {
    case .none: []
    case .file(let file): [file.blob]
    case .several(let files): files.map(\.blob)
    }
  }
}
