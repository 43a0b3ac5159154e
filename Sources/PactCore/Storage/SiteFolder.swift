import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder a website is written in. A file is written only when its bytes differ from
/// what is there, atomically; a manifest (`.pact-site`) lists every file pact wrote, and
/// only those are ever removed. Nothing is written through a link, or outside the folder.
final class SiteFolder: @unchecked Sendable {
  /// The manifest's name, in the site's folder.
  static let manifestName = ".pact-site"
  /// The stamps of the panels the last build read, so that the next can leave alone the
  /// pages of a panel whose files have not changed. Deleting it is always safe.
  static let stampsName = ".pact-site-stamps"

  let root: URL
  let display: String
  private let lock = NSLock()
  private var folders: Set<String> = [""]
  private(set) var written: [String] = []

  /// The folder at `root`, made if it does not exist.
  ///
  /// - Throws: `SiteError.outputNotAFolder` when it exists and is not a folder.
  init(root: URL, display: String) throws {
    self.root = root
    self.display = display
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw SiteError.outputNotAFolder(path: display) }
    } else {
      do {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      } catch {
        throw StorageError.writeFailed(path: display, reason: AtomicFile.describe(error))
      }
    }
  }

  /// Whether a path from the manifest is one pact could have written: relative, with
  /// names of letters, digits, `.`, `-` and `_`, and no `..`.
  static func isSitePath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return !parts.isEmpty
      && parts.allSatisfy { part in
        !part.isEmpty && part != "." && part != ".."
          && part.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
              || $0 == "." || $0 == "-" || $0 == "_"
          }
      }
  }

  // MARK: Writing

  /// Writes `text` to the file at `path` (relative to the site) unless it already holds
  /// exactly those bytes; returns whether it wrote.
  @discardableResult
  func write(_ path: String, _ text: String) throws -> Bool {
    guard SiteFolder.isSitePath(path) else {
      throw SiteError.outputNotAFolder(path: display + "/" + path)
    }
    let data = Data(text.utf8)
    let (folder, name) = split(path)
    try makeFolder(folder)
    let full = root.path + "/" + path
    if SiteFolder.holds(full, data) { return false }
    var names = AtomicFile.TemporaryNames()
    do {
      // Opened one name at a time without following a link, as a panel's folders are.
      let top = try SafeFolder.root(root.path)
      guard let handle = folder.isEmpty ? top : try top.folder(folder) else {
        throw SiteError.outputNotAFolder(path: display + "/" + folder)
      }
      try AtomicFile.commit(
        AtomicFile.stage(
          data, as: name, in: handle, temporary: names.next(for: name), in: handle, flush: false))
    } catch let failure as SafeFolder.Failure {
      throw StorageError.writeFailed(path: display + "/" + path, reason: failure.reason.text)
    }
    lock.lock()
    written.append(path)
    lock.unlock()
    return true
  }

  private func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[..<slash]), String(path[path.index(after: slash)...]))
  }

  /// Makes `folder` (relative to the site) and those above it, refusing any that exists
  /// as something other than a folder, a link to one included.
  private func makeFolder(_ folder: String) throws {
    lock.lock()
    let known = folders.contains(folder)
    lock.unlock()
    guard !known else { return }
    var partial = ""
    for part in folder.split(separator: "/") {
      partial += (partial.isEmpty ? "" : "/") + part
      let full = root.path + "/" + partial
      var info = stat()
      if lstat(full, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw SiteError.outputNotAFolder(path: display + "/" + partial)
        }
      } else if mkdir(full, 0o755) != 0, errno != EEXIST {
        throw StorageError.writeFailed(
          path: display + "/" + partial, reason: String(cString: strerror(errno)))
      }
    }
    lock.lock()
    folders.insert(folder)
    lock.unlock()
  }

  /// Whether the regular file at `path` holds exactly `data` (a link never does).
  static func holds(_ path: String, _ data: Data) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      Int(info.st_size) == data.count
    else { return false }
    var buffer = [UInt8](repeating: 0, count: data.count)
    var offset = 0
    while offset < data.count {
      let count = buffer.withUnsafeMutableBytes { bytes in
        read(descriptor, bytes.baseAddress.map { $0 + offset }, data.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return buffer.elementsEqual(data)
  }

  // MARK: The manifest

  /// The files the last build wrote, from the manifest; empty when there is none.
  func manifest() -> [String] {
    guard let data = FileManager.default.contents(atPath: root.path + "/" + SiteFolder.manifestName)
    else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n")
      .map(String.init).filter { !$0.hasPrefix("#") && SiteFolder.isSitePath($0) }
  }

  /// What the last build recorded: its settings, and each panel's stamp by its folder.
  func stamps() -> (build: String?, panels: [String: String]) {
    guard let data = FileManager.default.contents(atPath: root.path + "/" + SiteFolder.stampsName)
    else { return (nil, [:]) }
    var build: String?
    var panels: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      if parts[0] == "build" { build = parts[1] } else { panels[parts[0]] = parts[1] }
    }
    return (build, panels)
  }

  /// Records the build's settings and the panels' stamps for the next build.
  func recordStamps(build: String, panels: [String: String]) throws {
    let text =
      "build \(build)\n"
      + panels.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined()
    try write(SiteFolder.stampsName, text)
  }

  /// Whether every file at `paths` (relative to the site) is still there, as a file: each
  /// folder is listed once rather than each file looked up from the root.
  func exist(_ paths: [String]) -> Bool {
    let byFolder = Dictionary(grouping: paths.map(split), by: \.folder)
    return byFolder.allSatisfy { folder, files in
      let descriptor = open(
        root.path + (folder.isEmpty ? "" : "/" + folder),
        O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard descriptor >= 0, let directory = fdopendir(descriptor) else {
        if descriptor >= 0 { close(descriptor) }
        return false
      }
      defer { closedir(directory) }
      var found: Set<String> = []
      while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        var info = stat()
        // A file system that does not say an entry's type is asked for it.
        let isFile =
          entry.pointee.d_type == UInt8(DT_REG)
          || (entry.pointee.d_type == UInt8(DT_UNKNOWN)
            && fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0
            && info.st_mode & S_IFMT == S_IFREG)
        if isFile { found.insert(name) }
      }
      return files.allSatisfy { found.contains($0.name) }
    }
  }

  /// Records `files` as the site's, and removes the files of the last build that are not
  /// among them (and folders left empty), unless `keepOthers`. Returns those removed.
  func finish(files: Set<String>, keepOthers: Bool) throws -> [String] {
    let previous = manifest()
    var removed: [String] = []
    var kept = files
    for path in previous where !files.contains(path) {
      if keepOthers {
        kept.insert(path)
        continue
      }
      let full = root.path + "/" + path
      var info = stat()
      // Only a regular file is removed: a link or folder put there since is left alone.
      guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
      if unlink(full) != 0, errno != ENOENT {
        throw StorageError.writeFailed(
          path: display + "/" + path, reason: String(cString: strerror(errno)))
      }
      removed.append(path)
      var folder = split(path).folder
      while !folder.isEmpty, rmdir(root.path + "/" + folder) == 0 {
        folder = split(folder).folder
      }
    }
    let text =
      "# pact site: the files pact wrote in this folder. pact removes only files listed here.\n"
      + kept.sorted().map { $0 + "\n" }.joined()
    try write(SiteFolder.manifestName, text)
    return removed.sorted()
  }
}
