/// Identifiers that stay the same for the same names, build after build: a UUID made from
/// a hash of the names (version 8, "custom"), as Atom's ids must be URIs that never change.
enum StableID {
  /// `urn:uuid:…` for the names given, joined.
  static func urn(_ parts: String...) -> String {
    let text = "pact-site\u{1F}" + parts.joined(separator: "\u{1F}")
    var high = fnv(text, basis: 0xcbf2_9ce4_8422_2325)
    var low = fnv(text, basis: 0x8422_2325_cbf2_9ce4)
    high = (high & ~0xF000) | 0x8000  // version 8
    low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // the RFC 9562 variant
    let hex = hexadecimal(high) + hexadecimal(low)
    let characters = Array(hex)
    func slice(_ from: Int, _ to: Int) -> String { String(characters[from..<to]) }
    return "urn:uuid:"
      + [slice(0, 8), slice(8, 12), slice(12, 16), slice(16, 20), slice(20, 32)]
      .joined(separator: "-")
  }

  /// The 64-bit FNV-1a hash of the text's UTF-8 bytes, from `basis`.
  static func fnv(_ text: String, basis: UInt64) -> UInt64 {
    var hash = basis
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  private static func hexadecimal(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
