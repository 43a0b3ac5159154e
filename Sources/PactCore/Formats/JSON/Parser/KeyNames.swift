/// The names of a record's keys as bytes, made once: each member of ten thousand action
/// files is matched against them. At most 32 keys.
struct KeyNames<K: RawRepresentable & CaseIterable & Sendable>: Sendable
where K.RawValue == String {
  private let keys: [(key: K, name: [UInt8])]

  init() {
    keys = K.allCases.map { ($0, Array($0.rawValue.utf8)) }
  }

  /// The key whose name is `name`'s bytes, noted in `seen`; nil for a name that is none
  /// of them, or one already seen (a duplicate key).
  func match(_ name: UnsafeBufferPointer<UInt8>, seen: inout UInt32) -> K? {
    for index in keys.indices {
      guard keys[index].name.count == name.count, keys[index].name.elementsEqual(name)
      else { continue }
      let bit: UInt32 = 1 << UInt32(index)
      guard seen & bit == 0 else { return nil }
      seen |= bit
      return keys[index].key
    }
    return nil
  }
}
