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
    let text = cell.trimmed
    guard !text.isEmpty else {
      self = .blank
      return
    }
    let separators: Set<Character> = ["/", ".", "-"]
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || separators.contains($0)) }),
      text.contains(where: separators.contains), text.contains(where: \.isNumber)
    else {
      self = .words(text)
      return
    }
    self =
      SpreadsheetDate.numeric(text, separators: separators).map(SpreadsheetDate.day) ?? .notReal
  }

  private static func numeric(_ text: String, separators: Set<Character>) -> Day? {
    guard let separator = text.first(where: separators.contains) else { return nil }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
      let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
    else { return nil }
    if parts[0].count == 4 {
      guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
      return Day(year: first, month: second, day: third)
    }
    guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4
    else { return nil }
    return Day(year: parts[2].count == 2 ? 2000 + third : third, month: second, day: first)
  }
}
