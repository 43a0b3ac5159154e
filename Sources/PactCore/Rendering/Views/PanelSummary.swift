/// `pact panel show`: the panel's settings, roles and CSP endorsement checklist.
public struct PanelSummary: Sendable {
  let snapshot: PanelRecords

  public init(_ snapshot: PanelRecords) {
    self.snapshot = snapshot
  }

  private var panel: Panel { snapshot.panel }

  private func memberName(_ id: String?) -> String? {
    guard let id else { return nil }
    return snapshot.members.first { $0.id == id }?.name ?? "(no member \(id))"
  }

  /// The summary for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    var rows: [(String, String)] = [
      ("Area", panel.areas.isEmpty ? "not set" : panel.areas.joined(separator: ", ")),
      ("Partnership", panel.partnership ?? "not set"),
      ("Police force", panel.policeForce ?? "not set"),
      ("Status", statusText),
    ]
    for role in PanelRole.allCases {
      rows.append((role.title, memberName(panel.roles[role]) ?? "vacant"))
    }
    rows += [
      ("Venue", panel.venue ?? "not set"),
      (
        "Meets",
        "every \(panel.effectiveCadenceWeeks) weeks"
          + (panel.cadenceWeeks == nil ? " (the default)" : "")
      ),
      ("Contact", panel.contact ?? "not set"),
      ("Members", "\(snapshot.currentMembers.count)"),
      ("Agencies", "\(snapshot.agencies.count)"),
    ]
    var output = panel.name + "\n" + LabelledRows.render(rows, width: width)
    output +=
      "\nCSP endorsement criteria" + (nextStep(.setCriterion).map { " (\($0))" } ?? "") + "\n"
    for criterion in Criterion.allCases {
      let state = panel.criteria[criterion]
      let mark = state?.met == true ? "[x]" : "[ ]"
      let label = criterion.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
      let indent = 2 + 4 + 12
      let summary = TextWrapper.wrap(criterion.summary, width: max(20, width - indent))
      for (index, line) in summary.enumerated() {
        output +=
          (index == 0 ? "  \(mark) \(label)" : String(repeating: " ", count: indent)) + line + "\n"
      }
      if let note = state?.note {
        for line in TextWrapper.wrap("Note: " + note, width: max(20, width - indent)) {
          output += String(repeating: " ", count: indent) + line + "\n"
        }
      }
    }
    return output
  }

  private var statusText: String {
    guard let endorsed = panel.endorsedOn else { return panel.status.rawValue }
    return "\(panel.status.rawValue) (endorsed by the CSP on \(endorsed.mediumText))"
  }

  /// The summary as JSON: the panel's settings with role holders named.
  public var json: JSONValue {
    var object: [String: JSONValue] = [
      "name": .string(panel.name),
      "areas": .array(panel.areas.map(JSONValue.string)),
      "status": .string(panel.status.rawValue),
      "cadenceWeeks": JSONValue(panel.effectiveCadenceWeeks),
      "members": JSONValue(snapshot.currentMembers.count),
      "agencies": JSONValue(snapshot.agencies.count),
      "schema": JSONValue(panel.schema),
    ]
    object["partnership"] = panel.partnership.map(JSONValue.string) ?? .null
    object["policeForce"] = panel.policeForce.map(JSONValue.string) ?? .null
    object["endorsedOn"] = panel.endorsedOn.map { .string($0.description) } ?? .null
    object["venue"] = panel.venue.map(JSONValue.string) ?? .null
    object["contact"] = panel.contact.map(JSONValue.string) ?? .null
    var roles: [String: JSONValue] = [:]
    for role in PanelRole.allCases {
      if let id = panel.roles[role] {
        roles[role.jsonKey] = .object(["id": .string(id), "name": .string(memberName(id) ?? id)])
      } else {
        roles[role.jsonKey] = .null
      }
    }
    object["roles"] = .object(roles)
    object["criteria"] = .array(
      Criterion.allCases.map { criterion in
        let state = panel.criteria[criterion]
        return .object([
          "id": .string(criterion.rawValue),
          "summary": .string(criterion.summary),
          "met": .bool(state?.met ?? false),
          "note": state?.note.map(JSONValue.string) ?? .null,
        ])
      })
    return .object(object)
  }
}
