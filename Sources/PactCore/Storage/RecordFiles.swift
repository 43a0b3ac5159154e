/// The JSON each file of a panel should hold, by path relative to the panel root: the
/// records as storage writes them.
enum RecordFiles {
  static func of(_ records: PanelRecords) -> [String: JSONValue] {
    var files: [String: JSONValue] = [PanelPaths.panelFile: records.panel.json]
    func add<R: Record>(_ list: [R]) {
      for record in list { files[PanelPaths.path(of: record)] = record.json }
    }
    add(records.members)
    add(records.agencies)
    add(records.meetings)
    add(records.issues)
    add(records.priorities)
    add(records.actions)
    return files
  }
}
