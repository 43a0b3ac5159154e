import Foundation

/// Reads a panel's files into records, noting every file and field it cannot read.
///
/// Reads take no lock: every file is replaced whole by a rename, so a reader sees each file
/// either before or after a change.
struct PanelReader {
  let folder: PanelFolder
  /// How long, in nanoseconds, after a file's last change before the index of done and
  /// dropped actions holds it (`.overview`): a file changed again within one tick of the
  /// file system's clock would keep its stamp, so only a file older than this is indexed.
  var indexSettling: Int64 = 2_000_000_000
  /// The user's cache folder, where the index of done and dropped actions is kept; nil
  /// for none.
  var cacheFolder: URL?
  /// The user's cache folder, where copies of the panel's record files are kept to be read
  /// faster (`RecordCache`); nil for none.
  var recordCacheFolder: URL?

  /// How much of a panel to read.
  enum Scope: Sendable {
    /// Every record.
    case everything
    /// Everything but done and dropped actions (only counted), closed issues and past
    /// priorities: what the chair's briefing needs.
    case openWork
    /// Everything but done and dropped actions, whose ids alone are listed: enough for most
    /// changes, and far cheaper on a panel with years of history.
    case openActions
    /// The open work, and the done and dropped actions as their dates alone, read through
    /// an index that holds them for every file unchanged since.
    case overview
  }

  /// What was read.
  struct Result {
    var panel: Panel
    var members: [Member]
    var agencies: [Agency]
    var meetings: [Meeting]
    var issues: [Issue]
    var priorities: [Priority]
    var actions: [Action]
    /// Done and dropped actions counted but not read in full.
    var unreadCounts: [ActionStatus: Int] = [:]
    /// The ids of done and dropped actions not read (`.openActions`).
    var unreadIDs: Set<String> = []
    /// The ids of done and dropped actions not read that begin as an open action's does, in
    /// their first `RecordID.minimumShownLength` bytes (`.openWork`): all that the short
    /// forms of the open actions' ids must be told from.
    var unreadIDsNearOpen: [String] = []
    /// The dates of the done and dropped actions not read in full (`.overview`).
    var closedDates: [ActionDates] = []
    /// What each file held, for a change to write only what differs.
    var base = WriteBase()
  }

  /// Reads the panel; `forWriting` also keeps what each file held, to write only what
  /// differs (building that costs as much again, so reads skip it). Without
  /// `keepingFiles`, a read that wants the records alone does not note where each was
  /// read from (the result's `base` then names no record's file).
  ///
  /// - Throws: `DataFileError` naming every file and field pact cannot read, or a newer
  ///   schema; `StorageError.readFailed` when a folder cannot be listed.
  func read(_ scope: Scope, forWriting: Bool = false, keepingFiles: Bool = true) throws -> Result {
    var state = ReadState(
      forWriting: forWriting, keepsFiles: forWriting || keepingFiles,
      root: try folder.openRoot())
    state.base.scannedForControls = state.keepsFiles
    state.cache = RecordCacheSession(cacheFolder: recordCacheFolder, root: state.root)
    let panel = try readPanel(&state)
    let members = try readRecords(Member.self, &state)
    let agencies = try readRecords(Agency.self, &state)
    let meetings = try readRecords(Meeting.self, &state)
    var issues = try readRecords(Issue.self, &state)
    var priorities = try readRecords(Priority.self, &state)
    if scope != .openWork, scope != .overview {
      for directory in PanelPaths.closedFolders(of: .issue) {
        try readRecords(Issue.self, in: directory, into: &issues, &state)
      }
      for directory in PanelPaths.closedFolders(of: .priority) {
        try readRecords(Priority.self, in: directory, into: &priorities, &state)
      }
    }
    var actions = try readRecords(Action.self, &state)
    var unread: [ActionStatus: Int] = [:]
    var unreadIDs: Set<String> = []
    var unreadIDsNearOpen: [String] = []
    let openStarts = Set(actions.compactMap { PanelReader.start(of: $0.id) })
    var closedDates: [ActionDates] = []
    let indexed: (dates: [String: [ActionDates]], open: [Action]) =
      scope == .overview
      ? try closedActionDates(root: state.root, diagnostics: &state.diagnostics) : ([:], [])
    actions += indexed.open
    for status in [ActionStatus.done, .dropped] {
      let directory = PanelPaths.folder(of: .action, on: Action.shelf(for: status))
      switch scope {
      case .overview:
        let dates = indexed.dates[directory] ?? []
        unread[status] = dates.count
        closedDates += dates
      case .everything:
        try readRecords(Action.self, in: directory, into: &actions, &state)
      case .openWork:
        unread[status] = try recordFileCount(
          in: directory, root: state.root, diagnostics: &state.diagnostics, keeping: openStarts,
          into: &unreadIDsNearOpen)
      case .openActions:
        let names = try listing(directory, &state).map(\.name).filter(
          PanelPaths.isRecordFileName)
        unread[status] = names.count
        unreadIDs.formUnion(names.map { String($0.dropLast(5)) })
      }
    }
    guard state.diagnostics.isEmpty, let panel else {
      throw DataFileError.invalid(state.diagnostics)
    }
    state.cache?.save(settling: indexSettling, panelPath: folder.root.path)
    return Result(
      panel: panel, members: members, agencies: agencies, meetings: meetings, issues: issues,
      priorities: priorities, actions: actions, unreadCounts: unread, unreadIDs: unreadIDs,
      unreadIDsNearOpen: unreadIDsNearOpen, closedDates: closedDates, base: state.base)
  }

