import Foundation
import PactCore

/// Finds the panel a command works on.
enum PanelLocator {
  /// The panel folder: `explicit` (from `--panel`), else `PACT_PANEL` in `environment`,
  /// else the nearest folder at or above `currentDirectory` that holds `panel.json`.
  ///
  /// - Returns: the folder, and how to show it in messages (as the user named it, or
  ///   relative to the current folder).
  /// - Throws: `StorageError.notAPanel` or `.panelNotFound`.
  static func locate(
    explicit: String?, environment: [String: String], currentDirectory: URL
  ) throws -> (url: URL, display: String) {
    let named: (String, String)? =
      if let explicit {
        (explicit, "--panel")
      } else if let variable = environment["PACT_PANEL"],
        !variable.isEmpty
      { (variable, "PACT_PANEL") } else { nil }
    if let (path, source) = named {
      let url = resolve(path, in: currentDirectory)
      guard PanelService.isPanel(at: url) else {
        throw StorageError.notAPanel(path: path, namedBy: source)
      }
      return (url, path)
    }
    var folder = currentDirectory.standardizedFileURL
    // Folders above the start are shown relative to it ("../..").
    var display = ""
    while true {
      if PanelService.isPanel(at: folder) {
        return (folder, display.isEmpty ? "." : String(display.dropLast()))
      }
      let parent = folder.deletingLastPathComponent().standardizedFileURL
      if parent.path == folder.path {
        throw StorageError.panelNotFound(startedAt: currentDirectory.path)
      }
      folder = parent
      display += "../"
    }
  }

  /// `path` as typed by a person: absolute, or relative to `currentDirectory`.
  static func resolve(_ path: String, in currentDirectory: URL) -> URL {
    PanelService.resolve(path, in: currentDirectory)
  }
}
