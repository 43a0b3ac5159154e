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
  /// The folder, relative to the panel, that holds the record's file.
  var folder: String { get }
}

extension Record {
  var folder: String { Self.kind.directory }
}