  /// What a read gathers as it goes.
  private struct ReadState {
    let forWriting: Bool
    /// Whether the base notes where each record was read from.
    let keepsFiles: Bool
    /// The panel's folder, held open: every folder is reached from it.
    let root: SafeFolder
    var diagnostics: [DataFileDiagnostic] = []
    var base = WriteBase()
    var cache: RecordCacheSession?
  }

  private func readPanel(_ state: inout ReadState) throws -> Panel? {
    let relative = PanelPaths.panelFile
    guard
      let json = try readJSON(
        relative, in: state.root, kind: nil, diagnostics: &state.diagnostics)
    else { return nil }
    // A newer schema is refused before anything else is judged: its fields may mean
    // something this version cannot know.
    if let schema = json["schema"]?.intValue, schema > Panel.currentSchema {
      throw DataFileError.newerSchema(
        file: folder.displayPath(relative), found: schema, supported: Panel.currentSchema)
    }
    var reader = RecordReader(json)
    let panel = Panel(reading: &reader)
    append(reader.problems, file: relative, to: &state.diagnostics)
    guard reader.problems.isEmpty, var panel else { return nil }
    state.base.originals[relative] = panel.json
    // An older schema is migrated in memory; the next write saves it in the current one.
    panel.schema = Panel.currentSchema
    return panel
  }

  /// The folder `directory` of the panel, reached without following a link; nil (with a
  /// diagnostic when it is a link or not a folder) when it cannot be read.
  func open(
    _ directory: String, in root: SafeFolder, diagnostics: inout [DataFileDiagnostic]
  ) throws -> SafeFolder? {
    do throws(SafeFolder.Failure) {
      return try root.folder(directory)
    } catch {
      guard case .unsafe(let unsafe) = error.reason else { throw folder.error(error) }
      diagnostics.append(
        DataFileDiagnostic(file: folder.displayPath(error.relative), unsafe: unsafe))
      return nil
    }
  }

  /// The names in a records folder with their kinds, as the listing gives them; none when
  /// the folder does not exist or cannot be read (noted in the diagnostics).
  private func listing(_ directory: String, _ state: inout ReadState) throws
    -> [(name: String, kind: FileKind?, folder: SafeFolder)]
  {
    guard let opened = try open(directory, in: state.root, diagnostics: &state.diagnostics)
    else { return [] }
    do {
      return try opened.entries().map { ($0.name, $0.kind, opened) }
    } catch {
      throw folder.error(error)
    }
  }

  private func readRecords<R: Record>(
    _ type: R.Type, in directory: String = PanelPaths.directory(of: R.kind),
    _ state: inout ReadState
  ) throws -> [R] {
    var records: [R] = []
    try readRecords(R.self, in: directory, into: &records, &state)
    return records
  }

