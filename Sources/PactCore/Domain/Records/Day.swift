import Foundation

/// A calendar day, written `YYYY-MM-DD`, with no time or time zone.
///
/// Panels record when things happened as days; arithmetic uses the proleptic Gregorian
/// calendar directly, so it is exact and never depends on the machine's settings.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a day, or returns nil when the date does not exist (2024-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`; returns nil for any other text or a day that does not exist.
  public init?(_ text: String) {
    var text = text
    guard let day = text.withUTF8({ Day(utf8: $0) }) else { return nil }
    self = day
  }

  /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes.
  init?<Bytes: RandomAccessCollection>(utf8 bytes: Bytes)
  where Bytes.Element == UInt8, Bytes.Index == Int {
    let start = bytes.startIndex
    guard bytes.count == 10, bytes[start + 4] == UInt8(ascii: "-"),
      bytes[start + 7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[start + index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  public var description: String {
    // Written digit by digit: every date of every record is written this way.
    String(unsafeUninitializedCapacity: 10) { text in
      func put(_ value: Int, digits: Int, at start: Int) {
        var value = value
        for offset in (0..<digits).reversed() {
          text[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      put(year, digits: 4, at: 0)
      text[4] = UInt8(ascii: "-")
      put(month, digits: 2, at: 5)
      text[7] = UInt8(ascii: "-")
      put(day, digits: 2, at: 8)
      return 10
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The day `ordinal` days after 1970-01-01, or nil outside years 1–9999.
  public init?(ordinal: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// The day `count` days later (earlier when negative); saturates at the calendar's ends.
  public func adding(days count: Int) -> Day {
    Day(ordinal: ordinal + count) ?? (count < 0 ? Day.first : Day.last)
  }

  /// Whole days from this day to `other` (negative when `other` is earlier).
  public func days(to other: Day) -> Int { other.ordinal - ordinal }

  /// 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday.
    let value = (ordinal + 3) % 7
    return (value < 0 ? value + 7 : value) + 1
  }

  static let first = Day(year: 1, month: 1, day: 1) ?? Day(unchecked: 1, 1, 1)
  static let last = Day(year: 9999, month: 12, day: 31) ?? Day(unchecked: 9999, 12, 31)

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The day as people write it in the UK: "Tuesday 16 April 2024".
  public var longText: String {
    "\(Day.weekdayNames[weekday - 1]) \(day) \(Day.monthNames[month - 1]) \(year)"
  }

  /// "16 April 2024".
  public var mediumText: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

  /// "April 2024".
  public var monthText: String { "\(Day.monthNames[month - 1]) \(year)" }

  /// The local calendar day of `date` in `timeZone`.
  public init(date: Date, timeZone: TimeZone = .current) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self =
      Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? Day(unchecked: 1970, 1, 1)
  }
}
