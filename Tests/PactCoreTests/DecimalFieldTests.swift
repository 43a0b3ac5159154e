import Testing

@testable import PactCore

/// Whole numbers read from a cache file's fields (`FixedWidthInteger.init(ascii:)`).
@Suite struct DecimalFieldTests {
  private func int64(_ text: String) -> Int64? { Int64(ascii: Array(text.utf8)) }
  private func uint64(_ text: String) -> UInt64? { UInt64(ascii: Array(text.utf8)) }

  @Test func numbersUpToEighteenDigitsAndBeyondAreReadExactly() {
    #expect(int64("0") == 0)
    #expect(int64("7") == 7)
    #expect(int64("-7") == -7)
    #expect(int64("999999999999999999") == 999_999_999_999_999_999)
    #expect(int64("-999999999999999999") == -999_999_999_999_999_999)
    #expect(int64("1700000000123456789") == 1_700_000_000_123_456_789)
    #expect(int64("9223372036854775807") == Int64.max)
    #expect(int64("-9223372036854775808") == Int64.min)
    #expect(uint64("18446744073709551615") == UInt64.max)
    #expect(uint64("000000000000000042") == 42)
  }

  @Test func anythingElseIsNotANumber() {
    for text in [
      "", "-", "+1", "1-", "12a", " 1", "1 ", "0x10", "1.5", "١٢",
      "9223372036854775808", "-9223372036854775809", "18446744073709551616",
      "999999999999999999999",
    ] {
      #expect(int64(text) == nil, "\(text)")
    }
    #expect(uint64("-1") == nil)
    #expect(uint64("-0") == 0)
    #expect(uint64("18446744073709551616") == nil)
    #expect(UInt8(ascii: Array("255".utf8)) == 255)
    #expect(UInt8(ascii: Array("256".utf8)) == nil)
    #expect(Int(ascii: Array("-12".utf8)) == -12)
  }

  @Test func fieldsOfEveryLengthEndAtTheirTabOrNewline() {
    // Fields of 0 to 20 bytes, so that each ends at every place in a word of eight.
    let fields = (0...20).map {
      String(repeating: "x", count: $0) + ($0 % 3 == 0 ? "" : "\u{0B}")
    }
    let text = fields.joined(separator: "\t") + "\n" + "cut"
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var cursor = FieldCursor(bytes: buffer, position: 0)
      for (index, field) in fields.enumerated() {
        let read = cursor.field(lastOnLine: index == fields.count - 1)
        #expect(read.map { String(decoding: $0, as: UTF8.self) } == field, "field \(index)")
      }
      #expect(cursor.field(lastOnLine: true) == nil)
      #expect(cursor.isAtEnd)
    }
  }
}
