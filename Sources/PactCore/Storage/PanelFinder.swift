import Foundation

/// Finds every panel under the folders `pact report` is given.
///
/// A folder that holds `panel.json` is a panel; its own folders (records, `.pact`) are not
/// searched, so a panel kept inside another panel's folder is not found. Hidden folders
/// (names starting with a dot) are skipped, except a folder given by name. Symbolic links
/// to folders are followed once each.
public enum PanelFinder {
  /// A panel found: its folder, and the folder as messages show it (the folder given,
  /// joined with the path beneath it).
  public struct Found: Sendable, Equatable {
    public var url: URL
    public var display: String
  }

  /// The panels under `paths`, each path absolute or relative to `currentDirectory`, in
  /// order of their displayed paths, each once.
  ///
  /// - Throws: `BoroughReportError.notAFolder` for a path that is not a folder;
  ///   `StorageError.readFailed` for a folder that cannot be listed.
  public static func find(_ paths: [String], in currentDirectory: URL) throws -> [Found] {
    var found: [Found] = []
    var seen: Set<String> = []
    for path in paths {
      let url = PanelService.resolve(path, in: currentDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        throw BoroughReportError.notAFolder(path: path)
      }
      try search(url, display: trimmed(path), found: &found, seen: &seen)
    }
    return found.sorted { $0.display < $1.display }
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
  }

  private static func search(
    _ folder: URL, display: String, found: inout [Found], seen: inout Set<String>
  ) throws {
    // A folder reached twice (through a link, or named twice) is searched once.
    guard seen.insert(folder.resolvingSymlinksInPath().path).inserted else { return }
    let manager = FileManager.default
    if manager.fileExists(atPath: folder.appendingPathComponent(PanelPaths.panelFile).path) {
      found.append(Found(url: folder, display: display))
      return
    }
    let names: [String]
    do {
      names = try manager.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw StorageError.readFailed(path: display, reason: AtomicFile.describe(error))
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let child = folder.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: child.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { continue }
      let childDisplay =
        display == "." ? name : display.hasSuffix("/") ? display + name : display + "/" + name
      try search(child, display: childDisplay, found: &found, seen: &seen)
    }
  }
}