  /// Reads the records of `directory` onto the end of `records` (not into an array of
  /// their own to be copied there: ten thousand actions are costly to copy).
  private func readRecords<R: Record>(
    _ type: R.Type, in directory: String, into records: inout [R], _ state: inout ReadState
  ) throws {
    let entries = try listing(directory, &state).sorted { $0.name < $1.name }
      .filter { PanelPaths.isRecordFileName($0.name) }
    state.cache?.reading(directory)
    // The stamps a cache is checked against, asked for all at once.
    let stamps =
      state.cache?.holdsFiles(directory) == true
      ? concurrentMap(entries.count) { entries[$0].folder.stamp(of: entries[$0].name) } : nil
    records.reserveCapacity(records.count + entries.count)
    if state.keepsFiles {
      state.base.readFrom.reserveCapacity(state.base.readFrom.count + entries.count)
    }
    for (index, (name, kind, opened)) in entries.enumerated() {
      var mayHoldControls = false
      guard
        let record = try readRecord(
          R.self, named: name, in: opened, kind: kind, stamp: stamps.map { $0[index] },
          cache: &state.cache, mayHoldControls: &mayHoldControls,
          diagnostics: &state.diagnostics)
      else { continue }
      records.append(record)
      guard state.keepsFiles else { continue }
      // What pact would write for the record as read: a file that means the same but is
      // laid out differently (by hand) is left alone unless the record changes.
      let relative = "\(directory)/\(name)"
      if state.forWriting { state.base.originals[relative] = record.json }
      state.base.readFrom[WriteBase.key(R.self, record.id)] = relative
      if mayHoldControls { state.base.mayHoldControls.insert(relative) }
    }
  }

