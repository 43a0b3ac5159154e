import Testing

@testable import PactCore

@Suite struct CacheLineTests {
  @Test func fieldsAreSeparatedByTabsAndLinesEndedByNewlines() {
    var line = CacheLine(after: "pact cache 1\t/home/sec/bgwp\n")
    line.field("actions/done")
    line.field("A1.json")
    line.endLine()
    line.raw("{}".utf8)
    line.endLine()
    line.field("end")
    line.field(2)
    line.endLine()
    #expect(
      String(decoding: line.bytes, as: UTF8.self)
        == "pact cache 1\t/home/sec/bgwp\nactions/done\tA1.json\n{}\nend\t2\n")
  }

  @Test(arguments: [
    (Int64(0), "0"), (7, "7"), (10, "10"), (-1, "-1"), (-10, "-10"),
    (1_700_000_000_123_456_789, "1700000000123456789"),
    (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
  ])
  func aWholeNumberIsWrittenInDecimal(number: Int64, text: String) {
    var line = CacheLine(after: "")
    line.field(number)
    #expect(String(decoding: line.bytes, as: UTF8.self) == text)
  }

  @Test func theLargestDeviceAndInodeNumbersAreWrittenWhole() {
    var line = CacheLine(after: "")
    line.field(UInt64.max)
    line.field(UInt64(0))
    #expect(String(decoding: line.bytes, as: UTF8.self) == "18446744073709551615\t0")
  }
}
