import Foundation
import PactCore

/// A county's panels for the crime benchmark (Kent's LSOAs on the made-up map): four in
/// five named by four LSOA codes each, the rest by a boundary, a 40-sided polygon across
/// about nine LSOAs, every third with a hole. Only what crime import reads: `panel.json`
/// and `area.json`. The same areas go to `areas.json` for the Python peers.
struct CrimeCounty {
  let geography: CrimeGeography
  let panels: Int

  /// Writes the panels under `folder` and the areas as JSON to `areasFile`.
  func write(to folder: URL, areasFile: URL, today: Day) throws {
    guard let kent = geography.forces.first(where: { $0.slug == "kent" }) else {
      throw BenchError("the map has no Kent")
    }
    let byCode = panels * 4 / 5
    var areas: [String] = []
    var generator = SplitMix64(seed: 300)
    for index in 0..<panels {
      let name = "panel-" + String(index + 1).leftPadded(to: 3)
      let root = folder.appendingPathComponent(name)
      let records = try PanelRecords.new(
        name: "Crime \(name)", areas: [], partnership: nil, policeForce: "Kent Police",
        today: today)
      try PanelService.create(at: root, records: records)
      var area = AreaChange()
      var json: String
      if index < byCode {
        let first = kent.lsoas.lowerBound + (index * 4) % max(1, kent.lsoas.count - 4)
        let codes = (first..<first + 4).map { geography.lsoas[$0].code }
        area.lsoaCodes = codes
        json =
          "{\"panel\": \"\(name)\", \"lsoa\": [\(codes.map { "\"\($0)\"" }.joined(separator: ", "))]"
      } else {
        let lsoa = geography.lsoas[generator.int(kent.lsoas.lowerBound...kent.lsoas.upperBound - 1)]
        let column = Double(lsoa.column) + 0.5
        let row = Double(lsoa.row) + 0.5
        let outer = CrimeGeography.circle(column: column, row: row, radius: 1.4, sides: 40)
        let holes =
          index % 3 == 0
          ? [CrimeGeography.circle(column: column, row: row, radius: 0.3, sides: 12)] : []
        area.boundary = .some(Boundary(polygons: [Boundary.Polygon(outer: outer, holes: holes)]))
        func ring(_ points: [Boundary.Point]) -> String {
          "[" + points.map { "[\($0.longitude), \($0.latitude)]" }.joined(separator: ", ") + "]"
        }
        json =
          "{\"panel\": \"\(name)\", \"lsoa\": [], \"polygons\": [{\"outer\": \(ring(outer)), "
          + "\"holes\": [\(holes.map(ring).joined(separator: ", "))]}]"
      }
      try PanelService(at: root).setPanel(PanelChanges(), area: area)
      areas.append(json + "}")
    }
    try Data(("[\n" + areas.joined(separator: ",\n") + "\n]\n").utf8).write(to: areasFile)
  }
}
