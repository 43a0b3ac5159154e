/// `TextWrapper.wrap` for text whose characters are each one byte
/// (`TextWidth.isOneBytePerCharacter`): the same lines, found by looking at bytes rather
/// than characters.
struct ByteWrapping {
  let width: Int
  let indent: Int
  let firstLineIndent: Int
  let breakingLongWords: Bool

  private static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")
  private static let hyphen = UInt8(ascii: "-")

  /// Whether the wrapped text is the text itself: one line that fits, with no indent, no
  /// space at either end or two together, and no word to break.
  func fitsAsItIs(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard firstLineIndent == 0, text.count <= width,
      !breakingLongWords || text.count <= max(1, width - max(indent, firstLineIndent)),
      text.first != ByteWrapping.space, text.last != ByteWrapping.space
    else { return false }
    var previous: UInt8 = 0
    for byte in text {
      if byte == ByteWrapping.newline || (byte == ByteWrapping.space && previous == byte) {
        return false
      }
      previous = byte
    }
    return true
  }

  func wrap(_ text: UnsafeBufferPointer<UInt8>) -> [String] {
    var output: [UInt8] = []
    append(text, to: &output)
    // Every line ends in a newline, so the last piece of the split is empty.
    return output.split(separator: ByteWrapping.newline, omittingEmptySubsequences: false)
      .dropLast().map { String(decoding: $0, as: UTF8.self) }
  }

  /// The lines `wrap` gives, each followed by a newline, appended to `output`: a table
  /// writes a cell's lines where they go, without making a string of each.
  func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var sourceStart = 0
    while true {
      var sourceEnd = sourceStart
      while sourceEnd < text.count, text[sourceEnd] != ByteWrapping.newline { sourceEnd += 1 }
      wrapLine(text, sourceStart..<sourceEnd, isFirst: sourceStart == 0, into: &output)
      guard sourceEnd < text.count else { break }
      sourceStart = sourceEnd + 1
    }
  }

  /// Wraps one line of the source (no newline in it), appending its lines to `output`.
  /// Each word is placed as it is found: ten thousand rows' cells made no list of words.
  private func wrapLine(
    _ text: UnsafeBufferPointer<UInt8>, _ source: Range<Int>, isFirst: Bool,
    into output: inout [UInt8]
  ) {
    var leading = 0
    while source.lowerBound + leading < source.upperBound,
      text[source.lowerBound + leading] == ByteWrapping.space
    {
      leading += 1
    }
    let room = max(1, width - max(indent, firstLineIndent) - leading)
    var line = Line(
      first: (isFirst ? firstLineIndent : indent) + leading, continuation: indent + leading,
      width: width)
    var position = source.lowerBound
    while position < source.upperBound {
      guard text[position] != ByteWrapping.space else {
        position += 1
        continue
      }
      var start = position
      while position < source.upperBound, text[position] != ByteWrapping.space { position += 1 }
      guard breakingLongWords, position - start > room else {
        line.place(text, start..<position, into: &output)
        continue
      }
      // A word too long for a line of its own, in pieces of `room`, each ended after its
      // last hyphen where it has one past its first character.
      while start < position {
        var end = min(start + room, position)
        if end < position {
          var hyphen = end - 1
          while hyphen > start, text[hyphen] != ByteWrapping.hyphen { hyphen -= 1 }
          if hyphen > start { end = hyphen + 1 }
        }
        line.place(text, start..<end, into: &output)
        start = end
      }
    }
    output.append(ByteWrapping.newline)
  }

  /// The line being filled: words go on it while they fit, and a word that does not starts
  /// the next line.
  private struct Line {
    let first: Int
    let continuation: Int
    let width: Int
    var start = -1
    var hasWord = false

    init(first: Int, continuation: Int, width: Int) {
      self.first = first
      self.continuation = continuation
      self.width = width
    }

    mutating func place(
      _ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, into output: inout [UInt8]
    ) {
      if start < 0 {
        // The first word: the first line's indent goes before it (a line of no words is
        // an empty line, with no indent).
        start = output.count
        output.append(contentsOf: repeatElement(ByteWrapping.space, count: max(0, first)))
      } else if hasWord, output.count - start + 1 + word.count > width {
        output.append(ByteWrapping.newline)
        start = output.count
        output.append(contentsOf: repeatElement(ByteWrapping.space, count: max(0, continuation)))
        hasWord = false
      }
      if hasWord { output.append(ByteWrapping.space) }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: text[word]))
      hasWord = true
    }
  }
}
