import Foundation
import PactCore
import PactTestSupport
import Testing

/// A document that should be rejected, and where and why.
struct InvalidDocument: Sendable, CustomTestStringConvertible {
  var bytes: [UInt8]
  var line: Int
  var column: Int
  var message: String

  init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    self.init(bytes: Array(text.utf8), line, column, message)
  }

  init(bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
    self.bytes = bytes
    self.line = line
    self.column = column
    self.message = message
  }

  var testDescription: String {
    String(decoding: bytes, as: UTF8.self).debugDescription
  }
}

@Suite struct JSONParserTests {
  static let validDocuments: [(String, JSONValue)] = [
    ("null", .null),
    ("true", .bool(true)),
    ("false", .bool(false)),
    ("0", .number("0")),
    ("-0", .number("-0")),
    ("12", .number("12")),
    ("1.50", .number("1.50")),
    ("-12.5e+3", .number("-12.5e+3")),
    ("1E-2", .number("1E-2")),
    ("0.0e0", .number("0.0e0")),
    ("123456789012345678901234567890", .number("123456789012345678901234567890")),
    (#""""#, .string("")),
    (#""abc""#, .string("abc")),
    (" \t\r\n 1 \n", .number("1")),
    ("[]", .array([])),
    ("[ ]", .array([])),
    ("{}", .object([:])),
    ("{\n}", .object([:])),
    (
      #"[1, [2, [3]], {"a": []}]"#,
      .array([
        .number("1"), .array([.number("2"), .array([.number("3")])]),
        .object(["a": .array([])]),
      ])
    ),
    (
      #"{"b": 1, "a": {"c": null}, "": true}"#,
      .object(["b": .number("1"), "a": .object(["c": .null]), "": .bool(true)])
    ),
    (#""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{8}\u{C}\n\r\t")),
    (#""\u0041\u00e9\u20AC\u0000""#, .string("A\u{E9}\u{20AC}\u{0}")),
    (#""\ud83d\ude00 \uD83D\uDE00""#, .string("\u{1F600} \u{1F600}")),
    (#""\udbff\udfff""#, .string("\u{10FFFF}")),
    ("\"caf\u{E9} \u{20AC} \u{1F600} \u{7F}\"", .string("caf\u{E9} \u{20AC} \u{1F600} \u{7F}")),
    ("\u{FEFF}{\"a\": 1}", .object(["a": .number("1")])),
    ("\u{FEFF} [true]\n", .array([.bool(true)])),
  ]

  @Test(arguments: validDocuments)
  func parsesValidDocument(text: String, expected: JSONValue) throws {
    #expect(try JSONParser.parse(text) == expected)
    #expect(try JSONParser.parse(Data(text.utf8)) == expected)
    #expect(try JSONParser.parse(Array(text.utf8)) == expected)
    let bytes = Array(text.utf8)
    let fromBuffer = try bytes.withUnsafeBytes { buffer in
      try Result { () throws(JSONSyntaxError) -> JSONValue in try JSONParser.parse(buffer) }.get()
    }
    #expect(fromBuffer == expected)
  }

  static let invalidDocuments: [InvalidDocument] = [
    InvalidDocument("", 1, 1, "the file is empty"),
    InvalidDocument("  \n\t ", 1, 1, "the file is empty"),
    InvalidDocument("\u{FEFF}", 1, 1, "the file is empty"),
    InvalidDocument("[1, 2", 1, 6, "the file ends in the middle of a value"),
    InvalidDocument("{\"a\": 1,\n \"b\": 2\n", 3, 1, "the file ends in the middle of a value"),
    InvalidDocument("{\"a\":", 1, 6, "the file ends in the middle of a value"),
    InvalidDocument(#"{"a" 1}"#, 1, 6, "expected ':' after the object key"),
    InvalidDocument(#"{"a": 1 "b": 2}"#, 1, 9, "expected ',' or '}' after an object member"),
    InvalidDocument("[1 2]", 1, 4, "expected ',' or ']' after an array element"),
    InvalidDocument("[1,]", 1, 4, "trailing comma before ']'"),
    InvalidDocument(#"{"a":1,}"#, 1, 8, "trailing comma before '}'"),
    InvalidDocument("{\r\n  \"a\": 1,\r\n}", 3, 1, "trailing comma before '}'"),
    InvalidDocument("[,1]", 1, 2, "expected a value, found ','"),
    InvalidDocument(#"{"title": "x", "title": "y"}"#, 1, 16, #"duplicate key "title""#),
    InvalidDocument("{\n  \"a\": {\"b\": 1, \"b\": 2}\n}", 2, 17, #"duplicate key "b""#),
    InvalidDocument(#"{"a\n": 1, "a\n": 2}"#, 1, 12, #"duplicate key "a\n""#),
    InvalidDocument(#"{'a': 1}"#, 1, 2, #"expected an object key in double quotes, found "'""#),
    InvalidDocument("{a: 1}", 1, 2, "expected an object key in double quotes, found 'a'"),
    InvalidDocument(#""abc"#, 1, 1, "unterminated string"),
    InvalidDocument("[\n  \"abc\\\"]", 2, 3, "unterminated string"),
    InvalidDocument("[\"ab\ncd\"]", 1, 5, "unescaped control character U+000A in a string"),
    InvalidDocument("\"a\tb\"", 1, 3, "unescaped control character U+0009 in a string"),
    InvalidDocument(#""\x""#, 1, 2, #"invalid escape '\x' in a string"#),
    InvalidDocument("\"\\\u{E9}\"", 1, 2, "invalid escape in a string"),
    InvalidDocument(#""\u12G4""#, 1, 2, #"invalid \u escape: expected four hex digits"#),
    InvalidDocument(#""\u12""#, 1, 2, #"invalid \u escape: expected four hex digits"#),
    InvalidDocument(#""\ud800""#, 1, 2, #"unpaired surrogate \uD800 in a string"#),
    InvalidDocument(#""x\udc00""#, 1, 3, #"unpaired surrogate \uDC00 in a string"#),
    InvalidDocument(#""\ud800\u0041""#, 1, 2, #"unpaired surrogate \uD800 in a string"#),
    InvalidDocument(#""\ud800\ud800""#, 1, 2, #"unpaired surrogate \uD800 in a string"#),
    InvalidDocument(#""\ud800x""#, 1, 2, #"unpaired surrogate \uD800 in a string"#),
    InvalidDocument(#""\ud800\n""#, 1, 2, #"unpaired surrogate \uD800 in a string"#),
    InvalidDocument("01", 1, 1, "numbers may not have leading zeros"),
    InvalidDocument("[-012]", 1, 2, "numbers may not have leading zeros"),
    InvalidDocument("+1", 1, 1, "expected a value, found '+1'"),
    InvalidDocument(".5", 1, 1, "expected a value, found '.5'"),
    InvalidDocument("1.", 1, 3, "the file ends in the middle of a value"),
    InvalidDocument("1.e5", 1, 3, "expected a digit after the decimal point"),
    InvalidDocument("1e", 1, 3, "the file ends in the middle of a value"),
    InvalidDocument("1e+", 1, 4, "the file ends in the middle of a value"),
    InvalidDocument("[1ex]", 1, 4, "expected a digit in the exponent"),
    InvalidDocument("-", 1, 2, "the file ends in the middle of a value"),
    InvalidDocument("-a", 1, 2, "expected a digit after '-'"),
    InvalidDocument("[1.5x]", 1, 5, "expected ',' or ']' after an array element"),
    InvalidDocument("NaN", 1, 1, "expected a value, found 'NaN'"),
    InvalidDocument("[-Infinity]", 1, 3, "expected a digit after '-'"),
    InvalidDocument("True", 1, 1, "expected a value, found 'True'"),
    InvalidDocument("tru", 1, 4, "the file ends in the middle of a value"),
    InvalidDocument("truex", 1, 1, "expected a value, found 'truex'"),
    InvalidDocument("[nul1]", 1, 2, "expected a value, found 'nul1'"),
    InvalidDocument("1 2", 1, 3, "unexpected text after the end of the JSON value"),
    InvalidDocument("{}\n\nx", 3, 1, "unexpected text after the end of the JSON value"),
    InvalidDocument("// note\n{}", 1, 1, "expected a value, found '/'"),
    InvalidDocument("[\"\u{E9}\u{20AC}\u{1F600}\", x]", 1, 9, "expected a value, found 'x'"),
    InvalidDocument("\u{FEFF}[x]", 1, 2, "expected a value, found 'x'"),
    InvalidDocument("\u{1}", 1, 1, "expected a value, found the control character U+0001"),
    InvalidDocument("[\u{E9}]", 1, 2, "expected a value, found '\u{E9}'"),
    InvalidDocument(bytes: [0x22, 0xC3, 0x28, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xC0, 0xAF, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0x80, 0x22], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0x63, 0x61, 0x66, 0xE9, 0x22], 1, 5, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xC3, 0xA9, 0xFF, 0x22], 1, 3, "invalid UTF-8"),
    InvalidDocument(bytes: [0x0A, 0x22, 0xE2, 0x82, 0x41, 0x22], 2, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0xFF], 1, 1, "invalid UTF-8"),
    InvalidDocument(bytes: [0x5B, 0xC3], 1, 2, "invalid UTF-8"),
    InvalidDocument(bytes: [0x22, 0xE2, 0x82], 1, 1, "unterminated string"),
  ]

  @Test(arguments: invalidDocuments)
  func rejectsInvalidDocument(_ document: InvalidDocument) {
    let expected = JSONSyntaxError(
      line: document.line, column: document.column, message: document.message)
    #expect(throws: expected) { try JSONParser.parse(document.bytes) }
    #expect(throws: expected) { try JSONParser.parse(Data(document.bytes)) }
  }

  @Test func errorDescriptionGivesLineColumnAndMessage() {
    let error = JSONSyntaxError(line: 3, column: 7, message: "unterminated string")
    #expect(error.errorDescription == "line 3, column 7: unterminated string")
    #expect(error.localizedDescription == "line 3, column 7: unterminated string")
  }

  @Test func acceptsNestingAtTheLimit() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    var value = try JSONParser.parse(text)
    var levels = 1
    while case .array(let elements) = value, let inner = elements.first {
      #expect(elements.count == 1)
      value = inner
      levels += 1
    }
    #expect(levels == depth)
    #expect(value == .array([]))
  }

  @Test func rejectsNestingPastTheLimit() {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
    #expect(
      throws: JSONSyntaxError(
        line: 1, column: depth + 1, message: "arrays and objects are nested deeper than 512 levels")
    ) { try JSONParser.parse(text) }
  }

  @Test(arguments: ["[", "{\"a\":", "[{\"a\":"])
  func rejectsHostileNestingWithoutCrashing(opener: String) {
    let text = String(repeating: opener, count: 100_000)
    let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    #expect(error?.message == "arrays and objects are nested deeper than 512 levels")
  }

  /// A record as pact writes one, with escapes, non-ASCII and every kind of value.
  static let sampleRecord = """
    {
      "agreedAt": "2024-03-12",
      "due": null,
      "history": [
        {
          "date": "2024-03-12",
          "note": "Agreed with PCSO \\"Sam\\" O\\u2019Neil \\ud83d\\ude93",
          "status": "open"
        },
        {
          "date": "2024-04-02",
          "note": "Café owners\\nasked / leaflets 50% done",
          "status": "in-progress"
        }
      ],
      "id": "A7K2",
      "lead": "police",
      "ratio": -1.25e+2,
      "tags": [],
      "title": "Speeding on Hale Street – 🚗",
      "urgent": true,
      "x-extra": {}
    }

    """

  @Test func parsesTheSampleRecord() throws {
    let value = try JSONParser.parse(Self.sampleRecord)
    #expect(value["id"] == .string("A7K2"))
    #expect(value["ratio"] == .number("-1.25e+2"))
    #expect(value["title"] == .string("Speeding on Hale Street \u{2013} \u{1F697}"))
    let notes = value["history"]?.arrayValue?.compactMap { $0["note"]?.stringValue }
    #expect(
      notes == [
        "Agreed with PCSO \"Sam\" O\u{2019}Neil \u{1F693}",
        "Caf\u{E9} owners\nasked / leaflets 50% done",
      ])
  }

  @Test func everyTruncationOfARecordThrowsAtTheEndOrInAString() throws {
    let bytes = Array(Self.sampleRecord.utf8)
    let closingBrace = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
    for length in 0..<bytes.count {
      let prefix = Array(bytes[..<length])
      do throws(JSONSyntaxError) {
        let value = try JSONParser.parse(prefix)
        // Only the whole object, with or without the final newline, is a document.
        #expect(length > closingBrace, "prefix of \(length) bytes parsed")
        #expect(value["id"] == .string("A7K2"))
      } catch {
        #expect(length <= closingBrace, "prefix of \(length) bytes: \(error)")
        let allowed = [
          "the file is empty", "the file ends in the middle of a value", "unterminated string",
        ]
        #expect(allowed.contains(error.message), "prefix of \(length) bytes: \(error)")
      }
    }
  }

  @Test func corruptedRecordsThrowOrParseButNeverCrash() {
    var generator = SplitMix64(seed: 0x5EED)
    let original = Array(Self.sampleRecord.utf8)
    let interesting: [UInt8] = Array("{}[]\":,\\u0eE.-+ \n".utf8) + [0x00, 0x80, 0xC3, 0xED, 0xFF]
    var parsed = 0
    var rejected = 0
    for _ in 0..<2000 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        let position = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes[position] = interesting.randomElement(using: &generator) ?? 0
        case 1: bytes.remove(at: position)
        default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
        }
      }
      do throws(JSONSyntaxError) {
        _ = try JSONParser.parse(bytes)
        parsed += 1
      } catch {
        #expect(error.line >= 1 && error.column >= 1)
        rejected += 1
      }
    }
    // Both outcomes happen, so the loop really reached the parser's error paths.
    #expect(parsed > 0)
    #expect(rejected > 0)
  }

  @Test func parsesLongArraysAndManyKeys() throws {
    let count = 20_000
    let array = "[" + (0..<count).map(String.init).joined(separator: ",") + "]"
    #expect(try JSONParser.parse(array).arrayValue?.count == count)
    let object = "{" + (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
    let members = try #require(try JSONParser.parse(object).objectValue)
    #expect(members.count == count)
    #expect(members["k19999"] == .number("19999"))
  }
}

@Suite struct JSONValueTests {
  @Test func literalsBuildTheMatchingCases() {
    let value: JSONValue = [
      "title": "Litter", "rank": 2, "ratio": 1.5, "done": false, "owner": nil, "tags": ["a"],
    ]
    #expect(
      value
        == .object([
          "title": .string("Litter"), "rank": .number("2"), "ratio": .number("1.5"),
          "done": .bool(false), "owner": .null, "tags": .array([.string("a")]),
        ]))
    #expect(JSONValue(-42) == .number("-42"))
    let large: JSONValue = 1e300
    #expect(large == .number("1e+300"))
  }

  @Test(
    arguments: [
      ("12", 12), ("-3", -3), ("-0", 0), ("9223372036854775807", Int.max), ("1.0", nil),
      ("1e2", nil), ("9223372036854775808", nil), ("-", nil),
    ] as [(String, Int?)])
  func intValueIsForIntegralLiteralsThatFit(text: String, expected: Int?) {
    #expect(JSONValue.number(text).intValue == expected)
  }

  @Test(
    arguments: [("1.5", 1.5), ("12", 12.0), ("-2E-1", -0.2), ("1e400", nil)] as [(String, Double?)])
  func doubleValueIsForFiniteNumbers(text: String, expected: Double?) {
    #expect(JSONValue.number(text).doubleValue == expected)
  }

  @Test func accessorsAnswerOnlyForTheirOwnType() {
    let values: [JSONValue] = [.null, true, 1, "s", [1], ["k": 1]]
    #expect(values.map(\.typeName) == ["null", "boolean", "number", "string", "array", "object"])
    #expect(values.map { $0.stringValue != nil } == [false, false, false, true, false, false])
    #expect(values.map { $0.intValue != nil } == [false, false, true, false, false, false])
    #expect(values.map { $0.doubleValue != nil } == [false, false, true, false, false, false])
    #expect(values.map { $0.boolValue != nil } == [false, true, false, false, false, false])
    #expect(values.map { $0.arrayValue != nil } == [false, false, false, false, true, false])
    #expect(values.map { $0.objectValue != nil } == [false, false, false, false, false, true])
    #expect(values.map { $0["k"] } == [nil, nil, nil, nil, nil, .number("1")])
    #expect(JSONValue.object(["k": 1])["missing"] == nil)
  }

  @Test func descriptionIsCompactJSON() {
    let value: JSONValue = ["b": [1, "two"], "a": nil]
    #expect(value.description == #"{"a":null,"b":[1,"two"]}"#)
  }
}
