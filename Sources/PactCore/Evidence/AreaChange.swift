/// A change to the area a panel counts crime in; nil leaves a part as it is.
public struct AreaChange: Sendable {
  /// Replaces the LSOA codes (an empty list removes them).
  public var lsoaCodes: [String]?
  /// Replaces the boundary; `.some(nil)` removes it.
  public var boundary: Boundary??

  public init(lsoaCodes: [String]? = nil, boundary: Boundary?? = nil) {
    self.lsoaCodes = lsoaCodes
    self.boundary = boundary
  }

  public var isEmpty: Bool { lsoaCodes == nil && boundary == nil }

  /// The area with this change made.
  ///
  /// - Throws: `InvalidValueError` for a code that is not an LSOA code.
  func applied(to area: CrimeArea) throws -> CrimeArea {
    var area = area
    if let codes = lsoaCodes {
      let split = codes.flatMap { $0.split(separator: ",") }.map(String.init)
        .filter { !$0.allSatisfy(\.isWhitespace) }
      area.lsoaCodes = Array(Set(try split.map(CrimeArea.lsoaCode))).sorted()
    }
    if let boundary { area.boundary = boundary }
    return area
  }
}
