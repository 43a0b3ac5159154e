import Foundation

extension BoroughReport {
  /// The median as the report writes it: "59", "40.5", or "–" when there is none.
  static func daysText(_ days: Double?) -> String {
    guard let days else { return "–" }
    return days == days.rounded() ? String(Int(days)) : String(format: "%.1f", days)
  }

  static func percentText(_ percent: Int?) -> String {
    percent.map { "\($0)%" } ?? "–"
  }

  /// The overview as CommonMark: a table of every panel, a short section per panel, the
  /// lead agencies' open and overdue actions, and any panel that could not be read.
  public var markdown: String {
    var document = MarkdownDocument()
    document.heading(1, "PACT panels: overview on \(asOf.mediumText)")
    var summary = "Figures as of \(asOf.longText), for \(PlainWords.count(panels.count, "panel"))"
    if !failures.isEmpty {
      summary +=
        "; \(PlainWords.count(failures.count, "panel")) could not be read (listed at the end)"
    }
    document.paragraph(summary + ".")
    if !panels.isEmpty {
      document.table(
        header: [
          "Panel", "Status", "Last meeting", "Next meeting", "Open", "Overdue", "Done", "On time",
          "Median days",
        ],
        rows: panels.map { figures in
          [
            figures.panel.name, figures.panel.status.rawValue,
            (figures.lastMeeting?.date.mediumText ?? "none")
              + (figures.isMeetingOverdue ? " (overdue)" : ""),
            figures.nextMeeting?.date.mediumText ?? "none", String(figures.open),
            String(figures.overdue), String(figures.done),
            BoroughReport.percentText(figures.onTimePercent),
            BoroughReport.daysText(figures.medianDaysToComplete),
          ]
        })
      document.paragraph(
        "Open: actions not yet done or dropped. Overdue: open actions past their due date. "
          + "On time: done actions completed on or before their due date, out of those done "
          + "that had one (done actions with no due date are not counted). Median days: "
          + "from the day an action was agreed to the day it was completed. \"(overdue)\" "
          + "after the last meeting: the panel has not met within its cadence.")
    }
    for figures in panels { section(figures, into: &document) }
    agencyTable(into: &document)
    failureList(into: &document)
    return document.text
  }

  private func section(_ figures: PanelFigures, into document: inout MarkdownDocument) {
    let panel = figures.panel
    document.heading(2, panel.name)
    var items = ["**Folder:** " + Markdown.inline(figures.path)]
    if !panel.areas.isEmpty {
      items.append("**Area:** " + Markdown.inline(panel.areas.joined(separator: ", ")))
    }
    items.append(
      "**Status:** " + panel.status.rawValue
        + (panel.endorsedOn.map { " (endorsed \($0.mediumText))" } ?? "") + "; **chair:** "
        + (figures.chair.map(Markdown.inline) ?? "none"))
    var meetings =
      "**Meetings:** last "
      + (figures.lastMeeting.map { $0.date.mediumText } ?? "none") + ", next "
      + (figures.nextMeeting.map { $0.date.mediumText } ?? "none scheduled")
      + "; meets every \(panel.effectiveCadenceWeeks) weeks"
    if figures.isMeetingOverdue { meetings += "; **a meeting is overdue**" }
    items.append(meetings)
    items.append(
      "**Top three:** "
        + (figures.priorities.isEmpty
          ? "none set"
          : figures.priorities.map {
            "\($0.rank.map { "\($0)." } ?? "-") " + Markdown.inline($0.title)
          }
          .joined(separator: "; ")))
    var actions =
      "**Actions:** \(figures.open) open (\(figures.overdue) overdue, \(figures.blocked) blocked), "
      + "\(figures.done) done, \(figures.dropped) dropped"
    if figures.doneWithDueDate > 0 {
      actions +=
        "; \(figures.doneOnTime) of \(figures.doneWithDueDate) done with a due date were on time "
        + "(\(BoroughReport.percentText(figures.onTimePercent)))"
    }
    if let median = figures.medianDaysToComplete {
      actions += "; median \(BoroughReport.daysText(median)) days from agreed to done"
    }
    items.append(actions)
    let long = figures.longRunning
    if !long.isEmpty {
      items.append(
        "**Long-running priorities:** "
          + long.map { Markdown.inline($0.title) + " (\($0.meetings) meetings)" }
          .joined(separator: "; "))
    }
    items += figures.crime?.reportItems(figures.priorities.map { ($0.id, $0.title) }) ?? []
    document.list(items)
  }

  private func agencyTable(into document: inout MarkdownDocument) {
    document.raw("## Lead agencies")
    guard !agencies.isEmpty else {
      document.paragraph("No agency leads an open action.")
      return
    }
    document.paragraph(
      "Open and overdue actions by lead agency, across every panel above. Agencies are "
        + "matched across panels by name, ignoring case.")
    document.table(
      header: ["Lead agency", "Panels", "Open", "Overdue"],
      rows: agencies.map {
        [$0.name, String($0.panels.count), String($0.open), String($0.overdue)]
      })
  }

  private func failureList(into document: inout MarkdownDocument) {
    guard !failures.isEmpty else { return }
    document.raw("## Panels that could not be read")
    document.list(
      failures.flatMap { failure in
        failure.problems.map { Markdown.inline($0.description) }
      })
  }
}
