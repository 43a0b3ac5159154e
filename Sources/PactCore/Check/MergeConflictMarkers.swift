import Foundation

/// Finds the lines git leaves in a file it could not merge: `<<<<<<< ours`, `=======`,
/// `>>>>>>> theirs` (and `||||||| base` in the diff3 style), each at the start of a line.
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
      let text = Array(line.prefix(8))
      let marker: UInt8
      switch text.first {
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "|"):
        marker = text[0]
      default: continue
      }
      guard text.count >= 7, text.prefix(7).allSatisfy({ $0 == marker }) else { continue }
      let after = text.count > 7 ? text[7] : nil
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
