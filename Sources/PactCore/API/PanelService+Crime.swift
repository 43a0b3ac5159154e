import Foundation

extension PanelService {
  // MARK: The area

  /// The area the panel counts crime in, or nil when none is set.
  ///
  /// - Throws: `DataFileError` when `area.json` cannot be read.
  public func crimeArea() throws -> CrimeArea? {
    try store.crimeArea()
  }

  /// Changes the panel's settings and the area it counts crime in, as one change.
  ///
  /// - Throws: what `setPanel(_:)` throws; `InvalidValueError` for a code that is not an
  ///   LSOA code.
  @discardableResult
  public func setPanel(_ changes: PanelChanges, area: AreaChange) throws -> Panel {
    guard !area.isEmpty else { return try setPanel(changes) }
    let areaFile = PanelPaths.areaFile
    let display = store.displayPath(areaFile)
    return try change(files: [areaFile]) { records, files in
      if !changes.isEmpty { try records.apply(changes) }
      let current = try PanelStore.area(from: files[areaFile], file: display) ?? CrimeArea()
      let updated = try area.applied(to: current)
      if updated.isEmpty && updated.unknownFields.isEmpty {
        files.removeValue(forKey: areaFile)
      } else {
        files[areaFile] = updated.json
      }
      return records.panel
    }
  }

  /// Like `change(_:)`, with files beside the records read and written in the same change.
  func change<T>(files paths: [String], _ body: (inout PanelRecords, inout PanelFiles) throws -> T)
    throws -> T
  {
    do {
      return try store.change(wholePanel: false, files: paths, body)
    } catch is IncompleteRead {
      return try store.change(wholePanel: true, files: paths, body)
    }
  }

  // MARK: Crime figures

  /// The area's monthly counts by type for the latest `months` months with figures.
  ///
  /// - Throws: `DataFileError` for a file that cannot be read.
  public func crime(months: Int = 12) throws -> CrimeOverview {
    return try CrimeOverview(
      panelName: store.panelName(), area: store.crimeArea(), covered: store.crimeMonthList(),
      months: months, store: store)
  }

  /// The evidence beside `priorities` as of `day`, reading only the months it needs.
  func crimeEvidence(for priorities: [Priority], asOf day: Day) throws -> CrimeEvidenceSet {
    try CrimeEvidenceSet(priorities, asOf: day, store: store)
  }

  /// Counts the police.uk street-level files at `paths` (files, or folders searched for
  /// `…-street.csv`) into this panel's area: a month's file is written with the rows in
  /// the area by type and the files they came from; a file read again replaces its counts.
  /// All or nothing.
  ///
  /// - Parameters:
  ///   - paths: Files and folders, absolute or relative to `directory`.
  ///   - directory: Where relative paths start.
  /// - Throws: `CrimeImportError`; `DataFileError` for a panel file that cannot be read.
  public func importCrime(_ paths: [String], relativeTo directory: URL) throws
    -> CrimeImportSummary
  {
    let name = try store.panelName()
    guard let area = try store.crimeArea(), !area.isEmpty else {
      throw CrimeImportError.noArea(panel: display)
    }
    return try CrimeImportRun(paths, relativeTo: directory).write(
      to: [(store, name, area)], withoutArea: [])
  }

  /// Counts the street-level files at `paths` into every panel found under `panelPaths` (as
  /// `report` finds them) that has an area, in one pass over the files. Each panel's change
  /// is its own, for `undo` in that panel; if one panel cannot be written, those written
  /// are put back.
  ///
  /// - Parameters:
  ///   - label: How `undo` names the change in each panel.
  /// - Throws: `CrimeImportError`; `BoroughReportError` for a path that is not a folder;
  ///   `DataFileError` for a panel file that cannot be read.
  public static func importCrime(
    _ paths: [String], intoPanelsUnder panelPaths: [String], relativeTo directory: URL,
    label: String = "a change"
  ) throws -> CrimeImportSummary {
    let found = try PanelFinder.find(panelPaths, in: directory)
    guard !found.isEmpty else { throw BoroughReportError.noPanels(paths: panelPaths) }
    var targets: [(PanelStore, String, CrimeArea)] = []
    var withoutArea: [String] = []
    for panel in found {
      var store = PanelStore(root: panel.url, display: panel.display)
      store.changeLabel = label
      let name = try store.panelName()
      if let area = try store.crimeArea(), !area.isEmpty {
        targets.append((store, name, area))
      } else {
        withoutArea.append(panel.display)
      }
    }
    guard !targets.isEmpty else {
      throw CrimeImportError.noPanelWithArea(paths: panelPaths, panels: found.count)
    }
    return try CrimeImportRun(paths, relativeTo: directory).write(
      to: targets, withoutArea: withoutArea)
  }
}
