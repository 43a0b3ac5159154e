import Testing

@testable import PactCore

/// Control characters shown as escapes, line breaks (a CSV's CRLF among them) left alone.
@Suite struct VisibleTextTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a\r\nb\r\n", "a\r\nb\r\n"),
    ("a\rb", "a\\u{D}b"),
    ("a\r", "a\\u{D}"),
    ("\r\r\n", "\\u{D}\r\n"),
    ("a\r\n\u{7}", "a\r\n\\u{7}"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("del\u{7F} c1\u{85}", "del\\u{7F} c1\\u{85}"),
  ])
  func escaped(text: String, shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }

  /// Each of the first 256 code points, alone and between letters, is shown as an escape
  /// exactly when it is a control character other than tab and line feed.
  @Test func everyControlCharacterIsFoundWhereverItIs() {
    for value in UInt32(0)...0xFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let control = value < 0x20 && value != 0x09 && value != 0x0A || (0x7F...0x9F).contains(value)
      for text in [String(scalar), "ab\(scalar)", "\(scalar)cd", "caf\u{E9} \(scalar)x"] {
        #expect(
          (VisibleText.escaped(text) != text) == control, "U+\(String(value, radix: 16)) in \(text)"
        )
      }
    }
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\r\nlines", "\"two\r\nlines\""),
    ("one\nline", "\"one\nline\""),
    ("café, bar", "\"café, bar\""),
    ("café", "café"),
    (" lead", "\" lead\""),
    ("=SUM(A1)", "'=SUM(A1)"),
  ])
  func csvField(text: String, written: String) {
    #expect(CSVWriter.field(text) == written)
  }

  /// The bytes of a record's JSON, judged before the record is walked field by field: a
  /// file said to hold none must hold none once parsed.
  @Test(arguments: [
    (#"{"t": "plain"}"#, false),
    (#"{"t": "caf\u00e9 and café\u00A0"}"#, false),
    (#"{"t": "tab\there\nand \"quoted\" \/ \\"}"#, false),
    (#"{"t": "an escaped backslash \\u0001 is text"}"#, false),
    (#"{"t": "esc\u001bhere"}"#, true),
    (#"{"t": "esc\u001Bhere"}"#, true),
    (#"{"t": "del\u007f"}"#, true),
    (#"{"t": "c1\u009F"}"#, true),
    (#"{"t": "return\ralone"}"#, true),
    (#"{"t": "bell\b"}"#, true),
    (#"{"t": "feed\f"}"#, true),
    (#"{"t": "cut short\u00"#, true),
    ("{\"t\": \"raw del \u{7F}\"}", true),
    ("{\"t\": \"raw c1 \u{85}\"}", true),
    ("{\"t\": \"raw nbsp \u{A0}\"}", false),
    ("{\"t\":\r\n\t\"lines\"}", false),
  ])
  func mayHoldControlsJudgesTheJSONBytes(json: String, may: Bool) throws {
    let bytes = Array(json.utf8)
    #expect(bytes.withUnsafeBufferPointer(VisibleText.mayHoldControls(json:)) == may)
    // Whatever it says of text that parses, a "no" is never wrong.
    if let value = try? JSONParser.parse(bytes), case .object(let members) = value,
      case .string(let text)? = members["t"]
    {
      #expect(may || VisibleText.controlCharacters(in: text).isEmpty)
      #expect(!may || !VisibleText.controlCharacters(in: text).isEmpty)
    }
  }
}
