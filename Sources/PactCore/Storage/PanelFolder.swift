import Foundation

/// A panel's folder on disk, and how messages name the files in it.
struct PanelFolder: Sendable {
  /// The panel's folder.
  let root: URL
  /// The folder as messages show it: as the user named it, or relative to where they are.
  let display: String

  /// How a file inside the panel is named in messages.
  func displayPath(_ relative: String) -> String {
    display == "."
      ? relative : display.hasSuffix("/") ? display + relative : display + "/" + relative
  }

  /// The absolute path of a file inside the panel.
  func path(_ relative: String) -> String { root.path + "/" + relative }

  /// The folder, local to this copy, where pact keeps its lock and working files.
  var privateURL: URL { root.appendingPathComponent(PanelPaths.privateFolder) }

  /// Where staged files wait before they are renamed into place.
  var scratchURL: URL { privateURL.appendingPathComponent("tmp") }

  /// The names in a folder of the panel; none when the folder does not exist.
  func fileNames(in directory: String) throws -> [String] {
    do {
      return try FastFile.names(in: path(directory)) ?? []
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(directory), reason: reason)
    } catch {
      return []
    }
  }

  /// How many record files a folder of the panel holds (none when there is no folder),
  /// counted from the folder's listing without making a string of each name.
  func recordFileCount(in directory: String) throws -> Int {
    do {
      return try FastFile.count(in: path(directory)) { PanelPaths.isRecordFileName(bytes: $0) }
        ?? 0
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(directory), reason: reason)
    } catch {
      return 0
    }
  }

  /// The text of a file in the panel, or nil when there is none.
  func currentText(_ relative: String) throws -> String? {
    do {
      return String(decoding: try FastFile.read(path(relative)), as: UTF8.self)
    } catch .missing {
      return nil
    } catch .folder {
      throw StorageError.readFailed(path: displayPath(relative), reason: "it is a folder")
    } catch .system(let reason) {
      throw StorageError.readFailed(path: displayPath(relative), reason: reason)
    }
  }
}
