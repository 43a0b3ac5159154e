/// The JSON each file of a panel should hold, by path relative to the panel root: the
/// records as storage writes them.
enum RecordFiles {
  static func of(_ records: PanelRecords) -> [String: JSONValue] {
    splitting(records, newBesides: nil).json
  }

  /// What `of(_:)` gives, but, unless `originals` is nil, an action whose file is new
  /// (`originals` has nothing at its path) as the bytes to write, made straight from the
  /// action (`Action.fileBytes`): there is nothing to compare it with. An import makes
  /// thousands.
  static func splitting(
    _ records: PanelRecords, newBesides originals: [String: JSONValue]?
  ) -> (json: [String: JSONValue], texts: [String: [UInt8]]) {
    var files: [String: JSONValue] = [PanelPaths.panelFile: records.panel.json]
    var texts: [String: [UInt8]] = [:]
    func add<R: Record>(_ list: [R]) {
      for record in list { files[PanelPaths.path(of: record)] = record.json }
    }
    add(records.members)
    add(records.agencies)
    add(records.meetings)
    add(records.issues)
    add(records.priorities)
    for action in records.actions {
      let path = PanelPaths.path(of: action)
      if let originals, originals[path] == nil, let bytes = action.fileBytes {
        files[path] = nil
        texts[path] = bytes
      } else {
        // Two actions at one path (one id on two shelves): the last is written, as before.
        texts[path] = nil
        files[path] = action.json
      }
    }
    return (files, texts)
  }
}
