import Foundation

/// How evidence writes its numbers: whole numbers with thousands separated, rates to one
/// decimal place below ten and whole above.
enum CrimeNumbers {
  /// "14", "8.5", "0.3": halves rounded up, as `rateJSON` rounds them.
  static func rate(_ value: Double) -> String {
    if value >= 10 { return PlainWords.number(Int(value.rounded())) }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
  }

  /// A rate as JSON: a number to one decimal place.
  static func rateJSON(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded()
      ? JSONValue(Int(tenths)) : .number(String(format: "%.1f", tenths))
  }
}
