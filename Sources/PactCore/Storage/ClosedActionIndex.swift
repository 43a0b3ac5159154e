/// What `pact report` remembers, in the user's cache folder (`ClosedActionIndexFile`), of a
/// panel's done and dropped actions: for each file, its stamp when read and the action's
/// dates.
///
/// A county's report would otherwise parse every action of every panel's years of history.
/// The index is only ever a copy: an entry is used when the file's stamp is still the
/// one recorded, and the file is read again otherwise, so hand edits, `git pull` and other
/// copies of pact are all seen. A line pact cannot read makes the whole index be rebuilt.
///
/// A first line names the format and, after a tab, the panel's folder (for people reading
/// the cache; a control character in it is written as `?`). Then one line per file, fields
/// separated by tabs:
/// `folder name device inode size modified changed status agreedOn due completedOn`, with
/// times in nanoseconds and an empty field for a date the action does not have.
struct ClosedActionIndex: Equatable {
  struct Entry: Equatable {
    var stamp: FileStamp
    var dates: ActionDates
  }

  static let header = "pact closed-action index 3"

  /// Entries by folder (`actions/done`), then by file name.
  private(set) var entries: [String: [String: Entry]] = [:]

  init() {}

  var count: Int { entries.values.reduce(0) { $0 + $1.count } }

  func entry(folder: String, name: String) -> Entry? { entries[folder]?[name] }

  mutating func set(_ entry: Entry, folder: String, name: String) {
    entries[folder, default: [:]][name] = entry
  }

  /// The index as written; entries in folder and name order, so it is the same text for
  /// the same entries.
  func text(panelPath: String = "") -> String {
    String(decoding: bytes(panelPath: panelPath), as: UTF8.self)
  }

  /// The index as written, as ``text(panelPath:)`` gives it.
  func bytes(panelPath: String = "") -> [UInt8] {
    var line = CacheLine(after: CacheFile.firstLine(ClosedActionIndex.header, panelPath: panelPath))
    for folder in entries.keys.sorted() {
      guard let files = entries[folder] else { continue }
      for name in files.keys.sorted() {
        guard let entry = files[name] else { continue }
        let stamp = entry.stamp
        let dates = entry.dates
        line.field(folder)
        line.field(name)
        line.fields(stamp)
        line.field(dates.status.rawValue)
        line.field(dates.agreedOn.description)
        line.field(dates.due?.description ?? "")
        line.field(dates.completedOn?.description ?? "")
        line.endLine()
      }
    }
    return line.bytes
  }

  /// Reads an index's text; nil when it is not one this pact writes.
  init?(bytes: [UInt8]) {
    let parsed = bytes.withUnsafeBufferPointer { ClosedActionIndex.parse($0) }
    guard let parsed else { return nil }
    self = parsed
  }

  /// Reads the lines field by field, straight from the bytes: a county's report reads
  /// hundreds of thousands of them.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ClosedActionIndex? {
    guard var cursor = FieldCursor(bytes: bytes, afterFirstLine: header) else { return nil }
    var index = ClosedActionIndex()
    // Folder names repeat on every line: decode each once.
    var folder = ""
    var folderBytes: Slice<UnsafeBufferPointer<UInt8>> = bytes[0..<0]
    // A folder's lines come together: its entries are gathered apart, then added at once
    // (taken whole when the folder is new, as it nearly always is), and the next folder's
    // are gathered in a table as large, which seldom then has to grow.
    var gathered: [String: Entry] = [:]
    func addGathered() {
      guard !gathered.isEmpty else { return }
      if index.entries[folder] == nil {
        index.entries[folder] = gathered
      } else {
        index.entries[folder, default: [:]].merge(gathered) { _, later in later }
      }
      gathered.removeAll(keepingCapacity: true)
    }
    while !cursor.isAtEnd {
      guard let folderField = cursor.field(), let nameField = cursor.field(),
        !folderField.isEmpty, !nameField.isEmpty,
        let device = cursor.field().flatMap(UInt64.init(ascii:)),
        let inode = cursor.field().flatMap(UInt64.init(ascii:)),
        let size = cursor.field().flatMap(Int64.init(ascii:)),
        let modified = cursor.field().flatMap(Int64.init(ascii:)),
        let changed = cursor.field().flatMap(Int64.init(ascii:)),
        let statusField = cursor.field(),
        let status = ActionStatus.named(statusField),
        let agreedOn = cursor.field().flatMap(Day.init(utf8:)),
        let dueField = cursor.field(), let completedField = cursor.field(lastOnLine: true)
      else { return nil }
      let due = Day(utf8: dueField)
      let completedOn = Day(utf8: completedField)
      guard due != nil || dueField.isEmpty, completedOn != nil || completedField.isEmpty else {
        return nil
      }
      if !folderField.elementsEqual(folderBytes) {
        addGathered()
        folder = String(decoding: folderField, as: UTF8.self)
        folderBytes = folderField
      }
      let entry = Entry(
        stamp: FileStamp(
          device: device, inode: inode, size: size, modified: modified, changed: changed),
        dates: ActionDates(status: status, agreedOn: agreedOn, due: due, completedOn: completedOn))
      gathered[String(decoding: nameField, as: UTF8.self)] = entry
    }
    addGathered()
    return index
  }
}

extension ActionStatus {
  private static let names = allCases.map { ($0, Array($0.rawValue.utf8)) }

  /// The status whose name is `bytes`, matched on the bytes: an index has a line for each
  /// of a county's closed actions.
  fileprivate static func named(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> ActionStatus? {
    names: for (status, name) in names where name.count == bytes.count {
      var position = bytes.startIndex
      for byte in name {
        guard bytes.base[position] == byte else { continue names }
        position += 1
      }
      return status
    }
    return nil
  }
}
