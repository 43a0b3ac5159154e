import Foundation

/// The area whose crime a panel counts: LSOA codes (the small areas police.uk files name
/// on every row), a boundary, or both. A row belongs to the area when its LSOA code is
/// listed or its point lies inside the boundary.
///
/// Kept in the panel's `area.json`: `lsoa`, a sorted list of codes, and `boundary`, a list
/// of polygons, each `{"outer": [...], "holes": [[...], ...]}` with one point a line,
/// written `"latitude,longitude"` as police.uk writes them, to six decimal places.
public struct CrimeArea: Sendable, Equatable {
  /// LSOA codes, such as E01024417.
  public var lsoaCodes: [String] = []
  public var boundary: Boundary?
  /// Fields pact does not know, kept when the file is rewritten.
  var unknownFields: [String: JSONValue] = [:]

  public init(lsoaCodes: [String] = [], boundary: Boundary? = nil) {
    self.lsoaCodes = lsoaCodes
    self.boundary = boundary
  }

  /// Whether the area says nothing: no code and no boundary.
  public var isEmpty: Bool { lsoaCodes.isEmpty && boundary == nil }

  /// An LSOA code as the Office for National Statistics writes it: E01 (England) or W01
  /// (Wales) and six digits.
  ///
  /// - Throws: `InvalidValueError` for the field `lsoa`.
  public static func lsoaCode(_ text: String) throws -> String {
    let code = text.trimmed.uppercased()
    let bytes = Array(code.utf8)
    guard bytes.count == 9, bytes[0] == UInt8(ascii: "E") || bytes[0] == UInt8(ascii: "W"),
      bytes[1] == UInt8(ascii: "0"), bytes[2] == UInt8(ascii: "1"),
      bytes[3...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
    else {
      throw InvalidValueError(
        field: .lsoa, value: text,
        expected: "an LSOA code: E01 or W01 and six digits, such as E01024417")
    }
    return code
  }

  /// Reads a boundary file (GeoJSON or police.uk's neighbourhood boundary).
  ///
  /// - Parameters:
  ///   - url: The file.
  ///   - display: The file as messages name it.
  /// - Throws: `AreaError`.
  public static func boundary(at url: URL, display: String) throws -> Boundary {
    let bytes: [UInt8]
    do {
      // A named pipe or a device is refused without waiting on it; a link is the user's.
      bytes = try FastFile.read(url.path, followingLinks: true)
    } catch .missing {
      throw AreaError.fileNotFound(path: display)
    } catch .folder {
      throw AreaError.readFailed(path: display, reason: "it is a folder")
    } catch .unsafe(let unsafe) {
      throw AreaError.readFailed(path: display, reason: unsafe.message)
    } catch .system(let reason) {
      throw AreaError.readFailed(path: display, reason: reason)
    }
    let json: JSONValue
    do {
      json = try JSONParser.parse(
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes)
    } catch {
      throw AreaError.notJSON(path: display, message: error.errorDescription ?? "")
    }
    do {
      return try BoundaryFile.boundary(from: json)
    } catch {
      throw AreaError.notABoundary(path: display, where: error.place, problem: error.message)
    }
  }
}

extension CrimeArea {
  /// Reads `area.json`; problems are collected in `reader`.
  init?(reading reader: inout RecordReader) {
    var area = CrimeArea()
    area.lsoaCodes = reader.strings("lsoa")
    for (index, code) in area.lsoaCodes.enumerated() where (try? CrimeArea.lsoaCode(code)) != code {
      reader.report("lsoa[\(index)]", "expected an LSOA code such as E01024417, found \"\(code)\"")
    }
    if let value = reader.raw("boundary") {
      var parsed: [Boundary.Polygon] = []
      for (index, polygon) in (value.arrayValue ?? [value]).enumerated() {
        let holes = (polygon["holes"]?.arrayValue ?? []).map(CrimeArea.ring)
        guard let outer = CrimeArea.ring(polygon["outer"]), !holes.contains(where: { $0 == nil })
        else {
          reader.report(
            "boundary[\(index)]",
            "expected {\"outer\": [\"latitude,longitude\", ...], \"holes\": [[...], ...]}, "
              + "with at least three points a ring")
          continue
        }
        parsed.append(Boundary.Polygon(outer: outer, holes: holes.compactMap { $0 }))
      }
      area.boundary = parsed.isEmpty ? nil : Boundary(polygons: parsed)
    }
    area.unknownFields = reader.unknownFields
    guard reader.problems.isEmpty else { return nil }
    self = area
  }

  private static func ring(_ json: JSONValue?) -> [Boundary.Point]? {
    guard let items = json?.arrayValue, items.count >= 3 else { return nil }
    var points: [Boundary.Point] = []
    for item in items {
      guard let text = item.stringValue else { return nil }
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 2, let latitude = Double(parts[0].trimmed),
        let longitude = Double(parts[1].trimmed), (-90...90).contains(latitude),
        (-180...180).contains(longitude)
      else { return nil }
      points.append(Boundary.Point(longitude: longitude, latitude: latitude))
    }
    return points
  }

  private static func degrees(_ value: Double) -> String {
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  private static func ringJSON(_ ring: [Boundary.Point]) -> JSONValue {
    .array(ring.map { .string("\(degrees($0.latitude)),\(degrees($0.longitude))") })
  }

  /// The contents of `area.json`.
  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    if !lsoaCodes.isEmpty { builder.set("lsoa", lsoaCodes) }
    builder.set(
      "boundary",
      json: boundary.map { boundary in
        .array(
          boundary.polygons.map { polygon in
            .object([
              "outer": CrimeArea.ringJSON(polygon.outer),
              "holes": .array(polygon.holes.map(CrimeArea.ringJSON)),
            ])
          })
      })
    return builder.value
  }
}
