/// A bar chart drawn as inline SVG, with a sentence saying what it shows and a table of
/// the same figures beside it, so that nobody needs to see the picture to have the facts.
///
/// Each series has a colour and a fill pattern (solid, stripes or dots) and is named in a
/// legend in words, so that the chart never relies on colour alone; every colour has at
/// least 3:1 contrast with the white background.
struct BarChart: Sendable {
  /// How a series' bars are filled.
  enum Fill: Sendable {
    case solid
    case stripes
    case dots
  }

  /// One set of bars: a figure for each category, nil where there is none (no bar, and
  /// "No figures" in the table).
  struct Series: Sendable {
    var name: String
    var values: [Int?]
    var colour: String
    var fill: Fill
  }

  /// A category marked by a dashed line before its bars, with a label (`Priority set`),
  /// and in the table by the label after its name.
  struct Marker: Sendable {
    var index: Int
    var label: String
  }

  /// Bars standing up from a baseline, or lying along it (for long category names).
  enum Orientation: Sendable {
    case vertical
    case horizontal
  }

  /// Unique on its page: lower-case letters, digits and hyphens.
  var id: String
  var title: String
  /// What the chart shows, in words (the picture's description).
  var summary: String
  /// The heading of the table's first column: what the categories are.
  var categoryHeader: String
  var categories: [String]
  var series: [Series]
  var orientation: Orientation = .vertical
  /// Shorter names for the categories, for the axis of a vertical chart too narrow for
  /// `categories`.
  var shortCategories: [String]?
  var marker: Marker?

  /// The largest figure, or 0.
  var maximum: Int { series.flatMap(\.values).compactMap { $0 }.max() ?? 0 }

  /// The words that stand for a missing figure in the table.
  static let noFigures = "No figures"

