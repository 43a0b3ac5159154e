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
  /// The short form of each open action's id (`PanelContents.actionShortForms`).
  let shortIDs: [String: String]
  public let doneCount: Int
  public let warnings: [StatusWarning]
  /// Backlog issues raised at three or more panel meetings.
  public let repeatIssues: [Issue]
  /// The police.uk figures beside each priority that has a crime type.
  public internal(set) var crimeEvidence = CrimeEvidenceSet()

  /// A priority on the list for this many held meetings or more is long-running.
  public static let longRunningMeetings = 4
  /// An issue raised at this many meetings or more is a repeat issue.
  public static let repeatIssueMeetings = 3

  public init(_ snapshot: some PanelContents, asOf today: Day) {
    panel = snapshot.panel
    asOf = today
    let lastHeld = snapshot.lastPanelMeeting(onOrBefore: today)
    lastMeeting = lastHeld
    nextMeeting = snapshot.nextPanelMeeting(after: today)
    let agencies = Dictionary(
      snapshot.agencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let represented = snapshot.membersByAgency
    let rated = snapshot.actions.filter(\.isOpen).map { action in
      RatedAction(
        action: action, rating: ActionRating(action, today: today, lastHeld: lastHeld),
        leadName: agencies[action.lead]?.name ?? action.lead,
        isLeadRepresented: represented[action.lead] != nil)
    }
    shortIDs = snapshot.actionShortForms
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
    let counts = Dictionary(
      snapshot.issues.map { ($0.id, snapshot.panelMeetingCount($0)) },
      uniquingKeysWith: { first, _ in first })
    repeatIssues = snapshot.issues.filter {
      $0.status == .open && counts[$0.id, default: 0] >= StatusReport.repeatIssueMeetings
    }.sorted {
      (counts[$1.id, default: 0], $0.title) < (counts[$0.id, default: 0], $1.title)
    }
    warnings = StatusReport.warnings(
      snapshot, today: today, lastHeld: lastHeld, next: nextMeeting, priorities: priorities,
      actions: actions, repeatIssues: repeatIssues, counts: counts)
  }

  public var openCount: Int { actions.count }
  public var overdueCount: Int { actions.filter { $0.rating.reasons.contains(.overdue) }.count }
  public var blockedCount: Int { actions.filter { $0.action.status == .blocked }.count }
  public var staleCount: Int { actions.filter { $0.rating.reasons.contains(.stale) }.count }

  /// The set-up gaps, then what is wrong with the work: too few priorities while issues
  /// wait, priorities with no open action, leads with no member on the panel,
  /// long-running priorities and repeat issues.
  private static func warnings(
    _ snapshot: some PanelContents, today: Day, lastHeld: Meeting?, next: Meeting?,
    priorities: [PriorityLine], actions: [RatedAction], repeatIssues: [Issue],
    counts: [String: Int]
  ) -> [StatusWarning] {
    var warnings = StatusWarning.setUp(
      snapshot.panel, lastHeld: lastHeld, next: next,
      unrecorded: snapshot.unrecordedMeetings(before: today), today: today)
    let waiting = snapshot.issues.filter { $0.status == .open }.count
    if priorities.count < 3, waiting > 0 {
      warnings.append(.prioritiesMissing(set: priorities.count, waitingIssues: waiting))
    }
    for line in priorities where line.actions.isEmpty {
      warnings.append(
        .priorityWithoutAction(
          priority: line.priority.id, rank: line.priority.rank, title: line.priority.title))
    }
    let unrepresented = Dictionary(
      grouping: actions.filter { !$0.isLeadRepresented }, by: { $0.action.lead })
    for (agency, group) in unrepresented.sorted(by: { $0.key < $1.key }) {
      guard let first = group.first else { continue }
      warnings.append(
        .unrepresentedLead(agency: agency, name: first.leadName, actions: group.count))
    }
    for line in priorities where line.meetings >= longRunningMeetings {
      warnings.append(
        .longRunningPriority(
          priority: line.priority.id, title: line.priority.title, meetings: line.meetings))
    }
    for issue in repeatIssues {
      warnings.append(
        .repeatIssue(issue: issue.id, title: issue.title, meetings: counts[issue.id, default: 0]))
    }
    return warnings
  }
}
