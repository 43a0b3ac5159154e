import Testing

@testable import PactCore

/// The two ways a record's file is read — straight from its bytes (`Record.read(id:bytes:)`)
/// and the general way (`init(id:reading:)`) — for the tests that check that the first
/// gives what the second gives, or nil.
struct RecordReaders<R: Record & Equatable> {
  /// The id the file's name gives, unless a call names another.
  let id: String

  /// What the general reader makes of the bytes: the record, or nil when it finds a
  /// problem.
  func general(_ bytes: [UInt8], id: String? = nil) -> R? {
    guard let json = try? JSONParser.parse(bytes) else { return nil }
    var reader = RecordReader(json)
    let record = R(id: id ?? self.id, reading: &reader)
    return reader.problems.isEmpty ? record : nil
  }

  func general(_ text: String, id: String? = nil) -> R? { general(Array(text.utf8), id: id) }

  /// What the fast reader makes of the bytes.
  func fast(_ bytes: [UInt8], id: String? = nil) -> R? {
    bytes.withUnsafeBufferPointer { R.read(id: id ?? self.id, bytes: $0) }
  }

  func fast(_ text: String, id: String? = nil) -> R? { fast(Array(text.utf8), id: id) }

  /// Checks that the fast reader gives nil or what the general one gives.
  func agree(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    if let fast = fast(bytes) {
      let shown = String(decoding: bytes, as: UTF8.self).debugDescription
      #expect(fast == general(bytes), "\(shown)", sourceLocation: sourceLocation)
    }
  }

  func agree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    agree(Array(text.utf8), sourceLocation: sourceLocation)
  }
}
