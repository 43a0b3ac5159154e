/// The names of the record files in one folder of a panel, as pact keeps them in the user's
/// cache folder with the folder's own stamp, so that the chair's briefing counts years of
/// done actions without listing their folder.
///
/// A folder's times change whenever a name is added to it, removed or renamed, so names
/// kept with a stamp that is still the folder's are still its names — once the stamp is
/// settled (`FileStamp.isSettled(before:)`). Editing a file in place changes no name.
///
/// A first line names the format and the panel's folder, a second the folder's stamp
/// (`device inode size modified changed`, tabs between), then one name a line, and a last
/// line `end`, a tab and the number of names.
struct FolderNames {
  static let header = "pact folder names 1"

  /// The folder's stamp when its names were listed.
  let stamp: FileStamp
  /// Where each name is in `bytes`.
  private let ranges: [Range<Int>]
  private let bytes: [UInt8]

  /// Reads the kept names; nil when `bytes` are not names this pact keeps, or were cut
  /// short.
  init?(bytes: [UInt8]) {
    self.bytes = bytes
    let parsed: (FileStamp, [Range<Int>])? = bytes.withUnsafeBufferPointer { buffer in
      guard var cursor = FieldCursor(bytes: buffer, afterFirstLine: FolderNames.header),
        let device = cursor.field().flatMap(UInt64.init(ascii:)),
        let inode = cursor.field().flatMap(UInt64.init(ascii:)),
        let size = cursor.field().flatMap(Int64.init(ascii:)),
        let modified = cursor.field().flatMap(Int64.init(ascii:)),
        let changed = cursor.field(lastOnLine: true).flatMap(Int64.init(ascii:))
      else { return nil }
      let stamp = FileStamp(
        device: device, inode: inode, size: size, modified: modified, changed: changed)
      var ranges: [Range<Int>] = []
      while !cursor.isAtEnd {
        let start = cursor.position
        if let end = cursor.field(lastOnLine: false) {
          guard end.elementsEqual("end".utf8),
            let count = cursor.field(lastOnLine: true).flatMap(Int.init(ascii:)),
            count == ranges.count, cursor.isAtEnd
          else { return nil }
          return (stamp, ranges)
        }
        cursor.position = start
        guard let name = cursor.field(lastOnLine: true), !name.isEmpty else { return nil }
        ranges.append(name.startIndex..<name.endIndex)
      }
      return nil
    }
    guard let (stamp, ranges) = parsed else { return nil }
    self.stamp = stamp
    self.ranges = ranges
  }

  var count: Int { ranges.count }

  /// Calls `body` with the bytes of each name, in order.
  func forEachName(_ body: (ArraySlice<UInt8>) -> Void) {
    for range in ranges { body(bytes[range]) }
  }

  /// The text that keeps `names` (without a tab or a line break) with the folder's `stamp`.
  static func text(stamp: FileStamp, names: [[UInt8]], panelPath: String) -> [UInt8] {
    var text = Array(CacheFile.firstLine(header, panelPath: panelPath).utf8)
    let fields =
      [stamp.device, stamp.inode].map(String.init)
      + [stamp.size, stamp.modified, stamp.changed].map(String.init)
    text += (fields.joined(separator: "\t") + "\n").utf8
    for name in names {
      text += name
      text.append(UInt8(ascii: "\n"))
    }
    text += "end\t\(names.count)\n".utf8
    return text
  }
}
