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
