import Foundation

/// Finds the lines git leaves in a file it could not merge: `<<<<<<< ours`, `=======`,
/// `>>>>>>> theirs` (and `||||||| base` in the diff3 style), each at the start of a line.
/// git makes the markers longer than seven where it must tell conflicts apart (a
/// rename/rename conflict, a nested merge: `<<<<<<<<`), so any run of seven or more counts.
enum MergeConflictMarkers {
  /// The 1-based line of the first conflict marker, or nil when the file has none.
  ///
  /// A file counts as conflicted only with a `<<<<<<<` or `>>>>>>>` line: a lone
  /// `=======` could be anything.
  static func firstLine(in data: Data) -> Int? {
    var first: Int?
    var hasOuterMarker = false
    var number = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      guard let marker = line.first,
        marker == UInt8(ascii: "<") || marker == UInt8(ascii: ">")
          || marker == UInt8(ascii: "=") || marker == UInt8(ascii: "|")
      else { continue }
      let run = line.prefix { $0 == marker }.count
      guard run >= 7 else { continue }
      let after = line.dropFirst(run).first
      let isMarker =
        marker == UInt8(ascii: "=")
        ? after == nil || after == UInt8(ascii: "\r")
        : after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\r")
      guard isMarker else { continue }
      if first == nil { first = number }
      if marker == UInt8(ascii: "<") || marker == UInt8(ascii: ">") { hasOuterMarker = true }
    }
    return hasOuterMarker ? first : nil
  }
}
