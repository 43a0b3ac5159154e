/// The figures behind the website's pictures, each drawn as a `BarChart` with its table.
enum SiteCharts {
  /// A calendar quarter: "Q2 2024" runs from April to June.
  struct Quarter: Hashable, Comparable, Sendable {
    var year: Int
    var number: Int

    init(_ day: Day) {
      year = day.year
      number = (day.month - 1) / 3 + 1
    }

    init(year: Int, number: Int) {
      self.year = year
      self.number = number
    }

    var previous: Quarter {
      number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1)
    }

    var label: String { "Q\(number) \(year)" }

    static func < (lhs: Quarter, rhs: Quarter) -> Bool {
      (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
  }

  /// How many quarters the actions chart covers, ending with the quarter of the day.
  static let quarters = 8
  /// How many held meetings the attendance chart covers, the latest.
  static let meetings = 12

  static let blue = "#1d70b8"
  static let green = "#00703c"
  static let red = "#d4351c"
  static let purple = "#4c2c92"

  /// Actions agreed and completed in each of the last eight quarters up to `asOf`, or
  /// since the quarter of `since` (the panel's start) when that is later.
  static func actionsByQuarter(_ actions: [Action], asOf: Day, since: Day?, id: String)
    -> BarChart
  {
    var quarters = [Quarter(asOf)]
    let start = since.map(Quarter.init)
    while quarters.count < SiteCharts.quarters, let first = quarters.first,
      start.map({ $0 < first }) ?? true
    {
      quarters.insert(first.previous, at: 0)
    }
    var agreed: [Quarter: Int] = [:]
    var completed: [Quarter: Int] = [:]
    for action in actions where action.agreedOn <= asOf {
      agreed[Quarter(action.agreedOn), default: 0] += 1
      if action.status == .done, let day = action.completedOn, day <= asOf {
        completed[Quarter(day), default: 0] += 1
      }
    }
    let agreedValues = quarters.map { agreed[$0, default: 0] }
    let doneValues = quarters.map { completed[$0, default: 0] }
    let first = quarters.first?.label ?? ""
    let last = quarters.last?.label ?? ""
    return BarChart(
      id: id, title: "Actions agreed and completed each quarter",
      summary: "From \(first) to \(last) the panel agreed "
        + PlainWords.count(agreedValues.reduce(0, +), "action") + " and completed "
        + PlainWords.number(doneValues.reduce(0, +)) + ".",
      categoryHeader: "Quarter", categories: quarters.map(\.label),
      series: [
        .init(name: "Agreed", values: agreedValues, colour: blue, fill: .solid),
        .init(name: "Completed", values: doneValues, colour: green, fill: .stripes),
      ])
  }

  /// How many people took part in each of the latest held meetings: in the room, watching
  /// online, and asking questions.
  static func attendance(_ meetings: [Meeting], id: String) -> BarChart? {
    let counted = meetings.filter {
      $0.publicAttendance != nil || $0.onlineViews != nil || $0.questions != nil
    }.suffix(SiteCharts.meetings)
    guard !counted.isEmpty else { return nil }
    let room = counted.map { $0.publicAttendance ?? 0 }
    let online = counted.map { $0.onlineViews ?? 0 }
    let questions = counted.map { $0.questions ?? 0 }
    var series: [BarChart.Series] = [
      .init(name: "In the room", values: room, colour: blue, fill: .solid)
    ]
    if online.contains(where: { $0 > 0 }) {
      series.append(.init(name: "Watched online", values: online, colour: purple, fill: .stripes))
    }
    if questions.contains(where: { $0 > 0 }) {
      series.append(.init(name: "Questions asked", values: questions, colour: green, fill: .dots))
    }
    let residents = room.reduce(0, +)
    var summary =
      "At the last " + PlainWords.count(counted.count, "meeting") + " with figures, "
      + PlainWords.count(residents, "resident") + " came in person"
    let views = online.reduce(0, +)
    if views > 0 {
      summary += ", the meetings were watched \(PlainWords.number(views)) times online"
    }
    let asked = questions.reduce(0, +)
    if asked > 0 { summary += " and " + PlainWords.count(asked, "question") + " were asked" }
    return BarChart(
      id: id, title: "Attendance at each meeting", summary: summary + ".",
      categoryHeader: "Meeting",
      categories: counted.map {
        "\($0.date.day) \(Day.monthNames[$0.date.month - 1].prefix(3)) \($0.date.year % 100 < 10 ? "0" : "")\($0.date.year % 100)"
      },
      series: series)
  }

  /// Each lead agency's open actions, and how many of them are overdue.
  static func agencies(_ agencies: [BoroughReport.AgencyFigures], id: String) -> BarChart {
    let open = agencies.map(\.open).reduce(0, +)
    let overdue = agencies.map(\.overdue).reduce(0, +)
    var chart = BarChart(
      id: id, title: "Open and overdue actions by lead agency",
      summary: PlainWords.count(agencies.count, "agency", "agencies") + " lead "
        + PlainWords.count(open, "open action") + "; " + PlainWords.number(overdue)
        + (overdue == 1 ? " is" : " are") + " overdue.",
      categoryHeader: "Lead agency", categories: agencies.map(\.name),
      series: [
        .init(name: "Open", values: agencies.map(\.open), colour: blue, fill: .solid),
        .init(name: "Overdue", values: agencies.map(\.overdue), colour: red, fill: .stripes),
      ])
    chart.orientation = .horizontal
    return chart
  }
}
