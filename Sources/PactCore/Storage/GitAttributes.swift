/// The panel's `.gitattributes`, written by `init` (and by `sync` into a panel made before
/// it): it names pact's merge driver for `panel.json` and every record folder's files, so
/// that git merges two copies' changes to one record with `pact merge-file` rather than
/// with conflict markers.
enum GitAttributes {
  /// The driver's name in git's configuration (`merge.pact.driver`).
  static let driverName = "pact"
  /// The folder of the panel's monthly crime counts (`crime/YYYY-MM.json`), merged like
  /// records.
  static let crimeFolder = "crime"

  /// The file's text. Patterns start with `/`, so they match only in this panel's folder.
  static var text: String {
    var lines = [
      "# pact merges its record files itself: 'pact sync' registers the driver in git",
      "/\(PanelPaths.panelFile) merge=\(driverName)",
    ]
    for kind in RecordKind.allCases {
      for folder in PanelPaths.folders(of: kind) {
        lines.append("/\(folder)/*.json merge=\(driverName)")
      }
    }
    lines.append("/\(crimeFolder)/*.json merge=\(driverName)")
    return lines.joined(separator: "\n") + "\n"
  }
}
