/// Everything pact has read from one panel's folder, as values a command can change;
/// `PanelStore.update` writes back exactly the files whose contents changed.
public struct PanelSnapshot: Sendable {
  public var panel: Panel
  public var members: [Member]
  public var agencies: [Agency]
  public var meetings: [Meeting] = []
  public var issues: [Issue] = []
  public var priorities: [Priority] = []
  public var actions: [Action] = []

  /// The JSON of every file as it was read, by path relative to the panel root.
  var originals: [String: JSONValue] = [:]

  /// Done and dropped actions that were counted but not read in full (`PanelStore.Scope`
  /// `.openWork`, `.openActions` and `.overview`).
  public internal(set) var unreadClosedActions: [ActionStatus: Int] = [:]

  /// The dates of the done and dropped actions not read in full, in no particular order
  /// (`PanelStore.Scope.overview`).
  public internal(set) var closedActionDates: [ActionDates] = []

  /// The ids of done and dropped actions not read (`PanelStore.Scope.openActions`).
  public internal(set) var unreadActionIDs: Set<String> = []

  /// How many actions have `status`, counting those not read.
  public func actionCount(_ status: ActionStatus) -> Int {
    actions.filter { $0.status == status }.count + unreadClosedActions[status, default: 0]
  }

  public init(panel: Panel, members: [Member] = [], agencies: [Agency] = []) {
    self.panel = panel
    self.members = members
    self.agencies = agencies
  }

  /// The JSON each file should hold, by path relative to the panel root.
  var files: [String: JSONValue] {
    var files: [String: JSONValue] = [PanelLocator.panelFile: panel.json]
    func add<R: Record>(_ records: [R]) {
      for record in records { files[PanelSnapshot.path(of: record)] = record.json }
    }
    add(members)
    add(agencies)
    add(meetings)
    add(issues)
    add(priorities)
    add(actions)
    return files
  }

  static func path<R: Record>(of record: R) -> String {
    "\(record.folder)/\(record.id).json"
  }

  /// Where each record was read from, by kind and id: a file edited by hand may not be in
  /// the folder its status now calls for (until the next change moves it).
  var readFrom: [String: String] = [:]

  /// The file a record was read from, or where it would be written.
  func file<R: Record>(of record: R) -> String {
    readFrom["\(R.kind.rawValue)/\(record.id)"] ?? PanelSnapshot.path(of: record)
  }
}
