import PactCore

/// What to do after an error about crime figures or the area they are counted in.
extension ErrorAdvice {
  static func suggestion(for error: CrimeImportError) -> String? {
    switch error {
    case .fileNotFound, .readFailed:
      "Give the street-level CSV files, or the folders police.uk's download unpacks to. "
        + "Nothing was imported."
    case .noStreetFiles:
      "pact looks in folders for files named like 2024-03-kent-street.csv; name other files "
        + "directly. Nothing was imported."
    case .notStreetLevel:
      "Download the street-level crime files from data.police.uk (the outcomes and "
        + "stop-and-search files are not read). Nothing was imported."
    case .badRows:
      "Nothing was imported. Download the file again from data.police.uk, or correct those "
        + "rows, then import again."
    case .differentRepeat:
      "Import the newer download alone (police.uk revises past months), or remove one of "
        + "the two. Nothing was imported."
    case .noArea:
      "Set the area first: pact panel set --lsoa CODE... or pact panel set --boundary FILE."
    case .noPanelWithArea:
      "Set each panel's area first (pact --panel DIR panel set --lsoa CODE...)."
    }
  }

  static func suggestion(for error: AreaError) -> String? {
    switch error {
    case .fileNotFound, .readFailed:
      "Give the boundary file: GeoJSON, or the JSON police.uk's neighbourhood boundary API "
        + "returns. The panel was left as it was."
    case .notJSON, .notABoundary:
      "pact reads a GeoJSON Polygon or MultiPolygon (or a Feature or FeatureCollection of "
        + "them) in longitude and latitude, or police.uk's list of {\"latitude\", "
        + "\"longitude\"} points. The panel was left as it was."
    }
  }
}
