/// One month of police.uk counts for a panel's area (`crime/YYYY-MM.json`): the rows of each
/// crime type in the area, and the files they were counted from. No row-level data is kept.
public struct CrimeMonth: Sendable, Equatable {
  /// One street-level file that had rows in the area that month.
  public struct Source: Sendable, Equatable {
    /// The file's name (`2024-03-kent-street.csv`): a file of the same name read again
    /// replaces this one's counts.
    public var file: String
    /// Every row of the file in the month, in the area or not.
    public var rows: Int
    /// The file's rows in the month with no location, which cannot be placed in any area
    /// and are never counted in one.
    public var noLocation: Int
    /// The rows in the area, by type.
    public var counts: [CrimeType: Int]

    public init(file: String, rows: Int, noLocation: Int, counts: [CrimeType: Int]) {
      self.file = file
      self.rows = rows
      self.noLocation = noLocation
      self.counts = counts
    }
  }

  public var month: YearMonth
  public var sources: [Source]
  /// The rows in the area by type, over every source.
  public var counts: [CrimeType: Int]
  var unknownFields: [String: JSONValue] = [:]

  public init(month: YearMonth, sources: [Source]) {
    self.month = month
    self.sources = sources.sorted { $0.file < $1.file }
    counts = CrimeMonth.sum(self.sources)
  }

  static func sum(_ sources: [Source]) -> [CrimeType: Int] {
    sources.reduce(into: [:]) { total, source in total.merge(source.counts, uniquingKeysWith: +) }
  }

  /// The rows of one type in the area.
  public func count(_ type: CrimeType) -> Int { counts[type] ?? 0 }
  /// Anti-social behaviour in the area.
  public var asb: Int { count(.antiSocialBehaviour) }
  /// Every crime in the area, anti-social behaviour apart.
  public var crime: Int { counts.filter { !$0.key.isASB }.values.reduce(0, +) }
  /// Crime and anti-social behaviour together.
  public var total: Int { counts.values.reduce(0, +) }

  /// This month with the sources of `other` in place of any of the same name, and
  /// `replaced` (files read again that had nothing in the area) taken out.
  func merging(_ other: [Source], replacing replaced: Set<String>) -> CrimeMonth {
    let names = Set(other.map(\.file)).union(replaced)
    var merged = CrimeMonth(
      month: month, sources: sources.filter { !names.contains($0.file) } + other)
    merged.unknownFields = unknownFields
    return merged
  }
}

extension CrimeMonth {
  /// Reads a month's file, named `month`; problems are collected in `reader`.
  init?(month: YearMonth, reading reader: inout RecordReader) {
    if let written = reader.optionalString("month"), written != month.description {
      reader.report("month", "\"\(written)\" does not match the file name (\(month))")
    }
    let sources = reader.array("sources") { entry -> Source? in
      let file = entry.nonEmptyString("file")
      let rows = entry.optionalInt("rows", in: 0...Int.max) ?? 0
      let noLocation = entry.optionalInt("noLocation", in: 0...Int.max) ?? 0
      let counts = CrimeMonth.counts(&entry)
      guard let file else { return nil }
      return Source(file: file, rows: rows, noLocation: noLocation, counts: counts)
    }
    var read = CrimeMonth(month: month, sources: sources)
    // The totals people read are the file's own; without them, the sources' sum.
    if reader.raw("counts") != nil { read.counts = CrimeMonth.counts(&reader) }
    read.unknownFields = reader.unknownFields
    guard reader.problems.isEmpty else { return nil }
    self = read
  }

  private static func counts(_ reader: inout RecordReader) -> [CrimeType: Int] {
    reader.nested("counts") { counts -> [CrimeType: Int] in
      var result: [CrimeType: Int] = [:]
      for type in CrimeType.allCases {
        if let count = counts.optionalInt(type.rawValue, in: 0...Int.max), count > 0 {
          result[type] = count
        }
      }
      for key in counts.unknownFields.keys.sorted() {
        counts.report(key, "not one of police.uk's 14 crime types")
      }
      return result
    } ?? [:]
  }

  private static func countsJSON(_ counts: [CrimeType: Int]) -> JSONValue {
    .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, JSONValue($0.value)) }))
  }

  /// The contents of `crime/YYYY-MM.json`.
  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("month", month.description)
    builder.set("counts", json: CrimeMonth.countsJSON(counts))
    builder.set(
      "sources",
      json: .array(
        sources.map { source in
          .object([
            "file": .string(source.file), "rows": JSONValue(source.rows),
            "noLocation": JSONValue(source.noLocation),
            "counts": CrimeMonth.countsJSON(source.counts),
          ])
        }))
    return builder.value
  }
}
