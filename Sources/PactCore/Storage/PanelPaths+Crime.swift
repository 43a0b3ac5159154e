extension PanelPaths {
  /// The panel's area for crime data: LSOA codes and a boundary.
  static let areaFile = "area.json"
  /// The folder of monthly crime counts, one file a month.
  static let crimeFolder = "crime"

  /// The file of one month's crime counts: `crime/2024-03.json`.
  static func crimeFile(_ month: YearMonth) -> String { "\(crimeFolder)/\(month).json" }

  /// The month a file in the crime folder holds, or nil for a name that is not one.
  static func crimeMonth(fileName name: String) -> YearMonth? {
    guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
    return YearMonth(String(name.dropLast(5)))
  }
}

extension PanelPaths {
  /// Whether the file at `relative` (to the panel's folder) is one the panel's copies share
  /// through git: `panel.json`, a record, the area, a month of crime counts, or the
  /// `.gitignore` and `.gitattributes` pact writes. Anything else in the folder (a scratch
  /// note, a draft letter) is the secretary's own, and `sync` leaves it out.
  static func isShared(_ relative: String) -> Bool {
    if [panelFile, gitignore, gitattributes, areaFile].contains(relative) { return true }
    let (folder, name) = split(relative)
    guard isRecordFileName(String(name)) else { return false }
    if folder == crimeFolder { return crimeMonth(fileName: String(name)) != nil }
    return RecordKind.allCases.contains { kind in
      folders(of: kind).contains { $0 == folder }
    }
  }
}