  /// The chart, its legend, its summary and its table.
  func html() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.open("div", [.init("class", "chart")])
    writer.newline()
    if maximum > 0 {
      writer.append(orientation == .vertical ? verticalSVG() : horizontalSVG())
      writer.newline()
      writer.element("ul", [.init("class", "legend")]) { legend in
        for (index, item) in series.enumerated() {
          legend.element("li") { entry in
            entry.append(swatch(item, index: index))
            entry.text(" " + item.name)
          }
        }
      }
      writer.newline()
    }
    writer.element("p", [.init("class", "chart-summary")], text: summary)
    writer.newline()
    writer.append(table())
    writer.close("div")
    writer.newline()
    return writer
  }

  // MARK: The table

  private func table() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("div", HTMLWriter.tableRegion(title)) { wrap in
      wrap.element("table", [.init("class", "figures")]) { table in
        table.element("caption", text: title)
        table.element("thead") { head in
          head.element("tr") { row in
            row.element("th", [.init("scope", "col")], text: categoryHeader)
            for item in series {
              row.element(
                "th", [.init("scope", "col"), .init("class", "numeric")], text: item.name)
            }
          }
        }
        table.element("tbody") { body in
          for (index, category) in categories.enumerated() {
            body.element("tr") { row in
              let marked = marker.map { $0.index == index } ?? false
              row.element(
                "th", [.init("scope", "row")],
                text: marked ? "\(category) (\(marker?.label.lowercased() ?? ""))" : category)
              for item in series {
                let value = index < item.values.count ? item.values[index] : 0
                row.element(
                  "td", [.init("class", "numeric")],
                  text: value.map(PlainWords.number) ?? BarChart.noFigures)
              }
            }
          }
        }
      }
    }
    writer.newline()
    return writer
  }

  // MARK: Drawing

  /// A round step for the axis, 1, 2 or 5 times a power of ten, that divides `top` into
  /// at most five.
  static func step(for top: Int) -> Int {
    var power = 1
    while power < Int.max / 100 {
      for multiple in [1, 2, 5] where multiple * power * 5 >= top { return multiple * power }
      power *= 10
    }
    return power
  }

  private var scaleTop: Int {
    let step = BarChart.step(for: maximum)
    return (maximum + step - 1) / step * step
  }

  private func patternID(_ index: Int) -> String { "\(id)-fill-\(index)" }

  private func fillAttribute(_ index: Int) -> String {
    series[index].fill == .solid ? series[index].colour : "url(#\(patternID(index)))"
  }

  /// The patterns for striped and dotted series.
  private func definitions(_ writer: inout HTMLWriter) {
    writer.element("defs") { defs in
      for (index, item) in series.enumerated() where item.fill != .solid {
        defs.element(
          "pattern",
          [
            .init("id", patternID(index)), .init("patternUnits", "userSpaceOnUse"),
            .init("width", "8"), .init("height", "8"),
          ]
        ) { pattern in
          pattern.void(
            "rect", [.init("width", "8"), .init("height", "8"), .init("fill", "#ffffff")],
            selfClosing: true)
          switch item.fill {
          case .stripes:
            pattern.void(
              "path",
              [
                .init("d", "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4"), .init("stroke", item.colour),
                .init("stroke-width", "3"),
              ], selfClosing: true)
          case .dots:
            pattern.void(
              "circle",
              [.init("cx", "4"), .init("cy", "4"), .init("r", "2.5"), .init("fill", item.colour)],
              selfClosing: true)
          case .solid:
            break
          }
        }
      }
    }
  }

  private func svgOpen(_ writer: inout HTMLWriter, width: Int, height: Int) {
    writer.open(
      "svg",
      [
        .init("xmlns", "http://www.w3.org/2000/svg"), .init("class", "chart-picture"),
        .init("viewBox", "0 0 \(width) \(height)"), .init("role", "img"),
        .init("aria-labelledby", "\(id)-title \(id)-desc"), .init("focusable", "false"),
      ])
    writer.element("title", [.init("id", "\(id)-title")], text: title)
    writer.element(
      "desc", [.init("id", "\(id)-desc")], text: summary + " The table below gives the figures.")
    definitions(&writer)
  }

  private func bar(
    _ writer: inout HTMLWriter, series index: Int, x: Double, y: Double, width: Double,
    height: Double
  ) {
    writer.void(
      "rect",
      [
        .init("x", BarChart.number(x)), .init("y", BarChart.number(y)),
        .init("width", BarChart.number(width)), .init("height", BarChart.number(height)),
        .init("fill", fillAttribute(index)), .init("stroke", series[index].colour),
        .init("stroke-width", "1.5"),
      ], selfClosing: true)
  }

  private func label(
    _ writer: inout HTMLWriter, _ text: String, x: Double, y: Double, anchor: String = "middle",
    size: Int = 13
  ) {
    writer.element(
      "text",
      [
        .init("x", BarChart.number(x)), .init("y", BarChart.number(y)),
        .init("text-anchor", anchor), .init("font-size", String(size)),
      ], text: text)
  }

  private func verticalSVG() -> HTMLWriter {
    let width = 640
    let height = 300
    let left = 48.0
    let right = 8.0
    let top = marker == nil ? 16.0 : 32.0
    let bottom = 40.0
    let plotWidth = Double(width) - left - right
    let plotHeight = Double(height) - top - bottom
    let scale = Double(scaleTop)
    var writer = HTMLWriter()
    svgOpen(&writer, width: width, height: height)
    let step = BarChart.step(for: maximum)
    for tick in stride(from: 0, through: scaleTop, by: step) {
      let y = top + plotHeight - plotHeight * Double(tick) / scale
      writer.void(
        "line",
        [
          .init("x1", BarChart.number(left)), .init("x2", BarChart.number(left + plotWidth)),
          .init("y1", BarChart.number(y)), .init("y2", BarChart.number(y)),
          .init("stroke", tick == 0 ? "#0b0c0c" : "#b1b4b6"), .init("stroke-width", "1"),
        ], selfClosing: true)
      label(&writer, PlainWords.number(tick), x: left - 6, y: y + 4, anchor: "end", size: 12)
    }
    let groupWidth = plotWidth / Double(max(1, categories.count))
    let barWidth = groupWidth * 0.8 / Double(max(1, series.count))
    // Names too long for their column are shortened, and then only every few are written.
    let roomy = groupWidth >= 72 || shortCategories == nil
    let names = roomy ? categories : shortCategories ?? categories
    let every = roomy ? 1 : max(1, Int((52 / groupWidth).rounded(.up)))
    for (column, category) in names.enumerated() {
      let groupLeft = left + groupWidth * Double(column) + groupWidth * 0.1
      for (index, item) in series.enumerated() {
        let x = groupLeft + barWidth * Double(index)
        guard let value = column < item.values.count ? item.values[column] : 0 else {
          label(&writer, "–", x: x + barWidth / 2, y: top + plotHeight - 4, size: 11)
          continue
        }
        let barHeight = plotHeight * Double(value) / scale
        bar(
          &writer, series: index, x: x, y: top + plotHeight - barHeight, width: barWidth,
          height: barHeight)
        if barWidth >= 14 {
          label(
            &writer, PlainWords.number(value), x: x + barWidth / 2,
            y: top + plotHeight - barHeight - 4, size: 11)
        }
      }
      if column % every == 0 {
        label(&writer, category, x: groupLeft + groupWidth * 0.4, y: Double(height) - bottom + 18)
      }
    }
    if let marker, marker.index < categories.count {
      let x = left + groupWidth * Double(marker.index)
      writer.void(
        "line",
        [
          .init("x1", BarChart.number(x)), .init("x2", BarChart.number(x)),
          .init("y1", BarChart.number(top - 12)), .init("y2", BarChart.number(top + plotHeight)),
          .init("stroke", "#0b0c0c"), .init("stroke-width", "2"),
          .init("stroke-dasharray", "6 4"),
        ], selfClosing: true)
      let nearEnd = x > Double(width) - 120
      label(
        &writer, PlainWords.capitalisingFirst(marker.label), x: nearEnd ? x - 6 : x + 6,
        y: top - 6, anchor: nearEnd ? "end" : "start", size: 12)
    }
    writer.close("svg")
    return writer
  }

  private func horizontalSVG() -> HTMLWriter {
    let width = 640
    let barHeight = 14.0
    let rowHeight = 22.0 + barHeight * Double(series.count) + 8
    let left = 8.0
    let right = 48.0
    let height = Int(rowHeight * Double(categories.count)) + 8
    let plotWidth = Double(width) - left - right
    let scale = Double(scaleTop)
    var writer = HTMLWriter()
    svgOpen(&writer, width: width, height: height)
    for (row, category) in categories.enumerated() {
      let rowTop = rowHeight * Double(row) + 4
      label(&writer, category, x: left, y: rowTop + 15, anchor: "start")
      for (index, item) in series.enumerated() {
        let value = row < item.values.count ? item.values[row] : 0
        let length = plotWidth * Double(value ?? 0) / scale
        let y = rowTop + 22 + barHeight * Double(index)
        bar(&writer, series: index, x: left, y: y, width: length, height: barHeight - 2)
        label(
          &writer, value.map(PlainWords.number) ?? "–", x: left + length + 4,
          y: y + barHeight - 3, anchor: "start", size: 11)
      }
    }
    writer.close("svg")
    return writer
  }

  /// A small picture of a series' fill, for the legend.
  private func swatch(_ item: Series, index: Int) -> HTMLWriter {
    var writer = HTMLWriter()
    writer.open(
      "svg",
      [
        .init("class", "swatch"), .init("viewBox", "0 0 16 16"), .init("width", "16"),
        .init("height", "16"), .init("aria-hidden", "true"), .init("focusable", "false"),
      ])
    var definitions = BarChart(
      id: id + "-key-\(index)", title: "", summary: "", categoryHeader: "", categories: [],
      series: [item])
    definitions.orientation = orientation
    definitions.definitions(&writer)
    writer.void(
      "rect",
      [
        .init("x", "1"), .init("y", "1"), .init("width", "14"), .init("height", "14"),
        .init("fill", definitions.fillAttribute(0)), .init("stroke", item.colour),
        .init("stroke-width", "1.5"),
      ], selfClosing: true)
    writer.close("svg")
    return writer
  }

  /// A coordinate with at most one decimal place, the same on every machine.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let whole = tenths / 10
    let rest = abs(tenths % 10)
    return rest == 0 ? String(whole) : "\(tenths < 0 && whole == 0 ? "-" : "")\(whole).\(rest)"
  }
}
