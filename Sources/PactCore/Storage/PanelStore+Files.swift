/// Files a change reads and writes beside the records — the area, the months of crime
/// counts — by path relative to the panel, as the JSON they hold. A file that does not
/// exist is absent; removing an entry removes the file.
typealias PanelFiles = [String: JSONValue]

extension PanelStore {
  /// The JSON of the file at `relative`, or nil when there is none; read as every record is,
  /// without following a link, a regular file no larger than a record.
  ///
  /// - Throws: `DataFileError` when it is not valid JSON or cannot be read safely;
  ///   `StorageError.readFailed`.
  func readJSON(_ relative: String) throws -> JSONValue? {
    guard let text = try folder.currentText(relative) else { return nil }
    do {
      return try JSONParser.parse(text)
    } catch {
      throw DataFileError.invalid([
        DataFileDiagnostic(
          file: displayPath(relative), message: "not valid JSON: \(error.errorDescription ?? "")")
      ])
    }
  }

  /// Reads the files at `paths` that exist.
  func readFiles(_ paths: [String]) throws -> PanelFiles {
    var files: PanelFiles = [:]
    for path in paths {
      if let json = try readJSON(path) { files[path] = json }
    }
    return files
  }

  /// Runs `body` on the files at `paths` under the panel's lock and writes what it changed,
  /// as one change `undo` reverses; the records are not read.
  func changeFiles<T>(_ paths: [String], _ body: (inout PanelFiles) throws -> T) throws -> T {
    let (lock, transaction) = try begin()
    defer { withExtendedLifetime(lock) {} }
    let originals = try readFiles(paths)
    var files = originals
    let value = try body(&files)
    try ChangeWriter(transaction: transaction, label: changeLabel).write(files, over: originals)
    return value
  }

  /// Runs `body` on the records and the files at `paths` under the panel's lock, and writes
  /// what it changed of both as one change.
  func change<T>(
    wholePanel: Bool, files paths: [String],
    _ body: (inout PanelRecords, inout PanelFiles) throws -> T
  ) throws -> T {
    let (lock, transaction) = try begin()
    defer { withExtendedLifetime(lock) {} }
    let result = try reader.read(wholePanel ? .everything : .openActions, forWriting: true)
    var records = PanelRecords(
      result,
      closed: wholePanel ? .read : .unread(ids: result.unreadIDs, counts: result.unreadCounts))
    let originals = try readFiles(paths)
    var files = originals
    let value = try body(&records, &files)
    // Ranks left unclear by a merge are stored as every output shows them.
    records.rerankPriorities()
    let before = result.base.originals.merging(originals) { record, _ in record }
    // New action files are written straight from the actions; an import makes thousands.
    let (json, texts) = RecordFiles.splitting(records, newBesides: before)
    try ChangeWriter(transaction: transaction, label: changeLabel)
      .write(
        json.merging(files) { record, _ in record }.filter { texts[$0.key] == nil },
        texts: texts, over: before)
    return value
  }
}
