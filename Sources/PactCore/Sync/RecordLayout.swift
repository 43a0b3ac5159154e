/// Where the records of the panels in a repository are: which paths are whose record files,
/// across each kind's folders (`PanelPaths`), for every folder that holds a `panel.json`.
struct RecordLayout {
  /// One record of one panel, wherever it is kept.
  struct Record: Hashable {
    /// The panel's folder in the repository; empty for the repository's top.
    var root: String
    var kind: RecordKind
    var id: String
  }

  /// The record kind whose files are in each folder, by its path in the repository.
  private let folders: [String: (root: String, kind: RecordKind, shelf: RecordShelf)]

  /// The layout of the panels whose folders are `roots`.
  init(roots: Set<String>) {
    var folders: [String: (root: String, kind: RecordKind, shelf: RecordShelf)] = [:]
    for root in roots {
      for kind in RecordKind.allCases {
        for shelf in PanelPaths.shelves(of: kind) {
          folders[Self.join(root, PanelPaths.folder(of: kind, on: shelf))] = (root, kind, shelf)
        }
      }
    }
    self.folders = folders
  }

  /// The folders of the panels among `paths`: those holding a `panel.json`.
  static func roots(in paths: some Sequence<String>) -> Set<String> {
    var roots: Set<String> = []
    for path in paths {
      if path == PanelPaths.panelFile {
        roots.insert("")
      } else if path.hasSuffix("/" + PanelPaths.panelFile) {
        roots.insert(String(path.dropLast(PanelPaths.panelFile.count + 1)))
      }
    }
    return roots
  }

  /// The record whose file `path` is, and the shelf its folder keeps; nil for any other file.
  func record(at path: String) -> (record: Record, shelf: RecordShelf)? {
    let (folder, name) = PanelPaths.split(path)
    guard let found = folders[String(folder)], PanelPaths.isRecordFileName(String(name)) else {
      return nil
    }
    let (id, isSafe) = PanelPaths.recordID(fileName: String(name))
    guard isSafe else { return nil }
    return (Record(root: found.root, kind: found.kind, id: id), found.shelf)
  }

  /// The path of `record`'s file on `shelf`.
  static func path(of record: Record, on shelf: RecordShelf) -> String {
    join(record.root, PanelPaths.folder(of: record.kind, on: shelf) + "/\(record.id).json")
  }

  /// The shelf a record of `kind` with `status` belongs on.
  static func shelf(of kind: RecordKind, status: String?) -> RecordShelf {
    switch kind {
    case .action:
      return Action.shelf(for: status.flatMap(ActionStatus.init(rawValue:)) ?? .open)
    case .issue:
      return status == IssueStatus.closed.rawValue ? .closed : .current
    case .priority:
      let status = status.flatMap(PriorityStatus.init(rawValue:)) ?? .active
      return status == .active ? .current : .closed
    case .member, .agency, .meeting:
      return .current
    }
  }

  /// `relative` inside the folder `root` of the repository.
  static func join(_ root: String, _ relative: String) -> String {
    root.isEmpty ? relative : root + "/" + relative
  }
}
