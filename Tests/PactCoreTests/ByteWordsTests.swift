import PactTestSupport
import Testing

@testable import PactCore

/// The eight-byte tests must say exactly what a loop over the eight bytes says, and the
/// scans built on them must find a byte wherever in a long run it is.
@Suite struct ByteWordsTests {
  private static func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { ByteWords.word($0, at: 0) } ?? 0
  }

  private static func isPrintable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

  private static func isPlainInString(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
  }

  /// Checks every test on `bytes` against the same question asked byte by byte.
  private static func agree(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let word = word(bytes)
    let shown = bytes.map { String($0, radix: 16) }.joined(separator: " ")
    #expect(
      ByteWords.isPrintableASCII(word) == bytes.allSatisfy(isPrintable), "\(shown)",
      sourceLocation: sourceLocation)
    #expect(
      ByteWords.isPlainJSONString(word) == bytes.allSatisfy(isPlainInString), "\(shown)",
      sourceLocation: sourceLocation)
    #expect(
      ByteWords.hasNonASCII(word) == bytes.contains { $0 >= 0x80 }, "\(shown)",
      sourceLocation: sourceLocation)
    for limit: UInt8 in [1, 0x20, 0x41, 0x80] {
      #expect(
        ByteWords.hasByte(below: limit, in: word) == bytes.contains { $0 < limit },
        "\(shown) below \(limit)", sourceLocation: sourceLocation)
    }
    for byte: UInt8 in [0, 0x22, 0x5C, 0x7F, 0xFF] {
      #expect(
        ByteWords.hasByte(byte, in: word) == bytes.contains(byte), "\(shown) holding \(byte)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func everyByteAtEveryPlaceIsFound() {
    for value in UInt8.min...UInt8.max {
      for place in 0..<8 {
        var bytes = Array("abcdefgh".utf8)
        bytes[place] = value
        Self.agree(bytes)
        // Beside another byte that borrows in the subtraction.
        bytes[(place + 3) % 8] = 0
        Self.agree(bytes)
      }
    }
  }

  @Test func randomWordsAgreeWithTheBytes() {
    var random = SplitMix64(seed: 8)
    for _ in 0..<20_000 {
      // Bytes drawn near the edges of each class as often as from anywhere.
      let edges: [UInt8] = [0, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xFF]
      let bytes = (0..<8).map { _ in
        Bool.random(using: &random)
          ? edges.randomElement(using: &random) ?? 0 : UInt8.random(in: 0...255, using: &random)
      }
      Self.agree(bytes)
    }
  }

  @Test func fewerThanEightBytesGiveNoWord() {
    let bytes = Array("abcdefghij".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(ByteWords.word(buffer, at: 2) != nil)
      #expect(ByteWords.word(buffer, at: 3) == nil)
      #expect(ByteWords.word(buffer, at: -1) == nil)
    }
    #expect([UInt8]().withUnsafeBufferPointer { ByteWords.word($0, at: 0) } == nil)
  }

  /// A control character anywhere in a long line is shown, as it is in a short one.
  @Test func aControlCharacterAnywhereInALongTextIsShown() {
    let line = String(repeating: "Plain words, ", count: 4)
    for value: UInt32 in [0x0, 0x7, 0x1B, 0x7F, 0x85, 0x9F, 0x0D] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for place in 0...line.count {
        var text = line
        text.insert(Character(scalar), at: text.index(text.startIndex, offsetBy: place))
        #expect(VisibleText.escaped(text) != text, "U+\(value) at \(place)")
      }
    }
    #expect(VisibleText.escaped(line + "\n" + line + "\t\u{E9}") == line + "\n" + line + "\t\u{E9}")
  }

  /// An escape, a quote, a character beyond ASCII or a bare control character anywhere in
  /// a long string is read as it is in a short one.
  @Test func aStringIsReadTheSameWhereverItsSpecialCharacterIs() throws {
    let plain = String(repeating: "abcdefg ", count: 5)
    let cases: [(written: String, read: String?)] = [
      ("\\n", "\n"), ("\\\"", "\""), ("\\\\", "\\"), ("\\u00e9", "\u{E9}"), ("\u{E9}", "\u{E9}"),
      ("\u{1F600}", "\u{1F600}"), ("\u{7F}", "\u{7F}"), ("\u{1}", nil), ("\n", nil),
    ]
    for (written, read) in cases {
      for place in 0...plain.count {
        let index = plain.index(plain.startIndex, offsetBy: place)
        let document = "\"" + plain[..<index] + written + plain[index...] + "\""
        let parsed = try? JSONParser.parse(document)
        let expected = read.map { JSONValue.string(plain[..<index] + $0 + plain[index...]) }
        #expect(parsed == expected, "\(written.debugDescription) at \(place)")
      }
    }
  }

  /// An escape or character that may be a control character is found in a record's JSON
  /// wherever in a long string it is, and one that is not is passed over.
  @Test func aControlCharacterAnywhereInALongRecordIsFound() {
    let snippets: [(String, Bool)] = [
      (#"\u001b"#, true), (#"\b"#, true), (#"\f"#, true), (#"\r"#, true), ("\u{7F}", true),
      ("\u{85}", true), (#"\u009F"#, true), ("\u{1}", true), (#"\\u0001"#, false),
      (#"\n"#, false), (#"\""#, false), ("\u{A0}", false), ("\u{E9}", false), ("\n", false),
    ]
    for (snippet, may) in snippets {
      for place in 0..<24 {
        let json =
          "{\"t\": \"" + String(repeating: "a", count: place) + snippet
          + String(repeating: "z", count: 30) + "\"}"
        let found = Array(json.utf8).withUnsafeBufferPointer(VisibleText.mayHoldControls(json:))
        #expect(found == may, "\(snippet.debugDescription) at \(place)")
      }
    }
  }
}
