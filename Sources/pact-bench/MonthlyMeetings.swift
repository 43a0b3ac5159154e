import PactCore

/// The dates of a panel that meets on the second Tuesday of every month.
enum MonthlyMeetings {
  /// The second Tuesday of a month.
  static func secondTuesday(year: Int, month: Int) -> Day? {
    guard let first = Day(year: year, month: month, day: 1) else { return nil }
    // weekday: 1 = Monday, so Tuesday is 2.
    let toTuesday = (2 - first.weekday + 7) % 7
    return first.adding(days: toTuesday + 7)
  }

  /// The `count` latest monthly meetings on or before `today`, oldest first, and the next
  /// one after it.
  static func meetings(count: Int, today: Day) -> (held: [Day], next: Day) {
    var year = today.year
    var month = today.month
    var held: [Day] = []
    while held.count < count {
      if let day = secondTuesday(year: year, month: month), day <= today { held.append(day) }
      month -= 1
      if month == 0 {
        month = 12
        year -= 1
      }
    }
    let thisMonth = secondTuesday(year: today.year, month: today.month)
    let nextMonth = secondTuesday(
      year: today.month == 12 ? today.year + 1 : today.year, month: today.month % 12 + 1)
    let next = thisMonth.flatMap { $0 > today ? $0 : nil } ?? nextMonth ?? today.adding(days: 28)
    return (held.reversed(), next)
  }
}
