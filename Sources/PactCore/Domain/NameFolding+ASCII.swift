extension NameFolding {
  /// What separates the words `asciiWords` finds.
  enum Separators {
    /// Spaces, tabs and line breaks.
    case whitespace
    /// Anything but a letter, a digit or an apostrophe; apostrophes are dropped.
    case nonAlphanumeric
  }

  /// ASCII text with every run of separators made one space and none at either end, with
  /// A–Z made lower case when asked; text that needs no change is returned as it is.
  ///
  /// This is what splitting on `Character.isWhitespace` (or on what is not `isLetter` or
  /// `isNumber`, after dropping apostrophes) and joining with spaces gives for ASCII text,
  /// one byte at a time: a spreadsheet of thousands of rows folds each cell this way. It is
  /// nil when the text is not all ASCII: there a character may be several bytes, and
  /// callers take the Unicode-aware way.
  static func asciiWords(_ text: String, lowercased: Bool, between separators: Separators)
    -> String?
  {
    let dropsApostrophes = separators == .nonAlphanumeric
    func isSeparator(_ byte: UInt8) -> Bool {
      switch separators {
      case .whitespace: isWhitespace(byte)
      case .nonAlphanumeric: !isLetterOrDigit(byte)
      }
    }
    func isUpperCase(_ byte: UInt8) -> Bool {
      byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
    let space = UInt8(ascii: " ")
    let apostrophe = UInt8(ascii: "'")
    let words = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var unchanged = true
      var afterSeparator = true
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if dropsApostrophes, byte == apostrophe {
          unchanged = false
        } else if isSeparator(byte) {
          if afterSeparator || byte != space { unchanged = false }
          afterSeparator = true
        } else {
          if lowercased, isUpperCase(byte) { unchanged = false }
          afterSeparator = false
        }
      }
      if afterSeparator, !bytes.isEmpty { unchanged = false }
      if unchanged { return text }
      return String(unsafeUninitializedCapacity: bytes.count) { words in
        var count = 0
        var spaceDue = false
        for byte in bytes {
          if dropsApostrophes, byte == apostrophe { continue }
          if isSeparator(byte) {
            spaceDue = count > 0
            continue
          }
          if spaceDue {
            words[count] = space
            count += 1
            spaceDue = false
          }
          words[count] = lowercased && isUpperCase(byte) ? byte + 0x20 : byte
          count += 1
        }
        return count
      }
    }
    return words ?? nil
  }

  /// Whether `byte` is ASCII whitespace: what `Character.isWhitespace` is true for in ASCII.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Whether `byte` is an ASCII letter or digit: what `Character.isLetter` or `isNumber` is
  /// true for in ASCII.
  static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "a")...UInt8(ascii: "z"):
      true
    default: false
    }
  }
}
