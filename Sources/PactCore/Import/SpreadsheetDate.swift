import Foundation

/// A date cell as a UK spreadsheet holds it: `12/03/2019`, `12/03/19`, `1/3/2019`,
/// `12.03.2019` or `2019-03-12`, or words such as "ongoing".
enum SpreadsheetDate: Equatable {
  case blank
  case day(Day)
  /// Written like a date (digits and separators only) but not a real one: `31/02/2024`,
  /// `03/31/2024` (month first), `12/03`.
  case notReal
  /// Anything else: "ongoing", "end of March", "Q3 2024".
  case words(String)

  /// Reads a cell. Day first, as the UK writes dates; a two-digit year is 20YY; a year
  /// first (four digits) is year-month-day.
  init(_ cell: String) {
    let text = ImportRow.trimmed(cell)
    guard !text.isEmpty else {
      self = .blank
      return
    }
    // Digits and separators are ASCII, so a date is read byte by byte; any other byte,
    // including the first byte of a character that is not ASCII, makes the cell words.
    var separator: UInt8?
    var hasDigit = false
    for byte in text.utf8 {
      if SpreadsheetDate.isDigit(byte) {
        hasDigit = true
      } else if SpreadsheetDate.isSeparator(byte) {
        if separator == nil { separator = byte }
      } else {
        self = .words(text)
        return
      }
    }
    guard let separator, hasDigit else {
      self = .words(text)
      return
    }
    self = SpreadsheetDate.numeric(text, separator: separator).map(SpreadsheetDate.day) ?? .notReal
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
  }

  /// One of the three numbers of a date, and how many digits it is written with.
  private struct Number {
    var value = 0
    var digits = 0

    mutating func append(_ digit: UInt8) {
      // No part of a date has more than four digits; a longer one is refused by its count,
      // so its value is not needed and must not overflow.
      if digits < 4 { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
      digits += 1
    }
  }

  /// The day that digits and separators name, when they are three numbers split by
  /// `separator`, the first separator in the text.
  private static func numeric(_ text: String, separator: UInt8) -> Day? {
    var numbers = [Number(), Number(), Number()]
    var part = 0
    for byte in text.utf8 {
      if byte == separator {
        part += 1
        guard part < 3 else { return nil }
      } else if isDigit(byte) {
        numbers[part].append(byte)
      } else {
        return nil
      }
    }
    let (first, second, third) = (numbers[0], numbers[1], numbers[2])
    guard part == 2, first.digits > 0, second.digits > 0, third.digits > 0 else { return nil }
    if first.digits == 4 {
      guard second.digits <= 2, third.digits <= 2 else { return nil }
      return Day(year: first.value, month: second.value, day: third.value)
    }
    guard first.digits <= 2, second.digits <= 2, third.digits == 2 || third.digits == 4
    else { return nil }
    return Day(
      year: third.digits == 2 ? 2000 + third.value : third.value, month: second.value,
      day: first.value)
  }
}
