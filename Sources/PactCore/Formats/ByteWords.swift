/// Tests on eight bytes at once, for the loops that pass over long runs of plain text (a
/// JSON string's characters, a command's whole output) looking for the rare byte that needs
/// a closer look. Each test says exactly whether any of the eight bytes is of a kind; which
/// one is left to a loop over the eight.
enum ByteWords {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset` of `bytes`, the first in the lowest bits; nil when fewer
  /// than eight are left.
  @inline(__always)
  static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64? {
    guard offset >= 0, offset &+ 8 <= bytes.count, let base = bytes.baseAddress else {
      return nil
    }
    return UInt64(
      littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  /// Where the run of whole words from `offset` for which `isPlain` holds ends: the place
  /// of the first eight bytes it does not hold for, or of the fewer than eight left.
  @inline(__always)
  static func skip(
    _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, while isPlain: (UInt64) -> Bool
  ) -> Int {
    var offset = offset
    while let word = word(bytes, at: offset), isPlain(word) { offset &+= 8 }
    return offset
  }

  /// Whether any byte of `word` is below `limit` (at most 0x80).
  @inline(__always)
  static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
    (word &- ones &* UInt64(limit)) & ~word & highs != 0
  }

  /// Whether any byte of `word` is `byte`.
  @inline(__always)
  static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
    hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
  }

  /// Whether any byte of `word` is 0x80 or above.
  @inline(__always)
  static func hasNonASCII(_ word: UInt64) -> Bool {
    word & highs != 0
  }

  /// Whether every byte of `word` is printable ASCII, 0x20 to 0x7E.
  @inline(__always)
  static func isPrintableASCII(_ word: UInt64) -> Bool {
    !hasNonASCII(word) && !hasByte(below: 0x20, in: word) && !hasByte(0x7F, in: word)
  }

  /// Whether every byte of `word` is one a JSON string holds as it is, with nothing to
  /// look at: printable ASCII other than a quote or a backslash (DEL included, as JSON
  /// allows it).
  @inline(__always)
  static func isPlainJSONString(_ word: UInt64) -> Bool {
    !hasNonASCII(word) && !hasByte(below: 0x20, in: word)
      && !hasByte(UInt8(ascii: "\""), in: word) && !hasByte(UInt8(ascii: "\\"), in: word)
  }
}
