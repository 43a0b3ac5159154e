import Foundation
import PactCore
import PactTestSupport
import Testing

/// Random JSON values that reach every case the writer has to escape or sort.
struct RandomJSON {
  var generator: SplitMix64

  mutating func value(depth: Int = 0) -> JSONValue {
    switch Int.random(in: 0..<(depth >= 4 ? 4 : 6), using: &generator) {
    case 0:
      return .null
    case 1:
      return .bool(Bool.random(using: &generator))
    case 2:
      return .number(number())
    case 3:
      return .string(string())
    case 4:
      return .array(
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in value(depth: depth + 1) })
    default:
      var members: [String: JSONValue] = [:]
      for _ in 0..<Int.random(in: 0...4, using: &generator) {
        members[string()] = value(depth: depth + 1)
      }
      return .object(members)
    }
  }

  /// Text matching the JSON number grammar, in all its optional parts.
  mutating func number() -> String {
    var text = Bool.random(using: &generator) ? "-" : ""
    if Int.random(in: 0..<4, using: &generator) == 0 {
      text += "0"
    } else {
      text += String(Int.random(in: 1...9, using: &generator))
      text += digits(count: Int.random(in: 0...8, using: &generator))
    }
    if Bool.random(using: &generator) {
      text += "." + digits(count: Int.random(in: 1...4, using: &generator))
    }
    if Int.random(in: 0..<3, using: &generator) == 0 {
      text += ["e", "E", "e+", "E-", "e-"].randomElement(using: &generator) ?? "e"
      text += digits(count: Int.random(in: 1...3, using: &generator))
    }
    return text
  }

  mutating func digits(count: Int) -> String {
    String((0..<count).map { _ in "0123456789".randomElement(using: &generator) ?? "0" })
  }

  /// A short string drawn from ASCII, control characters, combining marks, the rest of
  /// the Basic Multilingual Plane either side of the surrogates, and the astral planes.
  mutating func string() -> String {
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x7F, 0x22...0x22, 0x5C...0x5C,
      0x300...0x36F, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF,
    ]
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...8, using: &generator) {
      let range = ranges.randomElement(using: &generator) ?? 0x20...0x7E
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}

