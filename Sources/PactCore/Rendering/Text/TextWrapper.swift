/// Greedy word wrapping for help text and command output.
///
/// Each line of the input ("\n") is wrapped on its own and keeps its leading spaces, which
/// are added to the indentation of it and its continuation lines; an empty input line stays
/// empty, and empty text gives no lines. Runs of spaces between words become one. A word
/// longer than the room left is broken only when `breakingLongWords` is set (table cells);
/// otherwise only such a line exceeds `width`.
public enum TextWrapper {
  /// - Parameters:
  ///   - width: the greatest line length, in characters.
  ///   - indent: spaces before every line but the first.
  ///   - firstLineIndent: spaces before the first line; `indent` when nil.
  ///   - breakingLongWords: split a word that cannot fit on a line of its own.
  public static func wrap(
    _ text: String, width: Int, indent: Int = 0, firstLineIndent: Int? = nil,
    breakingLongWords: Bool = false
  ) -> [String] {
    guard !text.isEmpty else { return [] }
    // A log of ten years wraps tens of thousands of cells: plain ASCII, where a character
    // is a byte, is wrapped byte by byte.
    var bytes = text
    let fast = bytes.withUTF8 { utf8 -> [String]? in
      guard TextWidth.isOneBytePerCharacter(utf8) else { return nil }
      let wrapping = ByteWrapping(
        width: width, indent: indent, firstLineIndent: firstLineIndent ?? indent,
        breakingLongWords: breakingLongWords)
      // Most cells of a table fit their column as they are.
      if wrapping.fitsAsItIs(utf8) { return [text] }
      return wrapping.wrap(utf8)
    }
    return fast
      ?? wrapCharacters(
        text, width: width, indent: indent, firstLineIndent: firstLineIndent,
        breakingLongWords: breakingLongWords)
  }

  /// `wrap` character by character, for any text.
  static func wrapCharacters(
    _ text: String, width: Int, indent: Int = 0, firstLineIndent: Int? = nil,
    breakingLongWords: Bool = false
  ) -> [String] {
    guard !text.isEmpty else { return [] }
    var lines: [String] = []
    for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let leading = source.prefix { $0 == " " }.count
      var words = source.split(separator: " ")
      if breakingLongWords {
        let room = max(1, width - max(indent, firstLineIndent ?? indent) - leading)
        // Cut by index in one pass: dropping from the front again and again would count
        // the word from its start each time.
        words = words.flatMap { word -> [Substring] in
          guard word.count > room else { return [word] }
          var pieces: [Substring] = []
          var start = word.startIndex
          while start < word.endIndex {
            var end = word.index(start, offsetBy: room, limitedBy: word.endIndex) ?? word.endIndex
            // Where it can, a hyphenated word ("tonbridge-malling-highways") breaks after a
            // hyphen rather than within a part.
            if end < word.endIndex, let hyphen = word[start..<end].lastIndex(of: "-"),
              hyphen > start
            {
              end = word.index(after: hyphen)
            }
            pieces.append(word[start..<end])
            start = end
          }
          return pieces
        }
      }
      let first = (lines.isEmpty ? (firstLineIndent ?? indent) : indent) + leading
      guard !words.isEmpty else {
        lines.append("")
        continue
      }
      lines += wrapWords(words, width: width, firstIndent: first, indent: indent + leading)
    }
    return lines
  }

  private static func wrapWords(
    _ words: [Substring], width: Int, firstIndent: Int, indent: Int
  ) -> [String] {
    var lines: [String] = []
    var line = String(repeating: " ", count: max(0, firstIndent))
    var length = line.count
    var lineHasWord = false
    for word in words {
      if lineHasWord, length + 1 + word.count > width {
        lines.append(line)
        line = String(repeating: " ", count: max(0, indent))
        length = line.count
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        length += 1
      }
      line += word
      length += word.count
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }
}
