import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder a change makes, with every file in it — an import's `actions/done` — is staged
/// as a folder of `.pact/tmp/` and renamed into place whole, as one step of the change,
/// rather than file by file: renaming ten thousand files one at a time is a good part of
/// what an import costs. A process killed before that rename leaves the folder staged,
/// removed with the other staged files; killed after it, every file is in place.
extension ChangeTransaction {
  /// How many files a new folder must be given for it to be staged whole: a change of a
  /// few new files is put in place file by file, as every other change is.
  static let wholeFolderMinimum = 64

  /// A folder staged whole.
  struct StagedFolder {
    /// `.pact/tmp/`, and the staged folder's name in it.
    let scratch: SafeFolder
    let temporary: String
    /// The staged folder itself, for its files to be written in.
    let staging: SafeFolder
    /// Where it goes: its parent folder in the panel, and its name there.
    let parent: SafeFolder
    let name: String

    /// The folder's path relative to the panel, for messages.
    var target: String { parent.path(name) }
  }

  /// The folders of `writes` to stage whole: folders not yet in the panel that the change
  /// gives at least `wholeFolderMinimum` files and no folder of their own.
  func wholeFolders(_ writes: [(path: String, text: String?)]) throws -> Set<Substring> {
    var counts: [Substring: Int] = [:]
    for (path, text) in writes where text != nil {
      counts[PanelPaths.split(path).folder, default: 0] += 1
    }
    let candidates = counts.filter { !$0.key.isEmpty && $0.value >= Self.wholeFolderMinimum }
    guard !candidates.isEmpty else { return [] }
    let directories = Set(writes.map { PanelPaths.split($0.path).folder })
    var whole: Set<Substring> = []
    for directory in candidates.keys where try root.folder(String(directory)) == nil {
      let inside = directory + "/"
      if !directories.contains(where: { $0.hasPrefix(inside) }) { whole.insert(directory) }
    }
    return whole
  }

  /// Makes the staged folder for `directory` (relative to the panel) in `scratch`, and the
  /// folders above `directory` that it goes in.
  func stageFolder(
    _ directory: Substring, in scratch: SafeFolder, names: inout AtomicFile.TemporaryNames
  ) throws -> StagedFolder {
    let (above, name) = PanelPaths.split(String(directory))
    let temporary = names.next(for: String(name))
    guard let parent = try root.folder(String(above), create: true),
      let staging = try scratch.folder(temporary, create: true)
    else {
      throw SafeFolder.Failure(relative: String(directory), reason: .missing)
    }
    return StagedFolder(
      scratch: scratch, temporary: temporary, staging: staging, parent: parent,
      name: String(name))
  }

  /// Renames a staged folder into place.
  static func commit(_ folder: StagedFolder) throws(SafeFolder.Failure) {
    guard
      renameat(folder.scratch.descriptor, folder.temporary, folder.parent.descriptor, folder.name)
        == 0
    else {
      throw SafeFolder.Failure(relative: folder.target, reason: .system(SafeFolder.lastError()))
    }
  }

  /// Removes staged folders that will not be put in place.
  static func discard(_ folders: [StagedFolder]) {
    for folder in folders { try? folder.scratch.removeFolder(folder.temporary) }
  }
}
