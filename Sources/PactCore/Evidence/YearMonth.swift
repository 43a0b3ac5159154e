/// A calendar month, written `YYYY-MM` as police.uk writes the month of a crime.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  /// 1 to 12.
  public let month: Int

  /// The month, or nil when `month` is not 1 to 12 or `year` not 1 to 9999.
  public init?(year: Int, month: Int) {
    guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// The month a day falls in.
  public init(_ day: Day) {
    year = day.year
    month = day.month
  }

  /// Parses exactly `YYYY-MM`.
  public init?(_ text: String) {
    var text = text
    guard let parsed = text.withUTF8({ YearMonth(utf8: $0) }) else { return nil }
    self = parsed
  }

  /// Parses exactly `YYYY-MM` from UTF-8 bytes.
  init?<Bytes: RandomAccessCollection>(utf8 bytes: Bytes)
  where Bytes.Element == UInt8, Bytes.Index == Int {
    guard bytes.count == 7 else { return nil }
    let start = bytes.startIndex
    guard bytes[start + 4] == UInt8(ascii: "-") else { return nil }
    var year = 0
    var month = 0
    for offset in [0, 1, 2, 3, 5, 6] {
      let byte = bytes[start + offset]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = Int(byte - UInt8(ascii: "0"))
      if offset < 4 { year = year * 10 + digit } else { month = month * 10 + digit }
    }
    self.init(year: year, month: month)
  }

  /// A number that grows by one a month, for arithmetic and as a dictionary key.
  var ordinal: Int { year * 12 + month - 1 }

  init?(ordinal: Int) {
    self.init(year: ordinal / 12, month: ordinal % 12 + 1)
  }

  /// The month `count` months later (earlier when negative).
  public func adding(months count: Int) -> YearMonth {
    YearMonth(ordinal: ordinal + count) ?? self
  }

  /// The months from this one to `last`, both included; none when `last` is earlier.
  public func through(_ last: YearMonth) -> [YearMonth] {
    guard last >= self else { return [] }
    return (ordinal...last.ordinal).compactMap { YearMonth(ordinal: $0) }
  }

  /// The first month of the calendar quarter this month is in.
  public var quarterStart: YearMonth {
    YearMonth(year: year, month: (month - 1) / 3 * 3 + 1) ?? self
  }

  public var description: String {
    let digits = String(year)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
      + (month < 10 ? "-0" : "-") + String(month)
  }

  private static let names = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// "Mar 2024".
  public var text: String { "\(YearMonth.names[month - 1]) \(year)" }

  /// "Mar": the month's name alone.
  public var name: String { YearMonth.names[month - 1] }

  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  /// A span of months as people write it: "Mar 2024", "Mar–Jun 2024",
  /// "Sep 2023–Feb 2024".
  public static func spanText(_ first: YearMonth, _ last: YearMonth) -> String {
    if first == last { return first.text }
    if first.year == last.year { return "\(first.name)–\(last.text)" }
    return "\(first.text)–\(last.text)"
  }

  /// Months as a short list of spans: "Oct 2023, Dec 2023 and Jan–Feb 2024".
  public static func listText(_ months: [YearMonth]) -> String {
    var spans: [(YearMonth, YearMonth)] = []
    for month in months.sorted() {
      if let last = spans.last, last.1.adding(months: 1) == month {
        spans[spans.count - 1].1 = month
      } else {
        spans.append((month, month))
      }
    }
    return PlainWords.list(spans.map { spanText($0.0, $0.1) })
  }
}

extension YearMonth {
  /// "Mar 24", for a column heading.
  public var shortText: String {
    let year = self.year % 100
    return "\(name) \(year < 10 ? "0" : "")\(year)"
  }
}
