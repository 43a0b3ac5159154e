extension CrimeImportSummary {
  /// What was read and written, in a few lines.
  public var text: String {
    var lines: [String] = []
    let span = months.first.map { first in
      YearMonth.spanText(first, months.last ?? first)
    }
    lines.append(
      "Read \(PlainWords.count(files.count, "file")) "
        + "(\(PlainWords.count(rows, "row")), \(PlainWords.number(noLocation)) with no location)"
        + (span.map { " for \($0)" } ?? "") + ".")
    if !repeats.isEmpty {
      lines.append(
        "Read once: \(repeats.joined(separator: ", ")) "
          + (repeats.count == 1 ? "repeats a file" : "repeat files") + " of the same name.")
    }
    if panels.count == 1, let part = panels.first {
      lines.append(
        "\(PlainWords.count(part.rows, "row")) in the area of \(part.name): "
          + CrimeImportSummary.monthsText(part))
      if !part.noRows.isEmpty {
        lines.append(
          "No row in the area in \(YearMonth.listText(part.noRows)): "
            + (part.noRows.count == 1 ? "that month was" : "those months were")
            + " left as they were.")
      }
    } else {
      let changed = panels.filter { !$0.changed.isEmpty }.count
      lines.append(
        "\(PlainWords.count(panels.count, "panel")) with an area: \(changed) updated, "
          + "\(panels.count - changed) already up to date; "
          + "\(PlainWords.count(panels.reduce(0) { $0 + $1.rows }, "row")) in their areas.")
      let empty = panels.filter { $0.rows == 0 }
      if !empty.isEmpty {
        lines.append(
          "No row in the area of: " + empty.map(\.path).joined(separator: ", ") + ".")
      }
    }
    if !withoutArea.isEmpty {
      lines.append(
        "Not fed (no area set): " + withoutArea.joined(separator: ", ") + ".")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func monthsText(_ part: PanelPart) -> String {
    var parts: [String] = []
    if !part.changed.isEmpty {
      parts.append(
        "wrote \(PlainWords.count(part.changed.count, "month")) "
          + "(\(YearMonth.listText(part.changed)))")
    }
    if !part.unchanged.isEmpty {
      parts.append(
        "\(PlainWords.count(part.unchanged.count, "month")) already up to date "
          + "(\(YearMonth.listText(part.unchanged)))")
    }
    return parts.isEmpty ? "nothing to write." : parts.joined(separator: "; ") + "."
  }

  /// The summary as JSON.
  public var json: JSONValue {
    func months(_ list: [YearMonth]) -> JSONValue { .array(list.map { .string($0.description) }) }
    return .object([
      "files": .array(files.map(JSONValue.string)),
      "repeats": .array(repeats.map(JSONValue.string)),
      "rows": JSONValue(rows), "noLocation": JSONValue(noLocation),
      "months": months(self.months),
      "panels": .array(
        panels.map { part in
          .object([
            "path": .string(part.path), "name": .string(part.name),
            "rows": JSONValue(part.rows), "changed": months(part.changed),
            "unchanged": months(part.unchanged), "noRows": months(part.noRows),
          ])
        }),
      "withoutArea": .array(withoutArea.map(JSONValue.string)),
    ])
  }
}
