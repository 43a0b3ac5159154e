extension StatusReport {
  private static func meetingJSON(_ meeting: Meeting?) -> JSONValue {
    guard let meeting else { return .null }
    return .object([
      "id": .string(meeting.id), "date": .date(meeting.date), "time": .text(meeting.time),
      "kind": .string(meeting.kind.rawValue), "venue": .text(meeting.venue ?? meeting.platform),
    ])
  }

  private static func actionJSON(_ rated: RatedAction) -> JSONValue {
    let action = rated.action
    var object: [String: JSONValue] = [
      "id": .string(action.id), "title": .string(action.title),
      "priority": .text(action.priority), "lead": .string(action.lead),
      "leadName": .string(rated.leadName), "leadRepresented": .bool(rated.isLeadRepresented),
      "owner": .text(action.owner), "due": .date(action.due),
      "status": .string(action.status.rawValue),
    ]
    object["rag"] = .string(rated.rating.rag.rawValue)
    object["reasons"] = .array(rated.rating.reasons.map { .string($0.rawValue) })
    object["lastUpdated"] = .date(action.lastUpdated)
    object["latestNote"] = .text(action.latestNote?.note)
    return .object(object)
  }

  /// The briefing as JSON, in the shape SPEC.md documents, with the warnings' facts alone.
  public var json: JSONValue { json(advice: .none) }

  /// The briefing as JSON, in the shape SPEC.md documents.
  ///
  /// - Parameter advice: What the front end adds to each warning's `message`.
  public func json(advice: StatusAdvice) -> JSONValue {
    var object: [String: JSONValue] = [
      "panel": .object(["name": .string(panel.name), "status": .string(panel.status.rawValue)]),
      "asOf": .date(asOf),
      "lastMeeting": StatusReport.meetingJSON(lastMeeting),
      "nextMeeting": StatusReport.meetingJSON(nextMeeting),
    ]
    object["priorities"] = .array(
      priorities.map { line in
        .object([
          "id": .string(line.priority.id), "rank": .integer(line.priority.rank),
          "title": .string(line.priority.title), "meetings": JSONValue(line.meetings),
          "actions": .array(line.actions.map { .string($0.action.id) }),
          "crime": crimeEvidence.json(for: line.priority.id),
        ])
      })
    object["actions"] = .array(actions.map(StatusReport.actionJSON))
    object["counts"] = .object([
      "open": JSONValue(openCount), "overdue": JSONValue(overdueCount),
      "blocked": JSONValue(blockedCount), "stale": JSONValue(staleCount),
      "done": JSONValue(doneCount),
    ])
    object["warnings"] = .array(
      warnings.map { warning in
        .object([
          "code": .string(warning.code.rawValue),
          "message": .string(warning.message(advice: advice.warning(warning))),
        ])
      })
    return .object(object)
  }
}
