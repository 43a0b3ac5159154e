import Testing

@testable import PactCore

@Suite struct DayTests {
  @Test(arguments: [
    ("2024-02-29", true), ("2023-02-29", false), ("2024-02-30", false), ("2024-13-01", false),
    ("2024-00-10", false), ("2024-04-31", false), ("2024-4-1", false), ("24-04-01", false),
    ("2024-04-01 ", false), ("2024/04/01", false), ("", false), ("1900-02-29", false),
    ("2000-02-29", true), ("0000-01-01", false), ("9999-12-31", true), ("0001-01-01", true),
    ("0999-10-09", true),
  ])
  func parsesOnlyRealDates(text: String, valid: Bool) {
    #expect((Day(text) != nil) == valid)
    if valid { #expect(Day(text)?.description == text) }
  }

  /// The action log's dates, two digits each, for every day of years either side of a
  /// century.
  @Test func theShortFormHasTwoDigitsForDayMonthAndYear() throws {
    #expect(try #require(Day("2024-03-12")).shortText == "12/03/24")
    #expect(try #require(Day("2009-01-05")).shortText == "05/01/09")
    #expect(try #require(Day("1999-12-31")).shortText == "31/12/99")
    #expect(try #require(Day("2100-10-01")).shortText == "01/10/00")
    var day = try #require(Day("1999-01-01"))
    while day.year < 2002 {
      let parts = day.description.split(separator: "-")
      #expect(day.shortText == "\(parts[2])/\(parts[1])/\(parts[0].suffix(2))")
      day = day.adding(days: 1)
    }
  }

  @Test func ordinalCountsFromTheUnixEpoch() throws {
    #expect(try #require(Day("1970-01-01")).ordinal == 0)
    #expect(try #require(Day("1970-01-02")).ordinal == 1)
    #expect(try #require(Day("1969-12-31")).ordinal == -1)
    // 2000-03-01 is 11017 days after 1970-01-01 (30 years of 365 days, 7 leap days, Jan+Feb 2000).
    #expect(try #require(Day("2000-03-01")).ordinal == 30 * 365 + 7 + 31 + 29)
  }

  @Test func arithmeticCrossesMonthsYearsAndLeapDays() throws {
    let day = try #require(Day("2024-02-28"))
    #expect(day.adding(days: 1).description == "2024-02-29")
    #expect(day.adding(days: 2).description == "2024-03-01")
    #expect(day.adding(days: 14).description == "2024-03-13")
    #expect(day.adding(days: -59).description == "2023-12-31")
    #expect(day.days(to: try #require(Day("2025-02-28"))) == 366)
  }

  @Test(arguments: [
    ("2024-04-16", "Tuesday 16 April 2024"), ("2024-03-12", "Tuesday 12 March 2024"),
    ("1970-01-01", "Thursday 1 January 1970"), ("2026-11-23", "Monday 23 November 2026"),
    ("2023-12-31", "Sunday 31 December 2023"),
  ])
  func longTextIsHowPeopleWriteDatesInTheUK(text: String, expected: String) throws {
    #expect(try #require(Day(text)).longText == expected)
  }

  @Test func ordersByDate() throws {
    #expect(try #require(Day("2024-01-31")) < #require(Day("2024-02-01")))
    #expect(try #require(Day("2023-12-31")) < #require(Day("2024-01-01")))
  }
}
