import Foundation

/// Where a website may be written: never in a panel's folder or below it, and never in a
/// folder that holds a panel, so that building a site can never touch a panel's files.
enum SiteLocation {
  /// - Throws: `SiteError.outputInsidePanel` or `SiteError.outputHoldsPanel`.
  static func check(_ output: URL, display: String, panels: [PanelFinder.Found]) throws {
    let resolved = output.standardizedFileURL.resolvingSymlinksInPath()
    var folder = resolved
    while true {
      if PanelService.isPanel(at: folder) {
        throw SiteError.outputInsidePanel(path: display, panel: folder.path)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    let prefix = resolved.path.hasSuffix("/") ? resolved.path : resolved.path + "/"
    for panel in panels {
      let path = panel.url.standardizedFileURL.resolvingSymlinksInPath().path
      if path == resolved.path || path.hasPrefix(prefix) {
        throw SiteError.outputHoldsPanel(path: display, panel: panel.display)
      }
    }
  }
}
