import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A panel's `.pact` folder, held open: the lock, the undo journal (`undo/`), the record of
/// a change under way (`intent.json`) and staged files (`tmp/`). It is pact's own: a `.pact`
/// that is a link or a file, or holds a link where pact keeps its own files, is refused as
/// foreign, and nothing in it is reached through a link.
struct PrivateFolder {
  let folder: SafeFolder
  /// How messages name files in the panel.
  let panel: PanelFolder

  /// The name of the intent record of a change under way.
  static let intentName = "intent.json"

  /// Opens the panel's `.pact`; nil when it does not exist and `create` is off.
  ///
  /// - Throws: `PrivateFolderError.foreign` for a `.pact` that is not a real folder;
  ///   `StorageError` when the system refuses.
  static func open(_ panel: PanelFolder, root: SafeFolder, create: Bool) throws -> PrivateFolder? {
    do {
      guard let folder = try root.folder(PanelPaths.privateFolder, create: create) else {
        return nil
      }
      return PrivateFolder(folder: folder, panel: panel)
    } catch {
      throw panel.privateError(error, writing: create)
    }
  }

  /// The folder `name` inside (`undo`, `tmp`); nil when missing and `create` is off.
  func subfolder(_ name: String, create: Bool) throws -> SafeFolder? {
    do {
      return try folder.folder(name, create: create)
    } catch {
      throw panel.privateError(error, writing: create)
    }
  }

  /// Takes the panel's lock (`.pact/lock`), waiting up to `timeout` seconds.
  ///
  /// - Throws: `StorageError.busy` when the wait runs out; `PrivateFolderError.foreign`
  ///   when the lock file is a link or not a regular file.
  func lock(timeout: TimeInterval) throws -> FileLock {
    let fd = openat(
      folder.descriptor, "lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      let code = errno
      let failure = SafeFolder.Failure(
        relative: folder.path("lock"),
        reason: code == ELOOP
          ? .unsafe(.symbolicLink) : .system(String(cString: strerror(code))))
      throw panel.privateError(failure, writing: true)
    }
    var info = stat()
    if fstat(fd, &info) == 0, FileKind(mode: info.st_mode) != .regular {
      close(fd)
      let failure = SafeFolder.Failure(
        relative: folder.path("lock"),
        reason: .unsafe(.notARegularFile(FileKind(mode: info.st_mode))))
      throw panel.privateError(failure, writing: true)
    }
    do {
      guard let lock = try FileLock.acquire(fd, timeout: timeout) else {
        throw StorageError.busy(path: panel.display, waitedSeconds: Int(timeout.rounded()))
      }
      return lock
    } catch let failure as SafeFolder.Failure {
      throw StorageError.writeFailed(
        path: panel.displayPath(folder.path("lock")), reason: failure.reason.text)
    }
  }

  /// Whether a change was left under way, or staged files were left behind: what the next
  /// command must settle before anything else.
  var needsSettling: Bool {
    if folder.kind(of: PrivateFolder.intentName) != nil { return true }
    guard let scratch = try? folder.folder("tmp") else { return false }
    // Staged files only: a reader never sees a staged folder (the next change removes
    // it), and another folder there is left alone by `cleanScratch` too.
    let entries = (try? scratch.entries()) ?? []
    return entries.contains { $0.kind != .folder }
  }

  /// Whether a folder of `tmp/` is one a change staged whole: named as staged files are
  /// (`AtomicFile.TemporaryNames`), `NAME.PROCESS.RANDOM.COUNT.tmp`.
  static func isStagedFolder(_ name: String) -> Bool {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 5, parts.last == "tmp" else { return false }
    return parts.dropLast().suffix(3).allSatisfy { part in
      !part.isEmpty && part.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
  }

  /// Removes every staged file and folder left in `tmp/`: under the lock, no change is
  /// staging.
  func cleanScratch() throws {
    guard let scratch = try subfolder("tmp", create: false) else { return }
    do {
      for (name, listed) in try scratch.entries() {
        // A listing may not say what an entry is: asked then, so that a staged folder is
        // never taken for a file.
        let kind = listed ?? scratch.kind(of: name)
        if kind != .folder {
          try scratch.remove(name)
        } else if PrivateFolder.isStagedFolder(name) {
          try scratch.removeFolder(name)
        }
      }
    } catch {
      throw panel.privateError(error, writing: true)
    }
  }
}

extension PanelFolder {
  /// The error for a failure inside `.pact`: anything pact will not use there is foreign.
  func privateError(_ error: any Error, writing: Bool) -> Error {
    guard let failure = error as? SafeFolder.Failure else { return error }
    if case .unsafe(let unsafe) = failure.reason {
      return PrivateFolderError.foreign(path: displayPath(failure.relative), unsafe: unsafe)
    }
    if case .folder = failure.reason {
      return PrivateFolderError.foreign(
        path: displayPath(failure.relative), unsafe: .notARegularFile(.folder))
    }
    return self.error(failure, writing: writing)
  }
}
