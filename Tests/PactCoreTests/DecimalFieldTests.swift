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
}
