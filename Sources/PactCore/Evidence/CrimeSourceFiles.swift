import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The street-level files a `crime import` reads, found under the paths given: a file is
/// read whatever its name; a folder is searched (as police.uk's archive unpacks, one folder
/// per month) for files named `…-street.csv`, skipping hidden ones, so the archive's
/// outcomes and stop-and-search files are left alone.
///
/// A file of the same name found twice — the same month in two archives — is read once
/// when both hold the same bytes, and refused when they differ.
struct CrimeSourceFiles {
  /// A file to read.
  struct File: Sendable {
    var path: String
    /// The file as messages name it.
    var display: String
    /// Its name alone, which identifies it within a month.
    var name: String
  }

  private(set) var files: [File] = []
  /// Files left out because a file of the same name and contents is read.
  private(set) var repeats: [File] = []

  /// Finds the files under `paths`, each absolute or relative to `directory`.
  ///
  /// - Throws: `CrimeImportError`.
  init(_ paths: [String], in directory: URL) throws {
    var found: [File] = []
    var seen: Set<String> = []
    for path in paths {
      let url = PanelService.resolve(path, in: directory)
      switch CrimeSourceFiles.kind(url.path) {
      case .missing:
        throw CrimeImportError.fileNotFound(path: path)
      case .other:
        throw CrimeImportError.readFailed(path: path, reason: "not a regular file or folder")
      case .file:
        if seen.insert(url.resolvingSymlinksInPath().path).inserted {
          found.append(File(path: url.path, display: path, name: url.lastPathComponent))
        }
      case .folder:
        let before = found.count
        try CrimeSourceFiles.search(url, display: path, into: &found, seen: &seen)
        if found.count == before { throw CrimeImportError.noStreetFiles(folder: path) }
      }
    }
    var byName: [String: File] = [:]
    for file in found {
      guard let first = byName[file.name] else {
        byName[file.name] = file
        files.append(file)
        continue
      }
      guard try CrimeSourceFiles.sameBytes(first, file) else {
        throw CrimeImportError.differentRepeat(
          name: file.name, first: first.display, second: file.display)
      }
      repeats.append(file)
    }
  }

  private enum Kind {
    case missing
    case file
    case folder
    case other
  }

  /// What is at `path`, following links.
  private static func kind(_ path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .folder
    default: return .other
    }
  }

  private static func search(
    _ folder: URL, display: String, into found: inout [File], seen: inout Set<String>
  ) throws {
    guard seen.insert(folder.resolvingSymlinksInPath().path).inserted else { return }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw CrimeImportError.readFailed(path: display, reason: AtomicFile.describe(error))
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let url = folder.appendingPathComponent(name)
      let shown = display.hasSuffix("/") ? display + name : display + "/" + name
      switch kind(url.path) {
      case .folder:
        try search(url, display: shown, into: &found, seen: &seen)
      case .file where StreetLevelFile.isStreetFileName(name):
        if seen.insert(url.resolvingSymlinksInPath().path).inserted {
          found.append(File(path: url.path, display: shown, name: name))
        }
      default:
        continue
      }
    }
  }

  /// Whether two files hold the same bytes, read a chunk at a time.
  private static func sameBytes(_ first: File, _ second: File) throws -> Bool {
    guard let one = FileHandle(forReadingAtPath: first.path) else {
      throw CrimeImportError.readFailed(path: first.display, reason: "cannot open it")
    }
    guard let other = FileHandle(forReadingAtPath: second.path) else {
      throw CrimeImportError.readFailed(path: second.display, reason: "cannot open it")
    }
    defer {
      try? one.close()
      try? other.close()
    }
    while true {
      let left = try one.read(upToCount: 1 << 20) ?? Data()
      let right = try other.read(upToCount: 1 << 20) ?? Data()
      guard left == right else { return false }
      if left.isEmpty { return true }
    }
  }
}
