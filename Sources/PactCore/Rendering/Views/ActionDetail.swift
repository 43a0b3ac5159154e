/// `pact action show A`: one action with its whole history.
public struct ActionDetail: Sendable {
  let snapshot: PanelRecords
  let action: Action

  public init(_ snapshot: PanelRecords, action: Action) {
    self.snapshot = snapshot
    self.action = action
  }

  private var leadName: String {
    snapshot.agencies.first { $0.id == action.lead }?.name ?? action.lead
  }

  private var isRepresented: Bool { snapshot.membersByAgency[action.lead] != nil }

  /// The action for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    var output = "\(action.id)  "
    output +=
      TextWrapper.wrap(action.title, width: width, indent: action.id.count + 2)
      .joined(separator: "\n").dropFirst(action.id.count + 2) + "\n"
    var rows: [(String, String)] = [
      ("Status", action.status.words),
      (
        "Lead agency", "\(leadName) (\(action.lead))" + (isRepresented ? "" : " — not on the panel")
      ),
    ]
    if let owner = action.owner { rows.append(("Owner", owner)) }
    if let due = action.due { rows.append(("Due", due.longText)) }
    if let id = action.priority {
      let priority = snapshot.priorities.first { $0.id == id }
      // The rank every output shows (`PriorityRanking`), not a stored one a merge blurred.
      let shown = snapshot.activePriorities.first { $0.id == id }
      let rank = shown?.rank.map { "\($0). " } ?? ""
      rows.append(("Priority", rank + (priority?.title ?? id)))
    } else if let text = action.priorityText {
      rows.append(("Priority", text))
    }
    let agreedAtMeeting = action.agreedAt != nil
    rows.append(
      ("Agreed", (agreedAtMeeting ? "at the meeting of " : "") + action.agreedOn.longText))
    if let outcome = action.outcome { rows.append(("Outcome", outcome)) }
    if let difference = action.difference { rows.append(("Difference", difference)) }
    if let completed = action.completedOn { rows.append(("Completed", completed.longText)) }
    output += LabelledRows.render(rows, width: width)
    output += "\nHistory\n"
    output += "  \(action.agreedOn.shortText)  Agreed\n"
    for update in action.updates {
      var parts: [String] = []
      if !update.corrected.isEmpty {
        parts.append(
          "Corrected: " + update.corrected.map { correction($0, update) }.joined(separator: "; ")
            + ".")
      }
      if let status = update.status { parts.append("Status: \(status.words).") }
      if let due = update.due { parts.append("Due date now \(due.mediumText).") }
      if let owner = update.owner { parts.append("Owner now \(owner).") }
      // The note recorded with `done` is the outcome, shown above; any other note is shown.
      if let note = update.note, update.status != .done || note != action.outcome {
        parts.append((update.isInternal ? "(internal) " : "") + note)
      }
      if let merged = update.unknownFields[RecordHistory.updateKey] { parts.append(words(merged)) }
      let lines = TextWrapper.wrap(
        parts.joined(separator: " "), width: width, indent: 12, breakingLongWords: true)
      for (index, line) in lines.enumerated() {
        output += (index == 0 ? "  \(update.on.shortText)  " + line.dropFirst(12) : line) + "\n"
      }
    }
    return output
  }

  /// A corrected field and what it held before: `title (was "…")`, `priority (was none)`.
  private func correction(_ field: ActionField, _ update: ActionUpdate) -> String {
    guard case .some(let before) = update.value(before: field) else { return field.words }
    guard let before else { return "\(field.words) (was none)" }
    switch field {
    case .title: return "\(field.words) (was \"\(before)\")"
    case .priority:
      let title = snapshot.priorities.first { $0.id == before }?.title
      return "\(field.words) (was \(title.map { "\"\($0)\"" } ?? before))"
    case .lead, .agreedAt, .due, .owner: return "\(field.words) (was \(before))"
    }
  }

  /// A value a merge of two copies did not keep (`RecordHistory`), in words.
  private func words(_ merged: JSONValue) -> String {
    let field = merged["field"]?.stringValue ?? "?"
    let value: String
    switch merged["value"] {
    case .string(let text)?: value = "“\(text)”"
    case nil, .null?: value = "nothing"
    case let other?: value = other.description
    }
    return "When two copies were merged, the other had \(field) \(value)."
  }

  /// The action as JSON: what the log gives for it, whether its lead agency is on the
  /// panel, and its history.
  public var json: JSONValue {
    let priorityTitle = action.priority.flatMap { id in
      snapshot.priorities.first { $0.id == id }?.title
    }
    var object = ActionLog.members(of: action, leadName: leadName, priorityTitle: priorityTitle)
    object["represented"] = .bool(isRepresented)
    object["updates"] = .array(
      action.updates.map { update in
        .object([
          "on": .date(update.on), "note": .text(update.note),
          "internal": .bool(update.isInternal), "status": .text(update.status?.rawValue),
          "due": .date(update.due), "owner": .text(update.owner),
          "corrected": .array(update.corrected.map { .string($0.rawValue) }),
        ])
      })
    return .object(object)
  }
}
