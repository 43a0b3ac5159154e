/// A JSON value as the bytes that identify it in a merge: compact, keys sorted
/// (`JSONWriter.compactData`). Two values are the same change only when these bytes are, and
/// every fixed order a merge uses compares them, so that neither side's spelling of a
/// canonically equivalent string can make the result depend on which side is "ours".
enum CanonicalBytes {
  /// The bytes of `value`; empty for a value that is absent, which so orders first.
  static func of(_ value: JSONValue?) -> [UInt8] {
    guard let value else { return [] }
    return Array(JSONWriter.compactData(value))
  }

  /// Whether `first` comes before `second`, byte by byte.
  static func isOrdered(_ first: [UInt8], before second: [UInt8]) -> Bool {
    first.lexicographicallyPrecedes(second)
  }

  /// Whether the string `first` comes before `second`, by the bytes of their UTF-8.
  static func isOrdered(_ first: String, _ second: String) -> Bool {
    first.utf8.lexicographicallyPrecedes(second.utf8)
  }
}
