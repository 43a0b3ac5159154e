import Foundation

/// The one entry point to a panel: a method per thing a secretary, chair or CSP officer
/// does, for the command line, a web page, a merge driver or a Swift script alike.
///
/// The service decides how much of the panel each use reads: the chair's briefing reads
/// the open work alone, a change starts from the open work and reads the whole panel only
/// when a rule needs the history, and a document reads everything. Callers never choose.
///
/// ```swift
/// let panel = PanelService(at: URL(fileURLWithPath: "bgwp"), clock: .fixed(Day("2024-06-01")!))
/// var draft = ActionDraft(title: "Speed watch on the A25", lead: "police")
/// draft.priority = "1"
/// let added = try panel.addAction(draft)
/// print(JSONWriter.prettyString(try panel.status().json))
/// ```
public struct PanelService: Sendable {
  var store: PanelStore
  /// What day it is, for every rule that needs today.
  public let clock: PanelClock
  /// Where new record ids come from.
  let ids: IDGenerator

  /// A service for the panel in the folder `root`.
  ///
  /// - Parameters:
  ///   - root: The panel's folder (holding `panel.json`).
  ///   - display: How messages name the folder (default: its path).
  ///   - clock: What day it is (default: the machine's).
  ///   - ids: Where new record ids come from (default: the system's randomness).
  ///   - changeLabel: How `undo` names the changes this service makes.
  public init(
    at root: URL, display: String? = nil, clock: PanelClock = .system,
    ids: IDGenerator = IDGenerator(), changeLabel: String = "a change"
  ) {
    store = PanelStore(root: root, display: display ?? root.path)
    store.changeLabel = changeLabel
    self.clock = clock
    self.ids = ids
  }

  /// `path` as a person typed it: absolute, or relative to `directory`.
  public static func resolve(_ path: String, in directory: URL) -> URL {
    let url =
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    return url.standardizedFileURL
  }

  /// Whether the folder `url` holds a panel.
  public static func isPanel(at url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(PanelPaths.panelFile).path)
  }

  /// The panel's folder.
  public var root: URL { store.root }
  /// The folder as messages name it.
  public var display: String { store.display }

  /// How long a change waits for another pact process before giving up (default 10 s).
  public var lockTimeout: TimeInterval {
    get { store.lockTimeout }
    set { store.lockTimeout = newValue }
  }

  /// The user's cache folder (see `CacheFolder`), where pact keeps copies of the panel's
  /// record files, each with its stamp, to read a panel of years of history faster; nil
  /// (the default) for none. A copy is used only while its file's stamp is unchanged.
  public var cacheFolder: URL? {
    get { store.recordCacheFolder }
    set { store.recordCacheFolder = newValue }
  }

  /// Today, by the service's clock.
  public var today: Day { clock.today }

  // MARK: Reading and changing

  /// Every record of the panel.
  ///
  /// - Throws: `DataFileError` naming every file and field pact cannot read;
  ///   `StorageError` when a folder cannot be read.
  public func records() throws -> PanelRecords {
    try store.records()
  }

  /// Runs `body` on the panel's records under its lock and writes what it changed. The
  /// change starts from the open work; if a rule needs the done and dropped actions too
  /// (`IncompleteRead`), the whole panel is read and the change runs again.
  func change<T>(_ body: (inout PanelRecords) throws -> T) throws -> T {
    do {
      return try store.change(wholePanel: false, body)
    } catch is IncompleteRead {
      return try store.change(wholePanel: true, body)
    }
  }

  /// How many of the latest changes `undo` can reverse, one at a time.
  public static let undoDepth = UndoJournal.keep

  /// Reverses the last change a pact command made to this copy of the panel.
  ///
  /// - Throws: `UndoError.nothingToUndo`, or `UndoError.changedSince` (changing nothing)
  ///   when a file no longer holds what the change wrote.
  @discardableResult
  public func undo() throws -> UndoneChange {
    try store.undo()
  }

  // MARK: The panel

  /// Makes a new panel in `root` with the agencies a Kent or Medway panel usually works
  /// with, and a `.gitignore` that keeps pact's private folder out of git.
  ///
  /// - Throws: `InvalidValueError` for an empty name; `StorageError.panelExists`;
  ///   `PanelError.panelInsidePanel` for a folder inside another panel, whose commands
  ///   would find the outer panel from there.
  @discardableResult
  public static func create(
    at root: URL, display: String? = nil, name: String, areas: [String] = [],
    partnership: String? = nil, policeForce: String? = nil, clock: PanelClock = .system
  ) throws -> PanelRecords {
    var folder = root.standardizedFileURL.deletingLastPathComponent()
    while folder.path != "/" && !folder.path.isEmpty {
      if isPanel(at: folder) {
        throw PanelError.panelInsidePanel(path: display ?? root.path, enclosing: folder.path)
      }
      folder = folder.deletingLastPathComponent()
    }
    let records = try PanelRecords.new(
      name: name, areas: areas, partnership: partnership, policeForce: policeForce,
      today: clock.today)
    try PanelStore(root: root, display: display ?? root.path).create(records)
    return records
  }

  /// Writes a panel made elsewhere (a generated sample) into the new folder `root`.
  ///
  /// - Throws: `StorageError.panelExists`, or `StorageError.writeFailed`.
  public static func create(at root: URL, display: String? = nil, records: PanelRecords) throws {
    try PanelStore(root: root, display: display ?? root.path).create(records)
  }

  /// The panel's settings, roles and endorsement checklist.
  public func summary() throws -> PanelSummary {
    PanelSummary(try records())
  }

  /// Changes the panel's settings and who holds its roles.
  @discardableResult
  public func setPanel(_ changes: PanelChanges) throws -> Panel {
    try change { records in
      try records.apply(changes)
      return records.panel
    }
  }

  /// Records whether one of the CSP's endorsement criteria is met, as of today.
  public func setCriterion(_ criterion: Criterion, met: Bool, note: String?) throws {
    let today = self.today
    try change { try $0.setCriterion(criterion, met: met, note: note, on: today) }
  }
}
