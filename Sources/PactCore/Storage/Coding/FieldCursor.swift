/// Steps through the lines of pact's cache files, straight from their bytes: fields
/// separated by tabs, each line ended by a newline, and runs of bytes of a length given
/// before them.
struct FieldCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position: Int

  init(bytes: UnsafeBufferPointer<UInt8>, position: Int) {
    self.bytes = bytes
    self.position = position
  }

  /// A cursor after the first line, which must be `format` alone or followed by a tab and
  /// more (`CacheFile.firstLine(_:panelPath:)`); nil when it is not.
  init?(bytes: UnsafeBufferPointer<UInt8>, afterFirstLine format: String) {
    let formatBytes = Array(format.utf8)
    guard bytes.starts(with: formatBytes), bytes.count > formatBytes.count,
      bytes[formatBytes.count] == UInt8(ascii: "\n")
        || bytes[formatBytes.count] == UInt8(ascii: "\t"),
      let endOfLine = bytes[formatBytes.count...].firstIndex(of: UInt8(ascii: "\n"))
    else { return nil }
    self.init(bytes: bytes, position: endOfLine + 1)
  }

  var isAtEnd: Bool { position >= bytes.count }

  /// The next field, ended by a tab — or by the newline, for the line's last field; nil
  /// when the line or the text ends sooner.
  mutating func field(lastOnLine: Bool = false) -> Slice<UnsafeBufferPointer<UInt8>>? {
    let start = position
    // Eight bytes at a time while none is a tab or a newline (nor any byte below them).
    position = ByteWords.skip(bytes, from: position) { !ByteWords.hasByte(below: 0x0B, in: $0) }
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
        guard (byte == UInt8(ascii: "\n")) == lastOnLine else { return nil }
        position += 1
        return bytes[start..<(position - 1)]
      }
      position += 1
    }
    return nil
  }

  /// Where the next `count` bytes are, which must be followed by a newline (stepped
  /// over); nil when the text ends sooner or no newline follows.
  mutating func run(of count: Int) -> Range<Int>? {
    guard count >= 0, count < bytes.count - position,
      bytes[position + count] == UInt8(ascii: "\n")
    else { return nil }
    defer { position += count + 1 }
    return position..<(position + count)
  }
}

extension FixedWidthInteger {
  /// Reads a decimal number written in ASCII digits, with a leading `-` for a negative one.
  init?<Bytes: Collection>(ascii bytes: Bytes) where Bytes.Element == UInt8 {
    var digits = bytes[...]
    let negative = digits.first == UInt8(ascii: "-")
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 20 else { return nil }
    // Nineteen digits cannot overflow an unsigned 64 bits: a cache's numbers (times in
    // nanoseconds, inodes) are summed without a check at each digit, then checked once.
    if digits.count <= 19, Self.bitWidth == 64 {
      var magnitude: UInt64 = 0
      for byte in digits {
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        magnitude = magnitude &* 10 &+ UInt64(digit)
      }
      switch (Self.isSigned, negative) {
      case (false, false): self.init(truncatingIfNeeded: magnitude)
      case (false, true):
        guard magnitude == 0 else { return nil }
        self = 0
      case (true, false):
        guard magnitude <= UInt64(Int64.max) else { return nil }
        self.init(truncatingIfNeeded: magnitude)
      case (true, true):
        guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
        self.init(truncatingIfNeeded: 0 &- magnitude)
      }
      return
    }
    var value: Self = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
      let digit = Self(byte - UInt8(ascii: "0"))
      let (sum, overflowAgain) =
        negative
        ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflow, !overflowAgain else { return nil }
      value = sum
    }
    self = value
  }
}
