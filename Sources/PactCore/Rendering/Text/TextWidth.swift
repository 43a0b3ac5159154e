/// How many characters wide text is, counted quickly where each character is one byte.
enum TextWidth {
  /// Whether every character of the UTF-8 text is one byte: ASCII without a carriage
  /// return (CR LF is one character).
  static func isOneBytePerCharacter(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in utf8 where byte >= 0x80 || byte == 0x0D { return false }
    return true
  }

  /// The number of characters in `text`.
  static func of(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { isOneBytePerCharacter($0) ? $0.count : nil } ?? text.count
  }
}
