/// The chair's briefing before a meeting: the top three with their actions rated, what is
/// overdue, blocked or stale, and what is missing from the panel's set-up.
public struct StatusReport: Sendable {
  /// An open action with its rating.
  public struct RatedAction: Sendable {
    public var action: Action
    public var rating: ActionRating
    public var leadName: String
    public var isLeadRepresented: Bool
  }

  /// An active priority with its open actions.
  public struct PriorityLine: Sendable {
    public var priority: Priority
    public var meetings: Int
    public var actions: [RatedAction]
  }

  public let panel: Panel
  public let asOf: Day
  public let lastMeeting: Meeting?
  public let nextMeeting: Meeting?
  public let priorities: [PriorityLine]
  /// Every open action, worst rating first.
  public let actions: [RatedAction]
  public let doneCount: Int
  public let warnings: [StatusWarning]
  /// Backlog issues raised at three or more meetings.
  public let repeatIssues: [Issue]

  /// A priority on the list for this many held meetings or more is long-running.
  public static let longRunningMeetings = 4
  /// An issue raised at this many meetings or more is a repeat issue.
  public static let repeatIssueMeetings = 3

  public init(_ snapshot: PanelSnapshot, asOf today: Day) {
    panel = snapshot.panel
    asOf = today
    let lastHeld = snapshot.lastHeldMeeting(onOrBefore: today)
    lastMeeting = lastHeld
    nextMeeting = snapshot.nextMeeting(after: today)
    let agencies = Dictionary(
      snapshot.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let represented = snapshot.membersByAgency
    let rated = snapshot.actions.filter(\.isOpen).map { action in
      RatedAction(
        action: action, rating: ActionRating(action, today: today, lastHeld: lastHeld),
        leadName: agencies[action.lead]?.name ?? action.lead,
        isLeadRepresented: represented[action.lead] != nil)
    }
    actions = rated.sorted {
      ($0.rating.rag, $0.action.due ?? Day.last, $0.action.id)
        < ($1.rating.rag, $1.action.due ?? Day.last, $1.action.id)
    }
    priorities = snapshot.activePriorities.map { priority in
      PriorityLine(
        priority: priority, meetings: snapshot.meetingsOnList(priority, today: today),
        actions: rated.filter { $0.action.priority == priority.id }
          .sorted {
            ($0.action.due ?? Day.last, $0.action.id) < ($1.action.due ?? Day.last, $1.action.id)
          })
    }
    doneCount = snapshot.actionCount(.done)
    repeatIssues = snapshot.issues.filter {
      $0.status == .open && $0.meetingCount >= StatusReport.repeatIssueMeetings
    }.sorted { ($1.meetingCount, $0.title) < ($0.meetingCount, $1.title) }
    warnings = StatusReport.warnings(
      snapshot, today: today, lastHeld: lastHeld, next: nextMeeting, priorities: priorities,
      actions: actions, repeatIssues: repeatIssues)
  }

  public var openCount: Int { actions.count }
  public var overdueCount: Int { actions.filter { $0.rating.reasons.contains(.overdue) }.count }
  public var blockedCount: Int { actions.filter { $0.action.status == .blocked }.count }
  public var staleCount: Int { actions.filter { $0.rating.reasons.contains(.stale) }.count }

  private static func warnings(
    _ snapshot: PanelSnapshot, today: Day, lastHeld: Meeting?, next: Meeting?,
    priorities: [PriorityLine], actions: [RatedAction], repeatIssues: [Issue]
  ) -> [StatusWarning] {
    let panel = snapshot.panel
    var warnings: [StatusWarning] = []
    if panel.roles[.chair] == nil {
      warnings.append(.init(.noChair, "The panel has no chair: pact panel set --chair NAME."))
    }
    if panel.roles[.secretary] == nil {
      warnings.append(
        .init(.noSecretary, "The panel has no secretary: pact panel set --secretary NAME."))
    }
    if panel.status == .proposed {
      warnings.append(
        .init(
          .notEndorsed,
          "The CSP has not endorsed the panel yet: "
            + "pact panel set --status endorsed --endorsed-on DATE."))
    }
    for criterion in Criterion.allCases where panel.criteria[criterion]?.met == false {
      warnings.append(
        .init(
          .criterionUnmet,
          "Not yet met: \(criterion.summary.prefix(1).lowercased() + criterion.summary.dropFirst())"
            + (panel.criteria[criterion]?.note.map { " (\($0))" } ?? "") + "."))
    }
    let cadence = panel.effectiveCadenceWeeks
    if let lastHeld {
      let weeks = Cadence.weeksSince(lastHeld, on: today)
      if Cadence.isMeetingOverdue(panel, lastHeld: lastHeld, on: today) {
        warnings.append(
          .init(
            .meetingOverdue,
            "No meeting for \(weeks) weeks (since \(lastHeld.date.mediumText)); the panel "
              + "meets every \(cadence) weeks."))
      }
    } else if Cadence.isMeetingOverdue(panel, lastHeld: nil, on: today) {
      warnings.append(.init(.meetingOverdue, "The panel has not held a meeting yet."))
    }
    if next == nil {
      warnings.append(
        .init(
          .noNextMeeting,
          "No next meeting is scheduled: pact meeting add DATE --scheduled."))
    }
    let waiting = snapshot.issues.filter { $0.status == .open }.count
    if priorities.count < 3, waiting > 0 {
      warnings.append(
        .init(
          .prioritiesMissing,
          "Only \(priorities.count) of the top three \(priorities.count == 1 ? "is" : "are") set "
            + "while \(waiting) "
            + "issue\(waiting == 1 ? "" : "s") wait\(waiting == 1 ? "s" : "") in the backlog."))
    }
    for line in priorities where line.actions.isEmpty {
      warnings.append(
        .init(
          .priorityWithoutAction,
          "Priority \(line.priority.rank.map(String.init) ?? "-") \"\(line.priority.title)\" "
            + "has no open action."))
    }
    let unrepresented = Dictionary(
      grouping: actions.filter { !$0.isLeadRepresented }, by: { $0.action.lead })
    for (_, group) in unrepresented.sorted(by: { $0.key < $1.key }) {
      guard let first = group.first else { continue }
      warnings.append(
        .init(
          .unrepresentedLead,
          "\(first.leadName) leads \(group.count) open action\(group.count == 1 ? "" : "s") "
            + "but has no member on the panel: the chair should discuss "
            + "\(group.count == 1 ? "it" : "them") with the agency."))
    }
    for line in priorities where line.meetings >= longRunningMeetings {
      warnings.append(
        .init(
          .longRunningPriority,
          "\"\(line.priority.title)\" has been a priority for \(line.meetings) meetings."))
    }
    for issue in repeatIssues {
      warnings.append(
        .init(
          .repeatIssue,
          "\"\(issue.title)\" has been raised at \(issue.meetingCount) meetings and is still "
            + "in the backlog."))
    }
    return warnings
  }
}
