import Foundation
import PactCore

/// What the crime benchmark generates: a national month of police.uk files, a quarter of
/// it, a county of panels with areas, and the ten-year panel again with five years of crime
/// figures for its area.
struct CrimeData {
  /// The month's folder, and its files (largest force first).
  var month: URL
  var files: [URL]
  var bytes: Int
  var rows: Int
  /// The forces' files that make about a quarter of the month, and their bytes.
  var quarterFiles: [URL]
  var quarterBytes: Int
  var county: URL
  var countyPanels: Int
  /// The county's areas, for the Python peers.
  var areas: URL
  /// The ten-year panel with five years of crime figures.
  var statusPanel: URL

  /// How many years the ten-year panel (smaller with `--quick`) covers.
  var years: Int

  /// Labels for the table.
  static let monthLabel = "1 month"
  static let quarterLabel = "1/4 month"
  static let withCrimeSuffix = "+5y crime"
  static let withoutCrimeSuffix = ", none"
  var withCrime: String { "\(years)y\(CrimeData.withCrimeSuffix)" }
  var withoutCrime: String { "\(years)y\(CrimeData.withoutCrimeSuffix)" }
}

extension Benchmark {
  /// Generates the crime benchmark's data under `root`, and the ten-year panel's twin with
  /// five years of figures from `large`.
  func generateCrime(large: PanelRecords) throws -> CrimeData {
    let geography = CrimeGeography(lsoaCount: 33_755)
    let rows = options.quick ? 50_000 : 500_000
    log("generating a national month of police.uk files (\(rows.grouped) rows) ...")
    let police = root.appendingPathComponent("police-data")
    let month = NationalMonth(geography: geography, month: "2024-03", rows: rows)
    let (files, bytes) = try month.write(to: police)
    var quarter: [URL] = []
    var quarterBytes = 0
    for file in files.reversed() where quarterBytes < bytes / 4 {
      quarter.append(file)
      quarterBytes +=
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        .flatMap { $0 } ?? 0
    }
    let panels = options.quick ? 30 : 300
    log("generating a county of \(panels) panels with areas for crime import ...")
    let county = root.appendingPathComponent("crime-county")
    let areas = root.appendingPathComponent("crime-areas.json")
    try CrimeCounty(geography: geography, panels: panels).write(
      to: county, areasFile: areas, today: today)
    log("generating the ten-year panel again, with five years of crime figures ...")
    let statusPanel = root.appendingPathComponent("ten-year-crime")
    try PanelService.create(at: statusPanel, records: large)
    try addCrimeHistory(to: statusPanel, geography: geography)
    return CrimeData(
      month: police.appendingPathComponent("2024-03"), files: files, bytes: bytes, rows: rows,
      quarterFiles: quarter, quarterBytes: quarterBytes, county: county, countyPanels: panels,
      areas: areas, statusPanel: statusPanel, years: sizes.large.months / 12)
  }

  /// Gives the panel six LSOAs, crime types on its priorities (anti-social behaviour,
  /// drugs, burglary), and sixty months of figures (May 2019 to April 2024) imported from
  /// street-level files of about 150 rows each.
  private func addCrimeHistory(to panel: URL, geography: CrimeGeography) throws {
    let service = PanelService(at: panel, clock: .fixed(today))
    let codes = (0..<6).map { geography.lsoas[$0].code }
    try service.setPanel(PanelChanges(), area: AreaChange(lsoaCodes: codes))
    for (priority, type) in zip(
      try service.records().activePriorities,
      [CrimeType.antiSocialBehaviour, .drugs, .burglary])
    {
      var changes = PriorityChanges()
      changes.crimeType = .some(.type(type))
      try service.setPriority(priority.id, changes)
    }
    let folder = root.appendingPathComponent("crime-history")
    var generator = SplitMix64(seed: 60)
    var first = YearMonth(year: 2019, month: 5)
    while let month = first, month <= YearMonth(year: 2024, month: 4) ?? month {
      var text = NationalMonth.header
      for _ in 0..<150 {
        let index = generator.int(0...11)
        let lsoa = geography.lsoas[index]
        let point = generator.pick(geography.points[index], or: ("0", "0"))
        let type = generator.pick(NationalMonth.types.map(\.0), or: "Drugs")
        text +=
          ",\(month),Kent Police,Kent Police,\(point.longitude),\(point.latitude),"
          + "On or near High Street,\(lsoa.code),\(lsoa.csvName),\(type),,\n"
      }
      let url = folder.appendingPathComponent("\(month)/\(month)-kent-street.csv")
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      first = month.adding(months: 1)
    }
    _ = try service.importCrime([folder.path], relativeTo: root)
  }
}
