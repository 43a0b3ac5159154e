/// The integrity rules that follow references between records: every member, agency,
/// meeting, priority and issue a record names must exist.
struct ReferenceRules {
  let snapshot: CheckedRecords
  /// How a file inside the panel is named in findings.
  let path: (String) -> String
  private(set) var findings: [CheckFinding] = []

  private let memberIDs: Set<String>
  private let agencyIDs: Set<String>
  private let meetingIDs: Set<String>
  private let priorityIDs: Set<String>
  private let issueIDs: Set<String>

  init(_ snapshot: CheckedRecords, path: @escaping (String) -> String) {
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

  private mutating func add(_ file: String, _ field: String, _ problem: CheckProblem) {
    findings.append(CheckFinding(file: path(file), field: field, problem: problem))
  }

  private mutating func checkPanel() {
    for role in PanelRole.allCases {
      guard let id = snapshot.panel.roles[role], !memberIDs.contains(id) else { continue }
      add(
        "panel.json", "roles.\(role.jsonKey)",
        .unknownMember(id, suggestions: memberSuggestions(id), namedIn: .role(role)))
    }
  }

  private mutating func checkMeetings() {
    for meeting in snapshot.meetingsByDate {
      let file = snapshot.file(of: meeting)
      let lists: [(String, [String], CheckProblem.MemberReference)] = [
        ("present", meeting.present, .present(meeting: meeting.id)),
        ("apologies", meeting.apologies, .apologies(meeting: meeting.id)),
      ]
      for (field, ids, reference) in lists {
        for (index, id) in ids.enumerated() where !memberIDs.contains(id) {
          add(
            file, "\(field)[\(index)]",
            .unknownMember(id, suggestions: memberSuggestions(id), namedIn: reference))
        }
      }
      let present = Set(meeting.present)
      for (index, id) in meeting.apologies.enumerated() where present.contains(id) {
        add(
          file, "apologies[\(index)]",
          .presentAndApologies(
            meeting: meeting.id, member: id, name: snapshot.members.first { $0.id == id }?.name))
      }
    }
  }

  private mutating func checkMembers() {
    for member in snapshot.members {
      guard let agency = member.agency, !agencyIDs.contains(agency) else { continue }
      add(
        snapshot.file(of: member), "agency",
        .unknownAgency(agency, suggestions: agencySuggestions(agency), namedBy: .member))
    }
  }

  private mutating func checkIssues() {
    for issue in snapshot.issues {
      let file = snapshot.file(of: issue)
      if let id = issue.priority {
        if !priorityIDs.contains(id) {
          add(file, "priority", .unknownPriority(id))
        } else if let priority = snapshot.priorities.first(where: { $0.id == id }),
          let origin = priority.fromIssue, origin != issue.id
        {
          add(
            file, "priority",
            .priorityMismatch(
              priority: id, title: priority.title, file: path(snapshot.file(of: priority)),
              fromIssue: origin))
        }
      }
      for (index, raising) in issue.raisings.enumerated() {
        guard let id = raising.meeting, !meetingIDs.contains(id) else { continue }
        add(
          file, "raised[\(index)].meeting",
          .unknownMeeting(id, suggestions: meetingSuggestions(id)))
      }
    }
  }

  private mutating func checkPriorities() {
    for priority in snapshot.priorities {
      let file = snapshot.file(of: priority)
      if let id = priority.setAt, !meetingIDs.contains(id) {
        add(file, "setAt", .unknownMeeting(id, suggestions: meetingSuggestions(id)))
      }
      if let id = priority.fromIssue, !issueIDs.contains(id) {
        add(file, "fromIssue", .unknownIssue(id))
      }
    }
  }

  private mutating func checkActions() {
    // Years of actions are judged here: the file is named only for one that has a problem,
    // and an action is copied whole only then.
    let actions = snapshot.actions
    for index in actions.indices {
      let unknownLead = !agencyIDs.contains(actions[index].lead)
      let unknownPriority = actions[index].priority.map { !priorityIDs.contains($0) } ?? false
      let unknownMeeting = actions[index].agreedAt.map { !meetingIDs.contains($0) } ?? false
      guard unknownLead || unknownPriority || unknownMeeting else { continue }
      let action = actions[index]
      if unknownLead {
        add(
          snapshot.file(of: action), "lead",
          .unknownAgency(
            action.lead, suggestions: agencySuggestions(action.lead), namedBy: .action))
      }
      if unknownPriority, let id = action.priority {
        add(snapshot.file(of: action), "priority", .unknownPriority(id))
      }
      if unknownMeeting, let id = action.agreedAt {
        add(
          snapshot.file(of: action), "agreedAt",
          .unknownMeeting(id, suggestions: meetingSuggestions(id)))
      }
    }
  }

  // MARK: Naming what was meant

  private func memberSuggestions(_ id: String) -> [CheckProblem.Suggestion] {
    Self.suggestions(
      id, among: snapshot.members.map(\.id),
      name: { found in snapshot.members.first { $0.id == found }?.name })
  }

  private func agencySuggestions(_ id: String) -> [CheckProblem.Suggestion] {
    Self.suggestions(id, among: snapshot.agencies.map(\.id), name: { _ in nil })
  }

  private func meetingSuggestions(_ id: String) -> [CheckProblem.Suggestion] {
    Self.suggestions(id, among: snapshot.meetings.map(\.id), name: { _ in nil })
  }

  /// The `candidates` close enough to `value` to be what was meant, closest first.
  static func suggestions(
    _ value: String, among candidates: [String], name: (String) -> String?
  ) -> [CheckProblem.Suggestion] {
    // Edit distance costs the product of the lengths: long text from a file is no typo.
    guard value.count <= 64,
      let best = Suggestion.closest(to: value, in: candidates.sorted())
    else { return [] }
    return [CheckProblem.Suggestion(id: best, name: name(best))]
  }
}
