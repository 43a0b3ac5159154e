extension CrimeOverview: Presentable {
  /// The months as a grid, a row per crime type and a column per month, in as many blocks
  /// of months as the width needs.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    var output = "Crime and anti-social behaviour in the area of \(panelName) (police.uk)\n"
    output += "Area: \(CrimeOverview.describe(area))\n"
    guard let first = covered.first, let last = covered.last else {
      return output + "No crime figures yet.\n"
    }
    output +=
      "Figures: \(PlainWords.count(covered.count, "month")), "
      + "\(YearMonth.spanText(first, last))"
      + (missing.isEmpty ? "" : "; missing: \(YearMonth.listText(missing))") + "\n"
    let labelWidth = 29
    let columnWidth = 8
    let perBlock = max(1, (width - labelWidth) / columnWidth)
    let rows: [(String, (CrimeMonth) -> Int)] =
      types.map { type in (type.rawValue, { $0.count(type) }) } + [
        ("Crime (all but ASB)", { $0.crime }), ("Total", { $0.total }),
      ]
    var start = 0
    while start < shown.count {
      let block = Array(shown[start..<min(start + perBlock, shown.count)])
      output += "\n" + CrimeOverview.pad("TYPE", labelWidth)
      output += block.map { CrimeOverview.padLeft($0.shortText, columnWidth) }.joined() + "\n"
      for (label, value) in rows {
        output += CrimeOverview.pad(label, labelWidth)
        output +=
          block.map { month in
            CrimeOverview.padLeft(figures[month].map { String(value($0)) } ?? "–", columnWidth)
          }.joined() + "\n"
      }
      start += perBlock
    }
    let noLocation = figures.values.flatMap(\.sources).reduce(0) { $0 + $1.noLocation }
    output += "\n"
    if !shownMissing.isEmpty { output += "– no figures for that month.\n" }
    output +=
      TextWrapper.wrap(
        "Rows in the forces' files with no location are never counted in an area: "
          + "\(PlainWords.number(noLocation)) in the months shown.", width: width
      ).joined(separator: "\n") + "\n"
    return output
  }

  static func describe(_ area: CrimeArea?) -> String {
    guard let area, !area.isEmpty else { return "not set" }
    var parts: [String] = []
    if !area.lsoaCodes.isEmpty {
      let shown = area.lsoaCodes.prefix(6).joined(separator: ", ")
      parts.append(
        "\(PlainWords.count(area.lsoaCodes.count, "LSOA")) (\(shown)"
          + (area.lsoaCodes.count > 6 ? ", …)" : ")"))
    }
    if let boundary = area.boundary {
      parts.append(
        "a boundary of \(PlainWords.count(boundary.polygons.count, "polygon")), "
          + "\(PlainWords.count(boundary.pointCount, "point"))")
    }
    return parts.joined(separator: " and ")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(1, width - text.count)) + text
  }

  /// The figures as JSON: the area, the months covered and missing, and each month shown
  /// with its counts by type (null for a month with none).
  public var json: JSONValue {
    var area: [String: JSONValue] = [
      "lsoa": .array((self.area?.lsoaCodes ?? []).map(JSONValue.string))
    ]
    area["boundary"] =
      self.area?.boundary.map { boundary in
        .object([
          "polygons": JSONValue(boundary.polygons.count), "points": JSONValue(boundary.pointCount),
        ])
      } ?? .null
    return .object([
      "panel": .string(panelName),
      "area": .object(area),
      "covered": .array(covered.map { .string($0.description) }),
      "missing": .array(missing.map { .string($0.description) }),
      "months": .array(
        shown.map { month in
          guard let figures = figures[month] else {
            return .object(["month": .string(month.description), "counts": .null])
          }
          return .object([
            "month": .string(month.description),
            "counts": .object(
              Dictionary(
                uniqueKeysWithValues: figures.counts.map { ($0.key.rawValue, JSONValue($0.value)) })
            ),
            "asb": JSONValue(figures.asb), "crime": JSONValue(figures.crime),
            "total": JSONValue(figures.total),
            "sources": .array(
              figures.sources.map { source in
                .object([
                  "file": .string(source.file), "rows": JSONValue(source.rows),
                  "noLocation": JSONValue(source.noLocation),
                ])
              }),
          ])
        }),
    ])
  }
}
