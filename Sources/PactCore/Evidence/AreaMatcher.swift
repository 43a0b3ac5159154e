/// Finds which of many panels' areas a street-level row belongs to, quickly enough to run
/// on every row of a national month: LSOA codes by a table, points by a grid of the
/// boundaries' boxes and then the polygons themselves.
struct AreaMatcher {
  /// An LSOA code's bytes packed into two words (codes are nine bytes).
  struct CodeKey: Hashable {
    var head: UInt64
    var tail: UInt64

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
      var head: UInt64 = 0
      var tail: UInt64 = 0
      for (index, byte) in bytes.enumerated() {
        if index < 8 {
          head |= UInt64(byte) << (8 * UInt64(index))
        } else {
          tail |= UInt64(byte) << (8 * UInt64(index - 8))
        }
      }
      self.head = head
      self.tail = tail | UInt64(bytes.count) << 56
    }

    init?(_ code: String) {
      var code = code
      guard let key = code.withUTF8({ CodeKey($0) }) else { return nil }
      self = key
    }
  }

  /// The panels each LSOA code belongs to.
  private var byCode = CodeTable()
  /// The panels with a boundary, and a grid over the box around them all: each cell lists
  /// the panels whose box touches it.
  private var boundaries: [(panel: Int32, boundary: Boundary)] = []
  private var extent = Boundary.Box([])
  private static let gridSize = 128
  private var cells: [[Int32]] = []

  /// How many panels it matches rows to.
  let panelCount: Int

  init(_ areas: [CrimeArea]) {
    panelCount = areas.count
    for (index, area) in areas.enumerated() {
      for code in area.lsoaCodes {
        guard let key = CodeKey(code) else { continue }
        byCode.add(Int32(index), for: key)
      }
      if let boundary = area.boundary, !boundary.polygons.isEmpty {
        boundaries.append((Int32(index), boundary))
      }
    }
    guard let first = boundaries.first else { return }
    extent = boundaries.dropFirst().reduce(first.boundary.box) { $0.union($1.boundary.box) }
    let size = AreaMatcher.gridSize
    cells = Array(repeating: [], count: size * size)
    for (position, entry) in boundaries.enumerated() {
      let box = entry.boundary.box
      let (west, south) = cell(box.west, box.south)
      let (east, north) = cell(box.east, box.north)
      for column in west...east {
        for row in south...north { cells[row * size + column].append(Int32(position)) }
      }
    }
  }

  private func cell(_ longitude: Double, _ latitude: Double) -> (Int, Int) {
    let size = AreaMatcher.gridSize
    let width = max(extent.east - extent.west, 1e-9)
    let height = max(extent.north - extent.south, 1e-9)
    let column = Int((longitude - extent.west) / width * Double(size))
    let row = Int((latitude - extent.south) / height * Double(size))
    return (min(max(column, 0), size - 1), min(max(row, 0), size - 1))
  }

  /// Whether any panel has a boundary, so rows' points need reading.
  var usesPoints: Bool { !boundaries.isEmpty }

  /// Calls `body` once for each panel the row belongs to: by its LSOA code, or by its
  /// point (nil for a row with no location).
  func forEachPanel(
    code: UnsafeBufferPointer<UInt8>, point: (longitude: Double, latitude: Double)?,
    _ body: (Int) -> Void
  ) {
    var byCodePanels: ArraySlice<Int32> = []
    if let key = CodeKey(code) {
      byCodePanels = byCode.panels(for: key)
      for panel in byCodePanels { body(Int(panel)) }
    }
    guard let point, !boundaries.isEmpty,
      extent.contains(longitude: point.longitude, latitude: point.latitude)
    else { return }
    let (column, row) = cell(point.longitude, point.latitude)
    for position in cells[row * AreaMatcher.gridSize + column] {
      let entry = boundaries[Int(position)]
      guard !byCodePanels.contains(entry.panel),
        entry.boundary.contains(longitude: point.longitude, latitude: point.latitude)
      else { continue }
      body(Int(entry.panel))
    }
  }
}
