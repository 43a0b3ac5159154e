/// The one rule for control characters in text pact shows or writes: an escape that would
/// drive a terminal, a bell, a NUL, a carriage return that would write over a line — from
/// an imported cell or a hand edit — is never printed as it is, but shown as Swift writes
/// it, `\u{1B}`, so that a reader sees something is there and nothing obeys it. Line
/// breaks and tabs are text, and so is a carriage return just before a line break
/// (Windows' line ending).
public enum VisibleText {
  /// Whether `scalar` is a control character (C0, DEL or C1) other than a line feed, tab
  /// or carriage return; a carriage return is judged with what follows it
  /// (`controlCharacters(in:)`).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value < 0x20 || (0x7F...0x9F).contains(value) else { return false }
    return scalar != "\n" && scalar != "\t" && scalar != "\r"
  }

  /// The control characters in `text`, in order: `isControl`, and each carriage return not
  /// followed by a line feed.
  public static func controlCharacters(in text: String) -> [Unicode.Scalar] {
    guard mayHoldControls(text) else { return [] }
    var found: [Unicode.Scalar] = []
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      if previousWasReturn, scalar != "\n" { found.append("\r") }
      previousWasReturn = scalar == "\r"
      if isControl(scalar) { found.append(scalar) }
    }
    if previousWasReturn { found.append("\r") }
    return found
  }

  /// Whether the JSON text `bytes` may hold, in a string, a character
  /// `controlCharacters(in:)` finds: an escape for a control character or a carriage
  /// return (`\u001b`, `\b`, `\f`, `\r`), or such a character as it is. Most records
  /// hold none, and are not walked field by field.
  static func mayHoldControls(json bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      // Printable ASCII without a backslash holds neither, eight bytes at a time.
      index = ByteWords.skip(bytes, from: index) {
        ByteWords.isPrintableASCII($0) && !ByteWords.hasByte(UInt8(ascii: "\\"), in: $0)
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\\"), index < bytes.count {
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "r"): return true
        case UInt8(ascii: "u"):
          guard index + 4 <= bytes.count else { return true }
          var value: UInt32 = 0
          for digit in bytes[index..<(index + 4)] {
            guard let hex = hexValue(digit) else { return true }
            value = value << 4 | hex
          }
          if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        default: break
        }
      } else if byte < 0x20 {
        if byte != 0x0A, byte != 0x09, byte != 0x0D { return true }
      } else if byte == 0x7F || (byte == 0xC2 && index < bytes.count && bytes[index] < 0xA0) {
        return true
      }
    }
    return false
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// `text` with each control character shown as `\u{1B}` (its value in hex). With
  /// `keepingColours`, the colour sequences a terminal shows (`ESC [ 1;31 m`) pass as they
  /// are: pact's own, added after the text inside them was made visible.
  public static func escaped(_ text: String, keepingColours: Bool = false) -> String {
    guard mayHoldControls(text) else { return text }
    var output = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var colourEnd = -1
    for (index, scalar) in scalars.enumerated() {
      if keepingColours, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
        colourEnd = end
      }
      if index <= colourEnd {
        output.append(scalar)
        continue
      }
      let lone = scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")
      if isControl(scalar) || lone {
        output.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            .unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Where a colour sequence (`ESC [`, digits and semicolons, `m`) starting at `start`
  /// ends; nil when none starts there.
  private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    guard index < scalars.count, scalars[index] == "[" else { return nil }
    index += 1
    while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) {
      index += 1
    }
    guard index < scalars.count, scalars[index] == "m" else { return nil }
    return index
  }

  /// Whether `text` may hold one, judged from its bytes: most text holds none, and is
  /// passed through without being taken apart.
  private static func mayHoldControls(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        // Printable ASCII, nearly everything a command prints, is passed over first, eight
        // bytes at a time where it can be.
        index = ByteWords.skip(bytes, from: index, while: ByteWords.isPrintableASCII)
        guard index < bytes.count else { break }
        let byte = bytes[index]
        index += 1
        if byte >= 0x20, byte < 0x7F { continue }
        switch byte {
        case 0x0A, 0x09: continue
        // A carriage return before a line feed is a line break (CSV ends every record so).
        case 0x0D where index < bytes.count && bytes[index] == 0x0A: continue
        // C1 controls, U+0080 to U+009F, are C2 80 to C2 9F in UTF-8.
        case 0xC2 where index < bytes.count && (0x80...0x9F).contains(bytes[index]): return true
        case 0x7F: return true
        default: if byte < 0x20 { return true }
        }
      }
      return false
    }
  }

}
