/// An area's boundary on the map: one or more polygons, each an outer ring with any holes,
/// in WGS84 degrees as police.uk and GeoJSON give them.
///
/// police.uk moves each crime to an anonymous map point on a nearby street, so a point is
/// tested as it stands; no projection is needed at the scale of a neighbourhood.
public struct Boundary: Sendable, Equatable {
  /// A point: longitude (east) and latitude (north) in degrees.
  public struct Point: Sendable, Equatable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
      self.longitude = longitude
      self.latitude = latitude
    }
  }

  /// A rectangle of longitude and latitude that holds a shape.
  public struct Box: Sendable, Equatable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    init(_ points: [Point]) {
      west = points.map(\.longitude).min() ?? 0
      east = points.map(\.longitude).max() ?? 0
      south = points.map(\.latitude).min() ?? 0
      north = points.map(\.latitude).max() ?? 0
    }

    func contains(longitude: Double, latitude: Double) -> Bool {
      longitude >= west && longitude <= east && latitude >= south && latitude <= north
    }

    func union(_ other: Box) -> Box {
      var box = self
      box.west = min(west, other.west)
      box.east = max(east, other.east)
      box.south = min(south, other.south)
      box.north = max(north, other.north)
      return box
    }
  }

  /// An outer ring and the holes cut out of it. A ring need not repeat its first point.
  public struct Polygon: Sendable, Equatable {
    public var outer: [Point]
    public var holes: [[Point]]
    /// The box around the outer ring.
    public let box: Box

    public init(outer: [Point], holes: [[Point]] = []) {
      self.outer = outer
      self.holes = holes
      box = Box(outer)
    }

    /// Whether the point is inside the outer ring and in none of the holes (a point
    /// exactly on an edge may fall either way).
    public func contains(longitude: Double, latitude: Double) -> Bool {
      guard box.contains(longitude: longitude, latitude: latitude) else { return false }
      guard Polygon.ring(outer, contains: longitude, latitude) else { return false }
      return !holes.contains { Polygon.ring($0, contains: longitude, latitude) }
    }

    /// The even-odd rule: a ray from the point eastwards crosses the ring's edges an odd
    /// number of times when the point is inside.
    static func ring(_ ring: [Point], contains x: Double, _ y: Double) -> Bool {
      guard var previous = ring.last else { return false }
      var inside = false
      for point in ring {
        if (point.latitude > y) != (previous.latitude > y) {
          let crossing =
            point.longitude + (y - point.latitude) * (previous.longitude - point.longitude)
            / (previous.latitude - point.latitude)
          if x < crossing { inside.toggle() }
        }
        previous = point
      }
      return inside
    }
  }

  public var polygons: [Polygon]

  public init(polygons: [Polygon]) {
    self.polygons = polygons
  }

  /// The box around every polygon.
  public var box: Box {
    polygons.dropFirst().reduce(polygons.first?.box ?? Box([])) { $0.union($1.box) }
  }

  /// How many points the boundary is drawn with.
  public var pointCount: Int {
    polygons.reduce(0) { $0 + $1.outer.count + $1.holes.reduce(0) { $0 + $1.count } }
  }

  /// Whether the point lies inside one of the polygons.
  public func contains(longitude: Double, latitude: Double) -> Bool {
    polygons.contains { $0.contains(longitude: longitude, latitude: latitude) }
  }
}
