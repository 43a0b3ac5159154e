extension BoroughReport {
  /// The columns of `pact report --format csv`, one row per panel.
  public static let csvHeader =
    [
      "Panel", "Folder", "Area", "Status", "Chair", "Last meeting", "Next meeting",
      "Meeting overdue", "Priority 1", "Priority 2", "Priority 3", "Open", "Overdue", "Blocked",
      "Done", "Dropped", "Done with due date", "Done on time", "On time %",
      "Median days to complete", "Long-running priorities",
    ] + PanelCrimeFigures.csvHeader

  /// One row per panel with the figures of the Markdown report, dates as YYYY-MM-DD, for a
  /// spreadsheet. The agency table and unreadable panels are in the JSON and Markdown only.
  public var csv: String {
    CSVWriter.document(
      header: BoroughReport.csvHeader,
      rows: panels.map { figures in
        let titles = figures.priorities.map(\.title)
        return [
          figures.panel.name, figures.path, figures.panel.areas.joined(separator: "; "),
          figures.panel.status.rawValue, figures.chair ?? "",
          figures.lastMeeting?.date.description ?? "",
          figures.nextMeeting?.date.description ?? "", figures.isMeetingOverdue ? "yes" : "no",
        ]
          + (0..<3).map { $0 < titles.count ? titles[$0] : "" }
          + [
            String(figures.open), String(figures.overdue), String(figures.blocked),
            String(figures.done), String(figures.dropped), String(figures.doneWithDueDate),
            String(figures.doneOnTime), figures.onTimePercent.map(String.init) ?? "",
            figures.medianDaysToComplete.map { BoroughReport.daysText($0) } ?? "",
            figures.longRunning.map(\.title).joined(separator: "; "),
          ] + PanelCrimeFigures.csvCells(figures.crime, priorities: figures.priorities.map(\.id))
      })
  }

  private static func meetingJSON(_ meeting: Meeting?) -> JSONValue {
    guard let meeting else { return .null }
    return .object([
      "date": .date(meeting.date), "time": .text(meeting.time),
      "kind": .string(meeting.kind.rawValue), "venue": .text(meeting.venue ?? meeting.platform),
    ])
  }

  private static func panelJSON(_ figures: PanelFigures) -> JSONValue {
    let panel = figures.panel
    var object: [String: JSONValue] = [
      "name": .string(panel.name), "path": .string(figures.path),
      "areas": .array(panel.areas.map(JSONValue.string)), "status": .string(panel.status.rawValue),
      "endorsedOn": .date(panel.endorsedOn), "chair": .text(figures.chair),
      "cadenceWeeks": JSONValue(panel.effectiveCadenceWeeks),
    ]
    object["lastMeeting"] = meetingJSON(figures.lastMeeting)
    object["nextMeeting"] = meetingJSON(figures.nextMeeting)
    object["meetingOverdue"] = .bool(figures.isMeetingOverdue)
    object["priorities"] = .array(
      figures.priorities.map { priority in
        .object([
          "id": .string(priority.id), "rank": .integer(priority.rank),
          "title": .string(priority.title), "status": .string(PriorityStatus.active.rawValue),
          "meetings": JSONValue(priority.meetings), "longRunning": .bool(priority.isLongRunning),
        ])
      })
    object["actions"] = .object([
      "open": JSONValue(figures.open), "overdue": JSONValue(figures.overdue),
      "blocked": JSONValue(figures.blocked), "done": JSONValue(figures.done),
      "dropped": JSONValue(figures.dropped),
      "doneWithDueDate": JSONValue(figures.doneWithDueDate),
      "doneOnTime": JSONValue(figures.doneOnTime),
      "onTimePercent": .integer(figures.onTimePercent),
      "medianDaysToComplete": figures.medianDaysToComplete.map {
        .number(BoroughReport.daysText($0))
      } ?? .null,
    ])
    object["crime"] = figures.crime?.json ?? .null
    return .object(object)
  }

  /// The whole report as JSON: `asOf`, `panels`, `agencies` and `failed`, in the shape
  /// the README documents.
  public var json: JSONValue {
    .object([
      "asOf": .date(asOf),
      "panels": .array(panels.map(BoroughReport.panelJSON)),
      "agencies": .array(
        agencies.map { agency in
          .object([
            "name": .string(agency.name), "panels": .array(agency.panels.map(JSONValue.string)),
            "open": JSONValue(agency.open), "overdue": JSONValue(agency.overdue),
          ])
        }),
      "failed": .array(
        failures.map { failure in
          .object([
            "path": .string(failure.path),
            "problems": .array(
              failure.problems.map { problem in
                .object([
                  "file": .string(problem.file), "field": .text(problem.field),
                  "message": .string(problem.message),
                ])
              }),
          ])
        }),
    ])
  }
}