@Suite struct JSONWriterTests {
  static let prettyCases: [(JSONValue, String)] = [
    (.null, "null\n"),
    (.bool(false), "false\n"),
    (.object([:]), "{}\n"),
    (.array([]), "[]\n"),
    (.string("a/b"), "\"a/b\"\n"),
    (
      [
        "title": "Speeding on Hale Street", "rank": 1, "tags": [], "meta": [:],
        "notes": ["a", "b"],
      ],
      """
      {
        "meta": {},
        "notes": [
          "a",
          "b"
        ],
        "rank": 1,
        "tags": [],
        "title": "Speeding on Hale Street"
      }

      """
    ),
    (
      [[1, [2]], [[]]],
      """
      [
        [
          1,
          [
            2
          ]
        ],
        [
          []
        ]
      ]

      """
    ),
    (
      [.number("1.50"), .number("-0"), .number("1E+2"), 0],
      "[\n  1.50,\n  -0,\n  1E+2,\n  0\n]\n"
    ),
    (
      // Code point order: digits, capitals, `_`, small letters (a prefix first), then
      // U+00E9, U+E000, U+FF21, U+1F600. UTF-16 order would put U+1F600 before U+E000.
      [
        "b": 1, "B": 2, "a": 3, "_": 4, "\u{E9}": 5, "Z": 6, "aa": 7, "a b": 8, "10": 9,
        "9": 10, "\u{1F600}": 11, "\u{FF21}": 12, "\u{E000}": 13,
      ],
      """
      {
        "10": 9,
        "9": 10,
        "B": 2,
        "Z": 6,
        "_": 4,
        "a": 3,
        "a b": 8,
        "aa": 7,
        "b": 1,
        "\u{E9}": 5,
        "\u{E000}": 13,
        "\u{FF21}": 12,
        "\u{1F600}": 11
      }

      """
    ),
    (
      .string(
        "q\" b\\ s/ n\n r\r t\t bs\u{8} ff\u{C} nul\u{0} us\u{1F} del\u{7F} "
          + "\u{E9}\u{20AC}\u{1F600}\u{2028}"
      ),
      #""q\" b\\ s/ n\n r\r t\t bs\b ff\f nul\u0000 us\u001f del"#
        + "\u{7F} \u{E9}\u{20AC}\u{1F600}\u{2028}\"\n"
    ),
    (
      ["key\n\"quoted\"": "v"],
      #"""
      {
        "key\n\"quoted\"": "v"
      }

      """#
    ),
  ]

  @Test(arguments: prettyCases)
  func writesPrettyText(value: JSONValue, expected: String) {
    #expect(JSONWriter.prettyString(value) == expected)
    #expect(JSONWriter.prettyData(value) == Data(expected.utf8))
  }

  /// What Python writes with `json.dumps(value, indent=2, sort_keys=True,
  /// ensure_ascii=False) + "\n"`, worked out from its rules and checked once by running it.
  static let pythonCases: [(JSONValue, String)] = [
    (
      [
        "name": "Caf\u{E9} \u{3A9} / \"quoted\"", "list": [1, 2.5, [], [:]],
        "nested": ["z": nil, "a": false], "ctl": "\u{1}\t",
      ],
      "{\n  \"ctl\": \"\\u0001\\t\",\n  \"list\": [\n    1,\n    2.5,\n    [],\n    {}\n  ],\n"
        + "  \"name\": \"Caf\u{E9} \u{3A9} / \\\"quoted\\\"\",\n  \"nested\": {\n"
        + "    \"a\": false,\n    \"z\": null\n  }\n}\n"
    ),
    (
      ["\u{7F}\u{2028}", "\u{8}\u{C}\r\n\u{1F}", ["\u{E000}": 1, "\u{FF21}": 2, "\u{1F600}": 3]],
      "[\n  \"\u{7F}\u{2028}\",\n  \"\\b\\f\\r\\n\\u001f\",\n  {\n    \"\u{E000}\": 1,\n"
        + "    \"\u{FF21}\": 2,\n    \"\u{1F600}\": 3\n  }\n]\n"
    ),
    (
      ["a": [[]], "b": ["c": [:]]],
      "{\n  \"a\": [\n    []\n  ],\n  \"b\": {\n    \"c\": {}\n  }\n}\n"
    ),
  ]

  @Test(arguments: pythonCases)
  func matchesPythonJSONDumps(value: JSONValue, python: String) {
    #expect(JSONWriter.prettyData(value) == Data(python.utf8))
  }

  @Test func compactHasNoWhitespaceAndSortsKeys() {
    let value: JSONValue = ["b": [1, ["d": nil, "c": true]], "a": "x y", "e": [], "f": [:]]
    let expected = #"{"a":"x y","b":[1,{"c":true,"d":null}],"e":[],"f":{}}"#
    #expect(JSONWriter.compactString(value) == expected)
    #expect(JSONWriter.compactData(value) == Data(expected.utf8))
  }

  @Test func generatorMatchesTheReferenceSplitMix64() {
    var generator = SplitMix64(seed: 0)
    #expect(
      [generator.next(), generator.next(), generator.next()] == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
      ])
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func writtenValuesParseBackUnchanged(seed: UInt64) throws {
    var random = RandomJSON(generator: SplitMix64(seed: seed))
    for _ in 0..<250 {
      let value = random.value()
      let pretty = JSONWriter.prettyData(value)
      #expect(try JSONParser.parse(pretty) == value, "\(value)")
      #expect(try JSONParser.parse(JSONWriter.compactData(value)) == value, "\(value)")
      // Writing what was read gives the same bytes, so rewriting a file changes nothing.
      #expect(JSONWriter.prettyData(try JSONParser.parse(pretty)) == pretty)
      let text = String(decoding: pretty, as: UTF8.self)
      #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
      #expect(!text.contains(" \n"), "no line ends in a space")
    }
  }

  @Test func unknownNumberTextRoundTripsByteForByte() throws {
    let text = "{\n  \"big\": 123456789012345678901234567890.000,\n  \"small\": 1E-400\n}\n"
    let value = try JSONParser.parse(text)
    #expect(JSONWriter.prettyString(value) == text)
  }
}
