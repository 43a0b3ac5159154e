/// What a change was read from: the JSON each file held, and the file each record came
/// from. Storage keeps it beside the records it read, to write back only what differs.
struct WriteBase {
  /// The JSON of every file as it was read, by path relative to the panel root.
  var originals: [String: JSONValue] = [:]
  /// Where each record was read from, by kind and id: a file edited by hand may not be in
  /// the folder its status now calls for (until the next change moves it).
  var readFrom: [String: String] = [:]
  /// The files read whose bytes may hold a control character in some text; a record read
  /// from any other file holds none (`ControlCharacterRule`).
  var mayHoldControls: Set<String> = []
  /// Whether `mayHoldControls` was kept for every file read: a base made otherwise knows
  /// nothing of them. Records judged with such a base are the records read.
  var scannedForControls = false

  static func key<R: Record>(_ type: R.Type, _ id: String) -> String {
    "\(R.kind.rawValue)/\(id)"
  }
}
