/// `pact issue list`: the backlog of concerns waiting to become priorities.
public struct IssueListing: Sendable {
  let snapshot: PanelRecords
  let issues: [Issue]

  /// - Parameter all: include promoted and closed issues, not only the open backlog.
  public init(_ snapshot: PanelRecords, all: Bool = false) {
    self.snapshot = snapshot
    issues = snapshot.issues.filter { all || $0.status == .open }
      .sorted {
        ($1.raisings.count, $1.lastRaised ?? Day.first, $0.title)
          < ($0.raisings.count, $0.lastRaised ?? Day.first, $1.title)
      }
  }

  /// A table for a terminal of `width` columns, most often raised first.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !issues.isEmpty else {
      return "No issues waiting."
        + (nextStep(.raiseIssue).map { " Record a concern with: \($0)" } ?? "") + "\n"
    }
    let short = RecordID.shortForms(snapshot.issues.map(\.id))
    var table = TextTable(columns: [
      .init("ID"), .init("ISSUE", flexible: true, minimumWidth: 16),
      .init("CATEGORY", flexible: true, minimumWidth: 8), .init("RAISED"), .init("FIRST"),
      .init("LAST"), .init("STATUS"),
    ])
    for issue in issues {
      table.append([
        short[issue.id] ?? issue.id, issue.title, issue.category ?? "",
        "\(issue.raisings.count)×", issue.firstRaised?.shortText ?? "",
        issue.lastRaised?.shortText ?? "", issue.status.rawValue,
      ])
    }
    return table.render(width: width)
      + "\n\(issues.count) issue\(issues.count == 1 ? "" : "s")"
      + (nextStep(.promoteIssue).map { " (promote one with: \($0))" } ?? "") + "\n"
  }

  /// The issues as JSON objects.
  public var json: JSONValue {
    .array(
      issues.map { issue in
        var object: [String: JSONValue] = [
          "id": .string(issue.id),
          "title": .string(issue.title),
          "status": .string(issue.status.rawValue),
          "timesRaised": JSONValue(issue.raisings.count),
          "meetings": JSONValue(snapshot.panelMeetingCount(issue)),
        ]
        object["category"] = .text(issue.category)
        object["priority"] = .text(issue.priority)
        object["firstRaised"] = .date(issue.firstRaised)
        object["lastRaised"] = .date(issue.lastRaised)
        object["raised"] = .array(
          issue.raisings.map { raising in
            .object([
              "on": .date(raising.on), "meeting": .text(raising.meeting),
              "source": .text(raising.source),
            ])
          })
        return .object(object)
      })
  }
}
