/// A record stored as one JSON file: `<kind directory>/<id>.json`.
///
/// The id is the file's name and is not repeated inside it, so the two can never disagree.
protocol Record: Sendable {
  /// The kind of record, which names its folder.
  static var kind: RecordKind { get }
  /// The record's id: its file name without `.json`.
  var id: String { get }
  /// Fields found in the file that pact does not know; written back unchanged.
  var unknownFields: [String: JSONValue] { get set }
  /// Reads a record; returns nil (with the reader's problems) when it cannot.
  init?(id: String, reading reader: inout RecordReader)
  /// The record as the JSON object stored in its file.
  var json: JSONValue { get }
  /// Whether the record is kept with the current ones or apart with the closed (where
  /// `PanelPaths` says).
  var shelf: RecordShelf { get }
  /// The record read straight from its file's bytes, where the kind has a faster way than
  /// `init(id:reading:)` that gives the same record; nil to read the file the general way.
  static func read(id: String, bytes: UnsafeBufferPointer<UInt8>) -> Self?
}

extension Record {
  var shelf: RecordShelf { .current }

  static func read(id: String, bytes: UnsafeBufferPointer<UInt8>) -> Self? { nil }
}

/// Where a record is kept among its kind's: with the current ones, or apart once it is
/// done, dropped or closed, so that what the everyday commands read grows with the open
/// work rather than the years of history.
enum RecordShelf: Sendable, CaseIterable {
  case current
  case done
  case dropped
  case closed
}
