extension Day {
  /// The day as a UK action log writes it: "12/03/24".
  public var shortText: String {
    let d = day < 10 ? "0\(day)" : "\(day)"
    let m = month < 10 ? "0\(month)" : "\(month)"
    let y = year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)"
    return "\(d)/\(m)/\(y)"
  }

  /// "Tue 12 Mar 2024".
  public var abbreviatedText: String {
    "\(Day.weekdayNames[weekday - 1].prefix(3)) \(day) \(Day.monthNames[month - 1].prefix(3)) \(year)"
  }
}
