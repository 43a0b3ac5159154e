import Foundation

/// The files of a repository's working tree that a merge writes or removes, reached from the
/// repository's top one folder at a time without following a link (`SafeFolder`), so that a
/// hostile repository cannot send a write outside itself.
struct WorkTree {
  let top: URL

  /// Writes `data` to the file at `path` (relative to the top), making its folders.
  ///
  /// - Throws: `StorageError.writeFailed`.
  func write(_ data: Data, to path: String) throws {
    let (folderPath, name) = PanelPaths.split(path)
    do throws(SafeFolder.Failure) {
      let root = try SafeFolder.root(top.path)
      guard let folder = try root.folder(String(folderPath), create: true) else {
        throw SafeFolder.Failure(relative: String(folderPath), reason: .missing)
      }
      var names = AtomicFile.TemporaryNames()
      let staged = try AtomicFile.stage(
        data, as: String(name), in: folder, temporary: names.next(for: String(name)), in: folder,
        flush: true)
      try AtomicFile.commit(staged)
    } catch {
      throw StorageError.writeFailed(path: path, reason: error.reason.text)
    }
  }

  /// Removes the file at `path`; nothing there is not an error.
  ///
  /// - Throws: `StorageError.writeFailed`.
  func remove(_ path: String) throws {
    let (folderPath, name) = PanelPaths.split(path)
    do throws(SafeFolder.Failure) {
      let root = try SafeFolder.root(top.path)
      guard let folder = try root.folder(String(folderPath)) else { return }
      try folder.remove(String(name))
    } catch {
      throw StorageError.writeFailed(path: path, reason: error.reason.text)
    }
  }
}
