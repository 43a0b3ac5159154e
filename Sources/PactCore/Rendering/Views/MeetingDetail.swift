/// `pact meeting show DATE`: everything recorded about one meeting.
public struct MeetingDetail: Sendable {
  let snapshot: PanelRecords
  let meeting: Meeting

  public init(_ snapshot: PanelRecords, meeting: Meeting) {
    self.snapshot = snapshot
    self.meeting = meeting
  }

  private func names(_ ids: [String]) -> [String] {
    ids.map { id in snapshot.members.first { $0.id == id }?.name ?? id }
  }

  private func describe(_ ids: [String]) -> [String] {
    ids.map { id in
      guard let member = snapshot.members.first(where: { $0.id == id }) else { return id }
      guard let agency = member.agency else { return member.name }
      return "\(member.name) (\(snapshot.agencies.first { $0.id == agency }?.name ?? agency))"
    }
  }

  /// What the meeting raised and agreed.
  private var issuesRaised: [Issue] {
    snapshot.issues.filter { $0.raisings.contains { $0.meeting == meeting.id } }
      .sorted { $0.title < $1.title }
  }

  private var prioritiesSet: [Priority] {
    snapshot.priorities.filter { $0.setAt == meeting.id }.sorted { ($0.rank ?? 9) < ($1.rank ?? 9) }
  }

  private var actionsAgreed: [Action] {
    snapshot.actions.filter { $0.agreedAt == meeting.id }.sorted { $0.id < $1.id }
  }

  /// The meeting for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    var output = "\(meeting.date.longText)"
    if let time = meeting.time { output += ", \(time)" }
    output += " — \(meeting.kind.title) (\(meeting.status.rawValue))\n"
    var rows: [(String, String)] = []
    if let venue = meeting.venue { rows.append(("Venue", venue)) }
    if let platform = meeting.platform { rows.append(("Online", platform)) }
    if let link = meeting.link { rows.append(("Link", link)) }
    if meeting.status == .held || !meeting.present.isEmpty {
      rows.append(("Present", describe(meeting.present).joined(separator: ", ")))
    }
    if !meeting.apologies.isEmpty {
      rows.append(("Apologies", names(meeting.apologies).joined(separator: ", ")))
    }
    if let count = meeting.publicAttendance { rows.append(("Public", "\(count)")) }
    if let count = meeting.onlineViews { rows.append(("Online views", "\(count)")) }
    if let count = meeting.questions { rows.append(("Questions", "\(count)")) }
    if let notes = meeting.notes { rows.append(("Notes", notes)) }
    output += LabelledRows.render(rows, width: width)
    let short = snapshot.actionShortForms
    func section(_ title: String, _ lines: [String]) {
      guard !lines.isEmpty else { return }
      output += "\n\(title)\n"
      for line in lines {
        output +=
          TextWrapper.wrap(line, width: width, indent: 4, firstLineIndent: 2).joined(
            separator: "\n") + "\n"
      }
    }
    section("Issues raised", issuesRaised.map { "- \($0.title)" })
    section("Priorities set", prioritiesSet.map { "- \($0.title)" })
    section(
      "Priorities closed",
      snapshot.priorities.filter { $0.closedOn == meeting.date }.map {
        "- \($0.title) (\($0.status == .achieved ? "achieved" : "not achieved"))"
      })
    section(
      "Actions agreed",
      actionsAgreed.map { action in
        var line = "\(short[action.id] ?? action.id)  \(action.title) — lead: \(action.lead)"
        if let owner = action.owner { line += ", owner: \(owner)" }
        if let due = action.due { line += ", due \(due.mediumText)" }
        return line
      })
    return output
  }

  /// The meeting as JSON.
  public var json: JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(meeting.id),
      "date": .date(meeting.date),
      "kind": .string(meeting.kind.rawValue),
      "status": .string(meeting.status.rawValue),
      "present": .array(names(meeting.present).map(JSONValue.string)),
      "apologies": .array(names(meeting.apologies).map(JSONValue.string)),
    ]
    object["time"] = .text(meeting.time)
    object["venue"] = .text(meeting.venue)
    object["platform"] = .text(meeting.platform)
    object["link"] = .text(meeting.link)
    object["publicAttendance"] = .integer(meeting.publicAttendance)
    object["onlineViews"] = .integer(meeting.onlineViews)
    object["questions"] = .integer(meeting.questions)
    object["notes"] = .text(meeting.notes)
    return .object(object)
  }
}
