/// Escaping for CommonMark (and GitHub-flavoured Markdown), so that text people typed —
/// titles, names, notes, venues — prints as typed and can never change a document's
/// structure or bring in raw HTML.
public enum Markdown {
  /// Whether a character can start or end inline structure anywhere in a line: emphasis,
  /// code, links, images, raw HTML, strikethrough, table cells, and the escape itself.
  @inline(__always)
  private static func isInlineSpecial(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "`", "*", "_", "[", "]", "<", "|", "~": true
    default: false
    }
  }

  /// `text` as one line of inline Markdown: line breaks become spaces, runs of spaces one,
  /// control characters are shown as `\u{1B}` (`VisibleText`), and every character that
  /// could be read as Markdown is escaped. One pass over the text's scalars, so a long note
  /// costs in proportion to its length.
  public static func inline(_ text: String) -> String {
    if let ascii = inlineASCII(text) { return ascii }
    return inlineScalars(text)
  }

  /// `inline` for text of printable ASCII alone (most of what people type), byte by byte;
  /// nil for any other text. Such text has no control characters, its only white space is
  /// the space, and each of its characters is one byte.
  static func inlineASCII(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + 8)
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        guard byte >= 0x20, byte <= 0x7E else { return nil }
        index += 1
        if byte == 0x20 {
          pendingSpace = !output.isEmpty
          continue
        }
        if pendingSpace {
          output.append(0x20)
          pendingSpace = false
        }
        if isInlineSpecial(Unicode.Scalar(byte))
          || (byte == UInt8(ascii: "&") && startsEntity(bytes, at: index))
        {
          output.append(UInt8(ascii: "\\"))
        }
        output.append(byte)
      }
      escapeLineStart(&output)
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// `startsEntity` for the bytes from `start`.
  private static func startsEntity(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var index = start
    while index < bytes.count, isEntityNameByte(bytes[index]) { index += 1 }
    return index > start && index < bytes.count && bytes[index] == UInt8(ascii: ";")
  }

  @inline(__always)
  private static func isEntityNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "#"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  /// `escapeLineStart` for the bytes of ASCII text.
  private static func escapeLineStart(_ bytes: inout [UInt8]) {
    guard let first = bytes.first else { return }
    switch first {
    case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "+"), UInt8(ascii: "-"),
      UInt8(ascii: "="):
      bytes.insert(UInt8(ascii: "\\"), at: 0)
      return
    default: break
    }
    let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
    if digits > 0, digits <= 9, digits < bytes.count,
      bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")")
    {
      bytes.insert(UInt8(ascii: "\\"), at: digits)
    }
  }

  /// `inline` for any text, scalar by scalar.
  static func inlineScalars(_ text: String) -> String {
    let scalars = Array(VisibleText.escaped(text).unicodeScalars)
    var output: [UInt8] = []
    output.reserveCapacity(scalars.count + 8)
    var pendingSpace = false
    for (index, scalar) in scalars.enumerated() {
      if HTMLEscape.isWhitespace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(0x20)
        pendingSpace = false
      }
      if isInlineSpecial(scalar) || (scalar == "&" && startsEntity(scalars[(index + 1)...])) {
        output.append(UInt8(ascii: "\\"))
      }
      HTMLEscape.append(scalar, to: &output)
    }
    return escapeLineStart(String(decoding: output, as: UTF8.self))
  }

  /// Whether the characters after an ampersand would make it an entity (`&lt;`, `&#60;`).
  private static func startsEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
    let name = rest.prefix {
      $0 == "#" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
    }
    return !name.isEmpty && rest.dropFirst(name.count).first == ";"
  }

  /// Escapes what would make a line a block of another kind when `text` starts the line:
  /// a heading, quote, list item, thematic break, setext underline or code fence.
  private static func escapeLineStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    if "#>+-=".contains(first) { return "\\" + text }
    // An ordered list marker: up to nine digits then "." or ")".
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count <= 9 {
      let rest = text.dropFirst(digits.count)
      if let marker = rest.first, marker == "." || marker == ")" {
        return String(digits) + "\\" + String(rest)
      }
    }
    return text
  }

  /// A URL as a CommonMark autolink (`<https://…>`), which renders as the same working
  /// link. Nothing inside it is backslash-escaped, since an autolink's text is taken as it
  /// is: only what an autolink cannot hold — spaces, `<`, `>` and control characters — is
  /// percent-encoded. Text that is not an absolute URL (no scheme such as `https:`) is
  /// written as escaped text.
  public static func link(_ url: String) -> String {
    let text = url.trimmed
    guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]),
      text.index(after: colon) < text.endIndex
    else { return inline(text) }
    var output = "<"
    for scalar in text.unicodeScalars {
      if scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "<" || scalar == ">" {
        output += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output + ">"
  }

  /// Whether `text` is a URI scheme an autolink accepts: a letter, then 1–31 letters,
  /// digits, `+`, `.` or `-`.
  private static func isScheme(_ text: Substring) -> Bool {
    guard (2...32).contains(text.count), let first = text.unicodeScalars.first,
      first.isASCIILetter
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "." || $0 == "-"
    }
  }

  /// Paragraphs of text: each line of `text` escaped as `inline`, blank lines between
  /// paragraphs kept, single line breaks joined.
  public static func paragraphs(_ text: String) -> String {
    paragraphTexts(text).map { inline($0) }.joined(separator: "\n\n")
  }

  /// Paragraphs of text for a list item: each escaped as `inline`, those after the first
  /// indented by `indent` spaces so that they stay within the item.
  public static func itemParagraphs(_ text: String, indent: Int = 2) -> String {
    let margin = String(repeating: " ", count: indent)
    return paragraphTexts(text).map { inline($0) }.enumerated()
      .map { $0.offset == 0 ? $0.element : margin + $0.element }
      .joined(separator: "\n\n")
  }

  /// The paragraphs of `text`: the runs of lines between blank ones, each with its lines
  /// joined by spaces.
  static func paragraphTexts(_ text: String) -> [String] {
    // One line (the common case) is one paragraph, unless it is blank.
    if !text.utf8.contains(0x0A), !text.utf8.contains(0x0D) {
      return text.allSatisfy(\.isWhitespace) ? [] : [text]
    }
    return text.replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .split { $0.allSatisfy(\.isWhitespace) }
      .map { $0.joined(separator: " ") }
      .filter { !$0.allSatisfy(\.isWhitespace) }
  }

  /// A GitHub-flavoured Markdown table; every cell is escaped text.
  public static func table(header: [String], rows: [[String]]) -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.isEmpty ? " " : inline($0) }.joined(separator: " | ") + " |"
    }
    var output = line(header) + "\n"
    output += "|" + header.map { _ in " --- " }.joined(separator: "|") + "|\n"
    for row in rows {
      let padded = row + Array(repeating: "", count: max(0, header.count - row.count))
      output += line(Array(padded.prefix(header.count))) + "\n"
    }
    return output
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
