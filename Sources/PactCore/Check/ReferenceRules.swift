/// The integrity rules that follow references between records: every member, agency,
/// meeting, priority and issue a record names must exist.
struct ReferenceRules {
  let snapshot: PanelSnapshot
  /// How a file inside the panel is named in findings.
  let path: (String) -> String
  private(set) var findings: [CheckFinding] = []

  private let memberIDs: Set<String>
  private let agencyIDs: Set<String>
  private let meetingIDs: Set<String>
  private let priorityIDs: Set<String>
  private let issueIDs: Set<String>

  init(_ snapshot: PanelSnapshot, path: @escaping (String) -> String) {
    self.snapshot = snapshot
    self.path = path
    memberIDs = Set(snapshot.members.map(\.id))
    agencyIDs = Set(snapshot.agencies.map(\.id))
    meetingIDs = Set(snapshot.meetings.map(\.id))
    priorityIDs = Set(snapshot.priorities.map(\.id))
    issueIDs = Set(snapshot.issues.map(\.id))
    checkPanel()
    checkMeetings()
    checkMembers()
    checkIssues()
    checkPriorities()
    checkActions()
  }

  private mutating func add(
    _ file: String, _ field: String, _ code: CheckCode, _ message: String, fix: String
  ) {
    findings.append(
      CheckFinding(file: path(file), field: field, code: code.rawValue, message: message, fix: fix))
  }

  private mutating func checkPanel() {
    for role in PanelRole.allCases {
      guard let id = snapshot.panel.roles[role], !memberIDs.contains(id) else { continue }
      add(
        "panel.json", "roles.\(role.jsonKey)", .unknownMember,
        "no member \(Self.quoted(id))\(memberSuggestion(id))",
        fix: "name one with pact panel set --\(role.rawValue) NAME")
    }
  }

  private mutating func checkMeetings() {
    for meeting in snapshot.meetingsByDate {
      let file = snapshot.file(of: meeting)
      for (field, ids) in [("present", meeting.present), ("apologies", meeting.apologies)] {
        for (index, id) in ids.enumerated() where !memberIDs.contains(id) {
          add(
            file, "\(field)[\(index)]", .unknownMember,
            "no member \(Self.quoted(id))\(memberSuggestion(id))",
            fix: "list those who came again with pact meeting update \(meeting.id) --\(field) "
              + "NAME..., or edit the file")
        }
      }
      let present = Set(meeting.present)
      for (index, id) in meeting.apologies.enumerated() where present.contains(id) {
        add(
          file, "apologies[\(index)]", .presentAndApologies,
          "\(describe(member: id)) is recorded both present and sending apologies",
          fix: "remove them from one of the two lists, with pact meeting update "
            + "\(meeting.id) or by editing the file")
      }
    }
  }

  private mutating func checkMembers() {
    for member in snapshot.members {
      guard let agency = member.agency, !agencyIDs.contains(agency) else { continue }
      add(
        snapshot.file(of: member), "agency", .unknownAgency,
        "no agency \(Self.quoted(agency))\(agencySuggestion(agency))",
        fix: "add it with pact agency add NAME --id ID, or edit the file to name one that "
          + "pact agency list shows")
    }
  }

  private mutating func checkIssues() {
    for issue in snapshot.issues {
      let file = snapshot.file(of: issue)
      if let id = issue.priority {
        if !priorityIDs.contains(id) {
          add(
            file, "priority", .unknownPriority, "no priority \(Self.quoted(id))",
            fix: "edit the file to name a priority that pact priority list --all shows, or "
              + "remove the field")
        } else if let priority = snapshot.priorities.first(where: { $0.id == id }),
          let origin = priority.fromIssue, origin != issue.id
        {
          add(
            file, "priority", .priorityMismatch,
            "priority \(id) (\(Self.quoted(priority.title, limit: 60))) was promoted from issue "
              + "\(Self.quoted(origin)), not from this one",
            fix: "remove \"priority\" from this file (and set its status back to \"open\"), or "
              + "correct \"fromIssue\" in \(path(snapshot.file(of: priority)))")
        }
      }
      for (index, raising) in issue.raisings.enumerated() {
        guard let id = raising.meeting, !meetingIDs.contains(id) else { continue }
        add(
          file, "raised[\(index)].meeting", .unknownMeeting,
          "no meeting \(Self.quoted(id))\(meetingSuggestion(id))",
          fix: "edit the file to name a meeting that pact meeting list shows, or remove the field")
      }
    }
  }

  private mutating func checkPriorities() {
    for priority in snapshot.priorities {
      let file = snapshot.file(of: priority)
      if let id = priority.setAt, !meetingIDs.contains(id) {
        add(
          file, "setAt", .unknownMeeting, "no meeting \(Self.quoted(id))\(meetingSuggestion(id))",
          fix: "edit the file to name a meeting that pact meeting list shows, or remove the field")
      }
      if let id = priority.fromIssue, !issueIDs.contains(id) {
        add(
          file, "fromIssue", .unknownIssue, "no issue \(Self.quoted(id))",
          fix: "edit the file to name an issue that pact issue list --all shows, or remove "
            + "the field")
      }
    }
  }

  private mutating func checkActions() {
    for action in snapshot.actions {
      let file = snapshot.file(of: action)
      if !agencyIDs.contains(action.lead) {
        add(
          file, "lead", .unknownAgency,
          "no agency \(Self.quoted(action.lead))\(agencySuggestion(action.lead))",
          fix: "edit the file to name an agency that pact agency list shows, or add it with "
            + "pact agency add NAME --id \(Agency.isValidID(action.lead) ? action.lead : "ID")")
      }
      if let id = action.priority, !priorityIDs.contains(id) {
        add(
          file, "priority", .unknownPriority, "no priority \(Self.quoted(id))",
          fix: "edit the file to name a priority that pact priority list --all shows, or "
            + "remove the field")
      }
      if let id = action.agreedAt, !meetingIDs.contains(id) {
        add(
          file, "agreedAt", .unknownMeeting,
          "no meeting \(Self.quoted(id))\(meetingSuggestion(id))",
          fix: "edit the file to name a meeting that pact meeting list shows, or remove the field")
      }
    }
  }

  // MARK: Naming what was meant

  private func describe(member id: String) -> String {
    snapshot.members.first { $0.id == id }.map { "\($0.name) (\($0.id))" } ?? Self.quoted(id)
  }

  private func memberSuggestion(_ id: String) -> String {
    Self.suggestion(
      id, among: snapshot.members.map(\.id),
      label: { found in snapshot.members.first { $0.id == found }?.name })
  }

  private func agencySuggestion(_ id: String) -> String {
    Self.suggestion(id, among: snapshot.agencies.map(\.id), label: { _ in nil })
  }

  private func meetingSuggestion(_ id: String) -> String {
    Self.suggestion(id, among: snapshot.meetings.map(\.id), label: { _ in nil })
  }

  /// ` (did you mean "highways"?)` for the closest of `candidates`, or nothing.
  static func suggestion(
    _ value: String, among candidates: [String], label: (String) -> String?
  ) -> String {
    // Edit distance costs the product of the lengths: long text from a file is no typo.
    guard value.count <= 64 else { return "" }
    guard let best = Suggestion.closest(to: value, in: candidates.sorted()) else { return "" }
    return " (did you mean \(quoted(best))\(label(best).map { ", \($0)" } ?? "")?)"
  }

  /// A value from a file in double quotes, cut short when long, with control characters
  /// escaped.
  static func quoted(_ value: String, limit: Int = 40) -> String {
    JSONWriter.quoted(value.count > limit ? String(value.prefix(limit)) + "…" : value)
  }
}
