import Foundation

/// What pact keeps of the record files of one folder of a panel in the user's cache folder
/// (`RecordCacheSession`): for each file, its stamp when read and its bytes, so that a command
/// on a panel of years of history asks the system for each file's stamp instead of opening
/// and reading it.
///
/// It is only ever a copy of what the files hold: an entry is used when the file's stamp is
/// still the one recorded, and the file is read again otherwise, so hand edits, `git pull`
/// and other copies of pact are all seen. The bytes are parsed as the file's would be, so a
/// record read through the cache is the record the file holds.
///
/// A first line names the format and, after a tab, the panel's folder. Then for each file a
/// line `folder name device inode size modified changed controls` (tabs between, times in
/// nanoseconds, `controls` 1 when the bytes may hold a control character in some text and 0
/// otherwise, as `VisibleText.mayHoldControls(json:)` judges), its `size` bytes and a
/// newline. A last line `end`, a tab and the number of
/// files tells a whole file from one cut short.
struct RecordCache {
  struct Entry {
    var stamp: FileStamp
    /// Where the file's bytes are in `bytes`.
    var range: Range<Int>
    /// Whether the bytes may hold a control character in some text.
    var mayHoldControls: Bool
  }

  static let header = "pact record cache 1"

  /// The cache as read: every entry's bytes are a range of it.
  let bytes: [UInt8]
  /// The folder the files are in (`actions/done`); empty for a cache with no files.
  private(set) var folder = ""
  /// Entries by file name.
  private var entries: [String: Entry] = [:]

  init() { bytes = [] }

  var count: Int { entries.count }

  func entry(_ name: String) -> Entry? { entries[name] }

  /// The bytes the file of `entry` held.
  func contents(_ entry: Entry) -> ArraySlice<UInt8> { bytes[entry.range] }

  /// Reads a cache; nil when it is not one this pact writes, was cut short, or names more
  /// than one folder.
  init?(bytes: [UInt8]) {
    self.bytes = bytes
    guard let (folder, entries) = bytes.withUnsafeBufferPointer(RecordCache.parse) else {
      return nil
    }
    self.folder = folder
    self.entries = entries
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, [String: Entry])? {
    guard var cursor = FieldCursor(bytes: bytes, afterFirstLine: header) else { return nil }
    var entries: [String: Entry] = [:]
    // The folder repeats on every line: it is decoded once, and must not change.
    var folder = ""
    var folderBytes: Slice<UnsafeBufferPointer<UInt8>>?
    while let folderField = cursor.field(lastOnLine: false) {
      if folderField.elementsEqual("end".utf8) {
        guard let total = cursor.field(lastOnLine: true).flatMap(Int.init(ascii:)),
          total == entries.count, cursor.isAtEnd
        else { return nil }
        return (folder, entries)
      }
      guard let nameField = cursor.field(), !folderField.isEmpty, !nameField.isEmpty,
        let device = cursor.field().flatMap(UInt64.init(ascii:)),
        let inode = cursor.field().flatMap(UInt64.init(ascii:)),
        let size = cursor.field().flatMap(Int64.init(ascii:)),
        let modified = cursor.field().flatMap(Int64.init(ascii:)),
        let changed = cursor.field().flatMap(Int64.init(ascii:)),
        let controls = cursor.field(lastOnLine: true).flatMap(UInt8.init(ascii:)), controls <= 1,
        size >= 0, size <= FileSize.recordLimit, let range = cursor.run(of: Int(size))
      else { return nil }
      if let folderBytes {
        guard folderField.elementsEqual(folderBytes) else { return nil }
      } else {
        folder = String(decoding: folderField, as: UTF8.self)
        folderBytes = folderField
      }
      let stamp = FileStamp(
        device: device, inode: inode, size: size, modified: modified, changed: changed)
      let name = String(decoding: nameField, as: UTF8.self)
      let entry = Entry(stamp: stamp, range: range, mayHoldControls: controls == 1)
      guard entries.updateValue(entry, forKey: name) == nil else { return nil }
    }
    return nil
  }

  /// Writes a cache, entry by entry.
  struct Writer {
    private var line: CacheLine
    private var count = 0

    init(panelPath: String) {
      line = CacheLine(after: CacheFile.firstLine(RecordCache.header, panelPath: panelPath))
    }

    /// Adds the file `name` in `folder`, with its stamp and the bytes it held (as many as
    /// the stamp's size). Names with a tab or a line break in them are never added.
    mutating func add(
      folder: String, name: String, stamp: FileStamp, mayHoldControls: Bool,
      contents: some Collection<UInt8>
    ) {
      let unsafe: (String) -> Bool = { $0.isEmpty || $0.utf8.contains { $0 < 0x20 } }
      guard !unsafe(folder), !unsafe(name), stamp.size == Int64(contents.count) else { return }
      line.field(folder)
      line.field(name)
      line.fields(stamp)
      line.field(mayHoldControls ? 1 : 0)
      line.endLine()
      line.raw(contents)
      line.endLine()
      count += 1
    }

    /// The cache, ended.
    var finished: [UInt8] {
      var ended = line
      ended.field("end")
      ended.field(count)
      ended.endLine()
      return ended.bytes
    }
  }
}
