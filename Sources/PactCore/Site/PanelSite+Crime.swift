/// The police.uk figures beside the top three on a panel's page: for each priority with a
/// type of crime and figures, its type's count in each month from six months before the
/// priority was set to the latest month with figures, as a chart with the month it was set
/// marked, a table, and the sentence the newsletter gives.
extension PanelSite {
  func crimeFigures(_ priorities: [Priority]) -> HTMLWriter {
    var writer = HTMLWriter()
    let evidence = crime.evidence(priorities, asOf: asOf)
    let shown = priorities.enumerated().compactMap { rank, priority in
      evidence[priority.id].flatMap { found in
        found.before.counted.isEmpty && found.since.counted.isEmpty
          ? nil : (rank: rank + 1, priority: priority, evidence: found)
      }
    }
    guard !shown.isEmpty else { return writer }
    writer.element("h3", text: "What the police figures show")
    writer.newline()
    writer.element(
      "p",
      text: "Police.uk publishes the crime and anti-social behaviour reported to the police "
        + "each month. Here are its figures for this area, for each priority that is about a "
        + "kind of crime.")
    writer.newline()
    for (rank, priority, found) in shown {
      writer.element("h4", text: "\(rank). \(priority.title)")
      writer.newline()
      writer.element("p", text: PlainWords.capitalisingFirst(found.statement))
      writer.newline()
      let counts = MonthlyCounts(found)
      writer.append(
        counts.chart(
          id: "chart-crime-\(rank)", title: "\(counts.what) reported each month, priority \(rank)"
        ).html())
    }
    return writer
  }
}
