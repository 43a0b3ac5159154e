import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The hardest edit for a cache keyed by file stamps to see: a file rewritten in place
/// (the same inode), with the same size, its modification time put back to the
/// nanosecond. Only its change time tells.
public enum SameStampEdit {
  /// Rewrites the file at `url` with `replacement` for `text`, which must be as long.
  ///
  /// - Throws: ``TestSupportError/sameStampEdit(_:)`` when the edit cannot be made so
  ///   (a replacement of another length, text not in the file, a time not put back).
  public static func replace(_ text: String, with replacement: String, in url: URL) throws {
    var before = stat()
    guard stat(url.path, &before) == 0 else {
      throw TestSupportError.sameStampEdit("cannot stat \(url.path)")
    }
    let contents = try String(contentsOf: url, encoding: .utf8)
    let edited = contents.replacingOccurrences(of: text, with: replacement)
    guard edited != contents, edited.utf8.count == contents.utf8.count else {
      throw TestSupportError.sameStampEdit("\"\(replacement)\" is not a same-size edit")
    }
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data(edited.utf8))
    try handle.close()
    var times = [before.st_atim, before.st_mtim]
    var after = stat()
    guard utimensat(AT_FDCWD, url.path, &times, 0) == 0, stat(url.path, &after) == 0,
      after.st_ino == before.st_ino, after.st_size == before.st_size,
      after.st_mtim.tv_sec == before.st_mtim.tv_sec,
      after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
    else {
      throw TestSupportError.sameStampEdit("the stamp of \(url.path) was not kept")
    }
  }
}
