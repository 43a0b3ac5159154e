import Foundation

/// A police.uk street-level crime file (`2024-03-kent-street.csv`), read a row at a time
/// and counted into a `CrimeTally` for the panels an `AreaMatcher` knows.
enum StreetLevelFile {
  /// The header every street-level file starts with.
  static let header = [
    "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
    "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context",
  ]

  /// The columns pact reads.
  private enum Column {
    static let month = 1
    static let longitude = 4
    static let latitude = 5
    static let lsoaCode = 7
    static let crimeType = 9
  }

  /// Whether a file name is one the police.uk archive gives a street-level file.
  static func isStreetFileName(_ name: String) -> Bool {
    name.lowercased().hasSuffix("-street.csv") && !name.hasPrefix(".")
  }

  /// Why a file cannot be counted.
  enum Failure: Error {
    case unreadable(String)
    /// The first row is not the street-level header: what it holds instead.
    case notStreetLevel(found: [String])
    /// A row that cannot be read.
    case badRow(line: Int, message: String)
  }

  /// Counts every row of the file at `path`, noting each bad row in `problems` (up to
  /// `limit`, then only counting them) rather than stopping at the first.
  static func count(
    path: String, matcher: AreaMatcher, into tally: inout CrimeTally,
    problems: inout [(line: Int, message: String)], limit: Int
  ) throws(Failure) -> Int {
    var stream: CSVStream
    do {
      stream = try CSVStream(path: path)
    } catch {
      if case .unreadable(let reason) = error { throw .unreadable(reason) }
      throw .unreadable("\(error)")
    }
    var sawHeader = false
    var badRows = 0
    let names = CrimeType.allCases.map { Array($0.rawValue.utf8) }
    do {
      try stream.forEachRecord { row in
        guard sawHeader else {
          let found = (0..<row.count).map { row.string($0) }
          guard found == header else { throw Failure.notStreetLevel(found: found) }
          sawHeader = true
          return
        }
        if let message = read(row, matcher: matcher, names: names, into: &tally) {
          badRows += 1
          if problems.count < limit { problems.append((row.line, message)) }
        }
      }
    } catch let failure as Failure {
      throw failure
    } catch let failure as CSVStream.Failure {
      switch failure {
      case .unreadable(let reason): throw .unreadable(reason)
      case .syntax(let error): throw .badRow(line: error.line, message: error.message)
      }
    } catch {
      throw .unreadable("\(error)")
    }
    guard sawHeader else { throw .notStreetLevel(found: []) }
    return badRows
  }

  /// Counts one row; returns what is wrong with it instead when it cannot be read.
  private static func read(
    _ row: CSVRow, matcher: AreaMatcher, names: [[UInt8]], into tally: inout CrimeTally
  ) -> String? {
    guard row.count == header.count else {
      if row.count == 1, row.isEmpty(0) { return nil }  // a blank line
      return "expected \(header.count) fields, found \(row.count)"
    }
    guard let month = row.withBytes(Column.month, { YearMonth(utf8: $0) }) else {
      return "Month \"\(row.string(Column.month))\" is not a month written YYYY-MM"
    }
    guard let type = row.withBytes(Column.crimeType, { typeIndex($0, names: names) }) else {
      return "Crime type \"\(row.string(Column.crimeType))\" is not one of police.uk's 14 types"
    }
    let noLongitude = row.isEmpty(Column.longitude)
    let noLatitude = row.isEmpty(Column.latitude)
    var point: (longitude: Double, latitude: Double)?
    if noLongitude != noLatitude {
      return noLongitude ? "a latitude without a longitude" : "a longitude without a latitude"
    }
    if !noLongitude {
      guard let longitude = row.withBytes(Column.longitude, decimal),
        (-180...180).contains(longitude)
      else { return "Longitude \"\(row.string(Column.longitude))\" is not a number of degrees" }
      guard let latitude = row.withBytes(Column.latitude, decimal),
        (-90...90).contains(latitude)
      else { return "Latitude \"\(row.string(Column.latitude))\" is not a number of degrees" }
      point = (longitude, latitude)
    }
    let counts = tally.month(month)
    tally.addRow(in: counts, located: point != nil)
    row.withBytes(Column.lsoaCode) { code in
      matcher.forEachPanel(code: code, point: matcher.usesPoints ? point : nil) { panel in
        tally.add(typeIndex: type, panel: panel, in: counts)
      }
    }
    return nil
  }

  /// The index of the crime type whose name is `bytes`, in `CrimeType.allCases`.
  private static func typeIndex(_ bytes: UnsafeBufferPointer<UInt8>, names: [[UInt8]]) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    for index in names.indices where names[index].count == bytes.count {
      let same = names[index].withUnsafeBufferPointer { name in
        name.baseAddress.map { memcmp($0, base, bytes.count) == 0 } ?? false
      }
      if same { return index }
    }
    return nil
  }

  /// A decimal number such as `-0.123456`; other forms (an exponent) through `Double`.
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var index = 0
    var negative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var scale = 0
    var seenPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 {
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        digits += 1
        if seenPoint { scale += 1 }
      } else {
        return Double(String(decoding: bytes, as: UTF8.self))
      }
      index += 1
    }
    guard digits > 0 else { return nil }
    let value = Double(mantissa) / powersOfTen[scale]
    return negative ? -value : value
  }

  private static let powersOfTen: [Double] = (0...18).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }
}
