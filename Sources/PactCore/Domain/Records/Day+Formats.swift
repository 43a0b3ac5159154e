extension Day {
  /// The day as a UK action log writes it: "12/03/24".
  public var shortText: String {
    let d = day < 10 ? "0\(day)" : "\(day)"
    let m = month < 10 ? "0\(month)" : "\(month)"
    let y = year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)"
    return "\(d)/\(m)/\(y)"
  }
}
