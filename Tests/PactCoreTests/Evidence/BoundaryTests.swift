import Foundation
import Testing

@testable import PactCore

/// Which points lie inside a boundary, and reading the boundary files people have.
@Suite struct BoundaryTests {
  /// A square from 0 to 4 degrees with a hole from 1 to 2, and a second square from 10 to
  /// 11: a MultiPolygon.
  static let geoJSON = """
    {"type": "Feature", "properties": {"name": "Test ward"}, "geometry": {
      "type": "MultiPolygon", "coordinates": [
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]],
        [[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]]
      ]}}
    """

  private func boundary(_ text: String) throws -> Boundary {
    try BoundaryFile.boundary(from: JSONParser.parse(Array(text.utf8)))
  }

  @Test(arguments: [
    (0.5, 0.5, true),  // inside the first part
    (3.0, 3.9, true),
    (1.5, 1.5, false),  // in the hole
    (1.5, 2.1, true),  // just outside the hole
    (10.5, 10.5, true),  // on the second part
    (4.01, 2.0, false),  // just outside
    (-0.01, 2.0, false),
    (7.0, 7.0, false),  // between the parts
    (10.5, 11.01, false),
  ])
  func pointsInsideAndOutside(longitude: Double, latitude: Double, inside: Bool) throws {
    let area = try boundary(BoundaryTests.geoJSON)
    #expect(area.contains(longitude: longitude, latitude: latitude) == inside)
  }

  @Test func aFeatureCollectionOfPolygonsIsOneBoundary() throws {
    let area = try boundary(
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon",
          "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}},
        {"type": "Feature", "geometry": {"type": "Polygon",
          "coordinates": [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]}}
      ]}
      """)
    #expect(area.polygons.count == 2)
    #expect(area.contains(longitude: 5.5, latitude: 5.5))
    #expect(area.contains(longitude: 0.5, latitude: 0.5))
    #expect(!area.contains(longitude: 3, latitude: 3))
  }

  @Test func policeUKsNeighbourhoodBoundaryIsLatitudeAndLongitudeStrings() throws {
    let area = try boundary(
      """
      [{"latitude": "51.38", "longitude": "0.53"}, {"latitude": "51.38", "longitude": "0.56"},
       {"latitude": "51.40", "longitude": "0.56"}, {"latitude": "51.40", "longitude": "0.53"}]
      """)
    #expect(area.contains(longitude: 0.545, latitude: 51.39))
    #expect(!area.contains(longitude: 51.39, latitude: 0.545))
  }

  @Test(arguments: [
    ("{\"type\": \"Point\", \"coordinates\": [0, 0]}", "type"),
    ("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 1]]]}", "at least three points"),
    (
      "{\"type\": \"Polygon\", \"coordinates\": [[[530000, 180000], [531000, 180000], "
        + "[531000, 181000]]]}", "national grid"
    ),
    ("[{\"lat\": 1, \"lng\": 2}]", "latitude"),
    ("{\"name\": \"ward\"}", "GeoJSON"),
  ])
  func whatIsNotABoundaryIsNamed(text: String, expected: String) throws {
    do {
      _ = try boundary(text)
      Issue.record("\(text) was read as a boundary")
    } catch let problem as BoundaryFile.Problem {
      #expect("\(problem.place): \(problem.message)".contains(expected), "\(problem.message)")
    }
  }

  @Test func theAreaFileKeepsOnePointALineAndReadsBack() throws {
    var area = CrimeArea(lsoaCodes: ["E01016034"], boundary: try boundary(BoundaryTests.geoJSON))
    area.boundary?.polygons[0].outer[0] = Boundary.Point(longitude: 0.5207171, latitude: 51.3802)
    let text = JSONWriter.prettyString(area.json)
    #expect(text.contains("\n        \"51.3802,0.520717\",\n"))
    var reader = RecordReader(try JSONParser.parse(Array(text.utf8)))
    let read = try #require(CrimeArea(reading: &reader))
    #expect(read.lsoaCodes == ["E01016034"])
    #expect(read.boundary?.polygons.count == 2)
    #expect(read.boundary?.polygons[0].holes.count == 1)
    #expect(read.boundary?.contains(longitude: 1.5, latitude: 1.5) == false)
    #expect(read.boundary?.contains(longitude: 10.5, latitude: 10.5) == true)
  }

  @Test(arguments: [
    ("e01016034", "E01016034"), (" W01000001 ", "W01000001"),
  ])
  func lsoaCodesAreReadInCapitals(text: String, code: String) throws {
    #expect(try CrimeArea.lsoaCode(text) == code)
  }

  @Test(arguments: ["E0101603", "E02001234", "S01001234", "E01O16034", "Medway 010A"])
  func otherCodesAreRefused(text: String) {
    #expect(throws: InvalidValueError.self) { try CrimeArea.lsoaCode(text) }
  }
}
