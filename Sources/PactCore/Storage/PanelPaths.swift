/// How a panel's folder is laid out: the one place that says where each record's file is,
/// which names are record files, and which paths a change may touch.
enum PanelPaths {
  /// The file whose presence makes a folder a panel.
  static let panelFile = "panel.json"
  /// The folder, local to one copy of the panel, where pact keeps its lock, undo journal
  /// and working files.
  static let privateFolder = ".pact"
  /// The panel's `.gitignore`, which keeps the private folder out of git.
  static let gitignore = ".gitignore"
  /// The panel's `.gitattributes`, which names pact's merge driver for the record files.
  static let gitattributes = ".gitattributes"

  /// The folder under the panel that holds `kind`'s current records.
  static func directory(of kind: RecordKind) -> String { kind.pluralNoun }

  /// The folder that holds `kind`'s records kept on `shelf`.
  static func folder(of kind: RecordKind, on shelf: RecordShelf) -> String {
    let directory = directory(of: kind)
    switch shelf {
    case .current: return directory
    case .done: return directory + "/done"
    case .dropped: return directory + "/dropped"
    case .closed: return directory + "/closed"
    }
  }

  /// The shelves `kind`'s records are kept on, current first.
  static func shelves(of kind: RecordKind) -> [RecordShelf] {
    switch kind {
    case .action: [.current, .done, .dropped]
    case .issue, .priority: [.current, .closed]
    case .member, .agency, .meeting: [.current]
    }
  }

  /// Every folder that holds `kind`'s files: its own, then those that keep closed records
  /// apart (done and dropped actions, closed issues, past priorities).
  static func folders(of kind: RecordKind) -> [String] {
    shelves(of: kind).map { folder(of: kind, on: $0) }
  }

  /// The folders of `kind` that keep closed records apart.
  static func closedFolders(of kind: RecordKind) -> [String] {
    Array(folders(of: kind).dropFirst())
  }

  /// The file, relative to the panel, where `record` belongs.
  static func path<R: Record>(of record: R) -> String {
    "\(folder(of: R.kind, on: record.shelf))/\(record.id).json"
  }

  /// A path's folder (empty at the top of the panel) and file name.
  static func split(_ relative: String) -> (folder: Substring, name: Substring) {
    guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else {
      return ("", relative[...])
    }
    return (relative[..<slash], relative[relative.index(after: slash)...])
  }

  /// Whether a name in a record folder is a record's file rather than a hidden one.
  static func isRecordFileName(_ name: String) -> Bool {
    name.hasSuffix(".json") && !name.hasPrefix(".")
  }

  /// `isRecordFileName`, on a name's bytes as a folder listing gives them.
  static func isRecordFileName<Bytes: Collection>(bytes name: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    name.first != UInt8(ascii: ".") && name.count > 5 && name.suffix(5).elementsEqual(".json".utf8)
  }

  /// Whether `id` is safe to use as a file name: ASCII letters, digits and hyphens.
  static func isSafeID(_ id: String) -> Bool {
    // Judged on the bytes: every character allowed is one byte, so a safe id has as many
    // bytes as characters.
    var id = id
    return id.withUTF8 { isSafeID(bytes: $0) }
  }

  /// `isSafeID` of the text whose UTF-8 is `bytes`.
  static func isSafeID(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 64 else { return false }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
        continue
      default:
        return false
      }
    }
    return true
  }

  /// The id a record file's `name` gives, when it is one: the name without ".json",
  /// judged by `isSafeID`. A name that does not end in ".json" loses its last five
  /// characters.
  static func recordID(fileName name: String) -> (id: String, isSafe: Bool) {
    var name = name
    return name.withUTF8 { bytes in
      let end = bytes.count
      guard end >= 5, bytes[end - 5] == UInt8(ascii: "."), bytes[end - 4] == UInt8(ascii: "j"),
        bytes[end - 3] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "o"),
        bytes[end - 1] == UInt8(ascii: "n")
      else {
        let id = String(String(decoding: bytes, as: UTF8.self).dropLast(5))
        return (id, isSafeID(id))
      }
      // ".json" is five one-byte characters, so the id is all but the last five bytes.
      let id = UnsafeBufferPointer(rebasing: bytes[..<(end - 5)])
      return (String(decoding: id, as: UTF8.self), isSafeID(bytes: id))
    }
  }

  /// Whether `path` names a file inside the panel that a change may write: relative, with
  /// no `..` or hidden part, or the panel's `.gitignore` or `.gitattributes`.
  static func isSafePath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return !path.hasPrefix("/") && !parts.isEmpty
      && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
      || path == gitignore || path == gitattributes
  }
}
