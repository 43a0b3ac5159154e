/// A panel's records as `pact check` judges them: with the file each was read from, which
/// may not be the folder its status now calls for after a hand edit.
struct CheckedRecords: PanelContents {
  let records: PanelRecords
  let base: WriteBase

  init(_ records: PanelRecords, base: WriteBase = WriteBase()) {
    self.records = records
    self.base = base
  }

  var panel: Panel { records.panel }
  var members: [Member] { records.members }
  var agencies: [Agency] { records.agencies }
  var meetings: [Meeting] { records.meetings }
  var issues: [Issue] { records.issues }
  var priorities: [Priority] { records.priorities }
  var actions: [Action] { records.actions }
  func actionCount(_ status: ActionStatus) -> Int { records.actionCount(status) }

  /// The file a record was read from, or where it would be written.
  func file<R: Record>(of record: R) -> String {
    base.readFrom[WriteBase.key(R.self, record.id)] ?? PanelPaths.path(of: record)
  }
}
