import Foundation

/// A panel's folder on disk, and how messages name the files in it.
struct PanelFolder: Sendable {
  /// The panel's folder.
  let root: URL
  /// The folder as messages show it: as the user named it, or relative to where they are.
  let display: String

  /// How a file inside the panel is named in messages.
  func displayPath(_ relative: String) -> String {
    if relative.isEmpty { return display }
    return display == "."
      ? relative : display.hasSuffix("/") ? display + relative : display + "/" + relative
  }

  /// The absolute path of a file inside the panel.
  func path(_ relative: String) -> String { root.path + "/" + relative }

  /// The folder, local to this copy, where pact keeps its lock and working files.
  var privateURL: URL { root.appendingPathComponent(PanelPaths.privateFolder) }

  // MARK: Reaching files without following links

  /// The panel's folder, held open.
  ///
  /// - Throws: `StorageError.readFailed` when it cannot be opened.
  func openRoot() throws -> SafeFolder {
    do throws(SafeFolder.Failure) {
      return try SafeFolder.root(root.path)
    } catch {
      let reason: String
      switch error.reason {
      case .system(let text): reason = text
      default: reason = "no such folder"
      }
      throw StorageError.readFailed(path: display, reason: reason)
    }
  }

  /// The folder `relative` of the panel, reached without following a link; nil when it
  /// does not exist.
  ///
  /// - Throws: `DataFileError` naming a link or a file where a folder should be;
  ///   `StorageError.readFailed` when the system refuses.
  func openFolder(_ relative: String, in root: SafeFolder? = nil) throws -> SafeFolder? {
    let start = try root ?? openRoot()
    do {
      return try start.folder(relative)
    } catch {
      throw self.error(error)
    }
  }

  /// The error pact gives for a failure to reach or read something in the panel: a file
  /// pact will not read is invalid data (exit 65) named with its path; the system's
  /// refusal is a read or write failure.
  func error(_ error: any Error, writing: Bool = false) -> Error {
    guard let failure = error as? SafeFolder.Failure else { return error }
    let file = displayPath(failure.relative)
    switch failure.reason {
    case .unsafe(let unsafe):
      return DataFileError.invalid([DataFileDiagnostic(file: file, unsafe: unsafe)])
    case .folder:
      return DataFileError.invalid(
        [DataFileDiagnostic(file: file, message: "a folder, where a record file should be")])
    case .missing:
      return writing
        ? StorageError.writeFailed(path: file, reason: "no such file or folder")
        : StorageError.readFailed(path: file, reason: "no such file or folder")
    case .system(let reason):
      return writing
        ? StorageError.writeFailed(path: file, reason: reason)
        : StorageError.readFailed(path: file, reason: reason)
    }
  }

  /// The names in a folder of the panel; none when the folder does not exist.
  func fileNames(in directory: String) throws -> [String] {
    guard let opened = try openFolder(directory) else { return [] }
    do {
      return try opened.entries().map(\.name)
    } catch {
      throw self.error(error)
    }
  }

  /// The text of a file in the panel, or nil when there is none; reached without following
  /// a link, and only a regular file no larger than a record.
  func currentText(_ relative: String, in root: SafeFolder? = nil) throws -> String? {
    let (directory, name) = PanelPaths.split(relative)
    guard let opened = try openFolder(String(directory), in: root) else { return nil }
    do {
      return try opened.read(String(name), limit: FileSize.recordLimit).map {
        String(decoding: $0, as: UTF8.self)
      }
    } catch {
      throw self.error(error)
    }
  }
}
