/// The panel's `.gitattributes`, written by `init` (and by `sync` into a panel made before
/// it): it names pact's merge driver for `panel.json`, every record folder's files, the
/// panel's area (`area.json`) and its monthly crime counts, so that git merges two copies'
/// changes to one file with `pact merge-file` rather than with conflict markers.
enum GitAttributes {
  /// The driver's name in git's configuration (`merge.pact.driver`).
  static let driverName = "pact"
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
    lines.append("/\(PanelPaths.areaFile) merge=\(driverName)")
    lines.append("/\(PanelPaths.crimeFolder)/*.json merge=\(driverName)")
    return lines.joined(separator: "\n") + "\n"
  }
}
