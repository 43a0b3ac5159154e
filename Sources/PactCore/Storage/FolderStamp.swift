import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fingerprint of every file in a panel's folder — each file's name, size, inode and
/// change times, as git's index keeps them — that changes whenever any file is written,
/// added, removed or renamed. Hidden files and folders (`.pact`, `.git`) are left out.
enum FolderStamp {
  /// The stamp of the folder at `root`, or nil when it cannot be trusted: a file changed
  /// within `settle` seconds of `now` could change again within the clock's resolution
  /// without its times moving, so such a panel gets no stamp (and is read in full).
  static func stamp(of root: URL, now: Date, settle: TimeInterval = 2) -> String? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var newest = 0.0
    func mix(_ value: UInt64) {
      var value = value
      for _ in 0..<8 {
        hash ^= value & 0xFF
        hash = hash &* 0x100_0000_01b3
        value >>= 8
      }
    }
    // Each folder is opened once, without following a link, and its entries looked at
    // through it, so no path is looked up again from the root.
    func walk(_ folder: Int32, _ relative: String) -> Bool {
      guard let directory = fdopendir(folder) else {
        close(folder)
        return false
      }
      defer { closedir(directory) }
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if !name.hasPrefix(".") { names.append(name) }
      }
      let descriptor = dirfd(directory)
      for name in names.sorted() {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        for byte in (relative + name).utf8 { mix(UInt64(byte)) }
        mix(UInt64(truncatingIfNeeded: info.st_size))
        mix(UInt64(truncatingIfNeeded: info.st_ino))
        let (modified, changed) = times(info)
        mix(
          UInt64(truncatingIfNeeded: modified.tv_sec) &* 1_000_000_000
            &+ UInt64(truncatingIfNeeded: modified.tv_nsec))
        mix(
          UInt64(truncatingIfNeeded: changed.tv_sec) &* 1_000_000_000
            &+ UInt64(truncatingIfNeeded: changed.tv_nsec))
        newest = max(newest, Double(modified.tv_sec), Double(changed.tv_sec))
        if info.st_mode & S_IFMT == S_IFDIR {
          let inner = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
          guard inner >= 0, walk(inner, relative + name + "/") else { return false }
        }
      }
      return true
    }
    let top = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard top >= 0 else { return nil }
    guard walk(top, "") else { return nil }
    guard newest < now.timeIntervalSince1970 - settle else { return nil }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// A file's modification and status-change times.
  private static func times(_ info: stat) -> (timespec, timespec) {
    #if canImport(Darwin)
      (info.st_mtimespec, info.st_ctimespec)
    #else
      (info.st_mtim, info.st_ctim)
    #endif
  }
}
