// UTF-8 validation of the bytes inside strings (RFC 3629).
extension JSONParser {
  /// The length of the well-formed multi-byte UTF-8 sequence at `offset`, or nil if the
  /// bytes there are not one (RFC 3629: no overlong forms, surrogates or values above
  /// U+10FFFF).
  static func validUTF8Length(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    guard let (length, secondRange) = utf8Lead(bytes[offset]) else { return nil }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      return nil
    }
    for position in offset + 2..<offset + length where bytes[position] & 0xC0 != 0x80 {
      return nil
    }
    return length
  }

  /// Whether the bytes at `offset` start a valid sequence that the input cuts short.
  static func isTruncatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard let (length, secondRange) = utf8Lead(bytes[offset]) else { return false }
    guard offset + length > bytes.count else { return false }
    if offset + 1 < bytes.count && !secondRange.contains(bytes[offset + 1]) { return false }
    for position in min(offset + 2, bytes.count)..<bytes.count where bytes[position] & 0xC0 != 0x80
    {
      return false
    }
    return true
  }

  /// The length of the sequence a lead byte starts and the range its second byte must be in.
  static func utf8Lead(_ lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80...0xBF)
    case 0xE0: return (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
    case 0xED: return (3, 0x80...0x9F)
    case 0xF0: return (4, 0x90...0xBF)
    case 0xF1...0xF3: return (4, 0x80...0xBF)
    case 0xF4: return (4, 0x80...0x8F)
    default: return nil
    }
  }
}