  /// Reads the record in the file `name` of the folder `opened`, or nil after noting in
  /// `diagnostics` why it cannot be read. `kind` is what the folder's listing says the
  /// name is: anything but a regular file is refused without being opened.
  func readRecord<R: Record>(
    _ type: R.Type, named name: String, in opened: SafeFolder, kind: FileKind?,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> R? {
    var noCache: RecordCacheSession?
    var mayHoldControls = false
    return try readRecord(
      R.self, named: name, in: opened, kind: kind, cache: &noCache,
      mayHoldControls: &mayHoldControls, diagnostics: &diagnostics)
  }

  /// Reads a record as `readRecord(_:named:in:kind:diagnostics:)` does, through `cache`:
  /// from the bytes it holds for a file whose stamp is unchanged, and otherwise from the
  /// file, offering what was read well to the cache. `mayHoldControls` is set when the
  /// bytes may hold a control character in some text (`VisibleText`).
  private func readRecord<R: Record>(
    _ type: R.Type, named name: String, in opened: SafeFolder, kind: FileKind?,
    stamp: (stamp: FileStamp, kind: FileKind)?? = nil,
    cache: inout RecordCacheSession?, mayHoldControls: inout Bool,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> R? {
    let relative = opened.path(name)
    guard let id = recordID(R.self, named: name, in: opened, diagnostics: &diagnostics) else {
      return nil
    }
    if kind == .regular || kind == nil, let cached = cache?.cached(name, in: opened, found: stamp) {
      // Bytes that do not read well are not trusted: the file itself is read instead.
      var ignored: [DataFileDiagnostic] = []
      if let record = decode(R.self, id: id, bytes: cached.bytes, file: relative, &ignored) {
        cache?.keep(cached.entry, for: name, in: opened.relative)
        mayHoldControls = cached.entry.mayHoldControls
        return record
      }
    }
    guard let read = try readBytes(name, in: opened, kind: kind, diagnostics: &diagnostics)
    else { return nil }
    let record = decode(R.self, id: id, bytes: read.bytes[...], file: relative, &diagnostics)
    if record != nil {
      mayHoldControls = read.bytes.withUnsafeBufferPointer(VisibleText.mayHoldControls(json:))
      cache?.offer(
        name, in: opened.relative, stamp: read.stamp, bytes: read.bytes,
        mayHoldControls: mayHoldControls)
    }
    return record
  }

  /// The id the record file `name` names, or nil after noting in `diagnostics` that it is
  /// not one.
  func recordID<R: Record>(
    _ type: R.Type, named name: String, in opened: SafeFolder,
    diagnostics: inout [DataFileDiagnostic]
  ) -> String? {
    let (id, isSafe) = PanelPaths.recordID(fileName: name)
    guard isSafe else {
      diagnostics.append(
        DataFileDiagnostic(
          file: folder.displayPath(opened.path(name)),
          message: "the file name is not a valid \(R.kind.noun) id "
            + "(letters, digits and hyphens only)"))
      return nil
    }
    return id
  }

  /// The record with `id` the bytes of the file `relative` hold, or nil after noting in
  /// `diagnostics` why they do not hold one.
  func decode<R: Record>(
    _ type: R.Type, id: String, bytes: ArraySlice<UInt8>, file relative: String,
    _ diagnostics: inout [DataFileDiagnostic]
  ) -> R? {
    if let record = bytes.withUnsafeBufferPointer({ R.read(id: id, bytes: $0) }) {
      return record
    }
    guard let json = parse(Array(bytes), file: relative, diagnostics: &diagnostics) else {
      return nil
    }
    var reader = RecordReader(json)
    let record = R(id: id, reading: &reader)
    append(reader.problems, file: relative, to: &diagnostics)
    return reader.problems.isEmpty ? record : nil
  }

  private func readJSON(
    _ name: String, in opened: SafeFolder, kind: FileKind?,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> JSONValue? {
    guard let read = try readBytes(name, in: opened, kind: kind, diagnostics: &diagnostics)
    else { return nil }
    return parse(read.bytes, file: opened.path(name), diagnostics: &diagnostics)
  }

  /// The contents of the record file `name`, or nil after noting in `diagnostics` why pact
  /// will not read it.
  func readBytes(
    _ name: String, in opened: SafeFolder, kind: FileKind?,
    diagnostics: inout [DataFileDiagnostic]
  ) throws -> (bytes: [UInt8], stamp: FileStamp)? {
    let relative = opened.path(name)
    do {
      // What the listing says is not a regular file is never opened: opening a device can
      // do things.
      if let kind, kind != .regular, kind != .folder {
        throw SafeFolder.Failure(
          relative: relative,
          reason: .unsafe(kind == .symbolicLink ? .symbolicLink : .notARegularFile(kind)))
      }
      guard let read = try opened.readStamped(name, limit: FileSize.recordLimit) else {
        throw StorageError.readFailed(path: folder.displayPath(relative), reason: "no such file")
      }
      return read
    } catch let failure as SafeFolder.Failure {
      switch failure.reason {
      case .folder:
        // A folder named like a record is reported with the other problems, not as a
        // failure.
        diagnostics.append(
          DataFileDiagnostic(
            file: folder.displayPath(relative), message: "a folder, where a record file should be")
        )
        return nil
      case .unsafe(let unsafe):
        diagnostics.append(DataFileDiagnostic(file: folder.displayPath(relative), unsafe: unsafe))
        return nil
      case .missing, .system:
        throw folder.error(failure)
      }
    }
  }

  /// The JSON in a file's `data`, or nil after noting in `diagnostics` why it is not JSON.
  private func parse(
    _ data: [UInt8], file relative: String, diagnostics: inout [DataFileDiagnostic]
  ) -> JSONValue? {
    do {
      return try JSONParser.parse(data)
    } catch {
      // Conflict markers make any file invalid JSON; saying what they are says what to do.
      let message =
        MergeConflictMarkers.firstLine(in: Data(data)).map {
          "an unresolved git merge conflict (a conflict marker on line \($0))"
        } ?? "not valid JSON: \(error.errorDescription ?? "")"
      diagnostics.append(DataFileDiagnostic(file: folder.displayPath(relative), message: message))
      return nil
    }
  }

  private func append(
    _ problems: [FieldProblem], file relative: String, to diagnostics: inout [DataFileDiagnostic]
  ) {
    for problem in problems {
      diagnostics.append(
        DataFileDiagnostic(
          file: folder.displayPath(relative), field: problem.field, message: problem.message))
    }
  }
}
