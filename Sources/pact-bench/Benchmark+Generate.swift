import Foundation
import PactCore

/// Where the generated panels and files are, and what they hold.
struct GeneratedData {
  var large: URL
  var largeShape: PanelShape
  var lastYear: URL
  var lastYearShape: PanelShape
  /// The large panel's actions as an action-log spreadsheet.
  var spreadsheet: URL
  /// The same actions as Taskwarrior tasks.
  var tasks: URL
  var county: URL?
  var countyActions = 0
  var crime: CrimeData?

  var summary: String {
    var text =
      "\(largeShape.months) and \(lastYearShape.months) months, "
      + "\(largeShape.totalActions.grouped) and \(lastYearShape.totalActions.grouped) actions "
      + "(\(largeShape.openActions) open)"
    if county != nil { text += "; county of \(countyActions.grouped) actions" }
    return text
  }
}

extension Benchmark {
  func generate() throws -> GeneratedData {
    let largeShape = sizes.large
    log("generating the \(largeShape.months)-month panel (\(largeShape.totalActions) actions) ...")
    let large = try PanelGenerator(shape: largeShape, today: today).snapshot()
    let largeURL = root.appendingPathComponent("ten-year")
    try PanelService.create(at: largeURL, records: large)

    let lastYearShape = largeShape.lastYear
    log("generating its last year alone (\(lastYearShape.totalActions) actions) ...")
    let lastYear = try PanelGenerator(shape: lastYearShape, today: today).snapshot()
    let lastYearURL = root.appendingPathComponent("one-year")
    try PanelService.create(at: lastYearURL, records: lastYear)

    let spreadsheet = root.appendingPathComponent("action-log.csv")
    try Data(ActionLogCSV.document(large).utf8).write(to: spreadsheet)
    let tasks = root.appendingPathComponent("tasks.json")
    try Data(TaskwarriorExport.document(large).utf8).write(to: tasks)

    var data = GeneratedData(
      large: largeURL, largeShape: largeShape, lastYear: lastYearURL,
      lastYearShape: lastYearShape, spreadsheet: spreadsheet, tasks: tasks)
    if !options.skipCounty {
      log("generating a county of \(sizes.countyPanels) panels ...")
      let county = root.appendingPathComponent("county")
      data.countyActions = try CountyGenerator(sizes: sizes, today: today).write(to: county)
      data.county = county
    }
    if !options.skipCrime { data.crime = try generateCrime(large: large) }
    log("generated everything in \(root.path)")
    return data
  }
}

extension Int {
  /// 10000 as 10,000.
  var grouped: String {
    let digits = Array(String(self))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
