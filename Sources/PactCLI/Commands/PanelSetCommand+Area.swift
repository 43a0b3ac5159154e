import PactCore

/// The options of `pact panel set` that give the area the panel counts crime in.
extension PanelSetCommand {
  static let lsoa = Key<String>.text(
    "lsoa", valueName: "code",
    help: "An LSOA code of the area (E01... or W01...); several may be given, or one with "
      + "commas. Replaces the list; \"\" removes it.",
    field: .lsoa, isRepeatable: true)
  static let boundary = Key<String>.text(
    "boundary", valueName: "file",
    help: "The area's boundary: GeoJSON (Polygon or MultiPolygon) or police.uk's "
      + "neighbourhood boundary JSON. \"\" removes it.",
    field: .boundary, completion: .file)

  /// The change to the area the options give.
  static func areaChange(_ invocation: Invocation) throws -> AreaChange {
    var change = AreaChange()
    if invocation.has(lsoa) {
      change.lsoaCodes = try invocation.values(lsoa).filter { !$0.allSatisfy(\.isWhitespace) }
    }
    if let path = try invocation.value(boundary) {
      change.boundary =
        path.isEmpty
        ? .some(nil)
        : try CrimeArea.boundary(
          at: PanelLocator.resolve(path, in: invocation.context.currentDirectory), display: path)
    }
    return change
  }
}
