import Foundation

/// Reads a boundary from the files people have: GeoJSON (a Polygon or MultiPolygon, with
/// holes, alone or as a Feature or a FeatureCollection of them) or police.uk's
/// neighbourhood boundary, a JSON array of `{"latitude": "…", "longitude": "…"}`.
enum BoundaryFile {
  /// What went wrong, and where in the document.
  struct Problem: Error {
    var place: String
    var message: String
  }

  /// The boundary the JSON describes.
  static func boundary(from json: JSONValue) throws(Problem) -> Boundary {
    let polygons = try polygons(in: json, at: "")
    guard !polygons.isEmpty else {
      throw Problem(place: "", message: "holds no polygon")
    }
    return Boundary(polygons: polygons)
  }

  private static func polygons(in json: JSONValue, at place: String) throws(Problem)
    -> [Boundary.Polygon]
  {
    if let points = json.arrayValue {
      // police.uk's neighbourhood boundary: one ring of latitude and longitude strings.
      return [Boundary.Polygon(outer: try policeRing(points, at: place))]
    }
    guard let type = json["type"]?.stringValue else {
      throw Problem(
        place: place,
        message: "expected GeoJSON (an object with a \"type\") or police.uk's list of "
          + "{\"latitude\", \"longitude\"} points")
    }
    let here = { (key: String) in place.isEmpty ? key : "\(place).\(key)" }
    switch type {
    case "FeatureCollection":
      guard let features = json["features"]?.arrayValue else {
        throw Problem(place: here("features"), message: "expected an array of features")
      }
      var result: [Boundary.Polygon] = []
      for (index, feature) in features.enumerated() {
        result += try polygons(in: feature, at: here("features[\(index)]"))
      }
      return result
    case "Feature":
      guard let geometry = json["geometry"], geometry != .null else {
        throw Problem(place: here("geometry"), message: "the feature has no geometry")
      }
      return try polygons(in: geometry, at: here("geometry"))
    case "Polygon":
      return [try polygon(json["coordinates"], at: here("coordinates"))]
    case "MultiPolygon":
      guard let parts = json["coordinates"]?.arrayValue else {
        throw Problem(place: here("coordinates"), message: "expected an array of polygons")
      }
      var result: [Boundary.Polygon] = []
      for (index, part) in parts.enumerated() {
        result.append(try polygon(part, at: here("coordinates[\(index)]")))
      }
      return result
    default:
      throw Problem(
        place: here("type"),
        message: "a \(type), where a Polygon or MultiPolygon (or a Feature or "
          + "FeatureCollection of them) is needed")
    }
  }

  /// A GeoJSON polygon's coordinates: rings of `[longitude, latitude]`, the first the
  /// outline and the rest holes.
  private static func polygon(_ json: JSONValue?, at place: String) throws(Problem)
    -> Boundary.Polygon
  {
    guard let rings = json?.arrayValue, !rings.isEmpty else {
      throw Problem(place: place, message: "expected an array of rings")
    }
    var parsed: [[Boundary.Point]] = []
    for (index, ring) in rings.enumerated() {
      let ringPlace = "\(place)[\(index)]"
      guard let positions = ring.arrayValue else {
        throw Problem(place: ringPlace, message: "expected an array of positions")
      }
      var points: [Boundary.Point] = []
      for (offset, position) in positions.enumerated() {
        let pair = position.arrayValue ?? []
        guard pair.count >= 2, let longitude = pair[0].doubleValue,
          let latitude = pair[1].doubleValue
        else {
          throw Problem(
            place: "\(ringPlace)[\(offset)]", message: "expected [longitude, latitude]")
        }
        points.append(try point(longitude, latitude, at: "\(ringPlace)[\(offset)]"))
      }
      parsed.append(try closed(points, at: ringPlace))
    }
    return Boundary.Polygon(outer: parsed[0], holes: Array(parsed.dropFirst()))
  }

  private static func policeRing(_ items: [JSONValue], at place: String) throws(Problem)
    -> [Boundary.Point]
  {
    var points: [Boundary.Point] = []
    for (index, item) in items.enumerated() {
      func number(_ key: String) -> Double? {
        switch item[key] {
        case .string(let text)?: Double(text.trimmed)
        case let value?: value.doubleValue
        case nil: nil
        }
      }
      guard let latitude = number("latitude"), let longitude = number("longitude") else {
        throw Problem(
          place: "\(place)[\(index)]",
          message: "expected {\"latitude\": \"…\", \"longitude\": \"…\"}")
      }
      points.append(try point(longitude, latitude, at: "\(place)[\(index)]"))
    }
    return try closed(points, at: place)
  }

  private static func point(_ longitude: Double, _ latitude: Double, at place: String)
    throws(Problem) -> Boundary.Point
  {
    guard (-180...180).contains(longitude), (-90...90).contains(latitude) else {
      throw Problem(
        place: place,
        message: "\(longitude), \(latitude) is not a longitude and latitude in degrees "
          + "(WGS84); save the boundary in that coordinate system (EPSG:4326), not a "
          + "national grid")
    }
    return Boundary.Point(longitude: longitude, latitude: latitude)
  }

  /// The ring without its closing point, which must have at least three corners.
  private static func closed(_ points: [Boundary.Point], at place: String) throws(Problem)
    -> [Boundary.Point]
  {
    var ring = points
    if ring.count > 1, ring.first == ring.last { ring.removeLast() }
    guard ring.count >= 3 else {
      throw Problem(
        place: place, message: "a ring needs at least three points, found \(ring.count)")
    }
    return ring
  }
}
