/// A panel as it stood on each of a series of days, worked out in one pass over its
/// history, for the documents of every meeting a website shows.
///
/// Each snapshot is `PanelRecords.asOf(day)` (`AsOf`, the one definition) without the
/// records no document of that day can show: the actions done or dropped, and the issues
/// last raised, before the request's `since` — the earliest day whose changes the
/// documents list (the meeting before, for a newsletter's "What has changed"; the meeting's
/// own day, for its minutes). Such an action is the same on every later day, and shows in
/// no list of open work nor of work done since `since`. So each snapshot costs in
/// proportion to the open and recent work, not the years of history, and the documents made
/// from it are those made from the whole panel (`PanelTimelineTests` holds them to that).
struct PanelTimeline {
  /// A day to see the panel as of, and the earliest day whose changes are shown.
  struct Request: Sendable, Equatable {
    var day: Day
    var since: Day
  }

  private let records: PanelRecords
  private let requests: [Request]
  /// For each request, the earliest `since` of it and every request after it: what may be
  /// left out then.
  private let thresholds: [Day]
  /// The action indexes by the day each was agreed.
  private let byAgreed: [Int]
  /// For each action, the day after which it never changes again, when it is done or
  /// dropped; nil for an action still open.
  private let settled: [Day?]
  /// For each issue, the latest day it was raised (or the latest meeting it was raised at).
  private let lastRaised: [Day]
  /// The day each member was first named at a meeting (`AsOf.firstNamed`).
  private let firstNamed: [String: Day]
  private var taken = 0
  private var entered = 0
  private var latestDay = Day.first
  private var live: [Int] = []
  /// The panel, members, meetings and priorities as of the last request's day, which the
  /// next request of the same day shares.
  private var shared: (day: Day, records: PanelRecords)?

  /// The snapshots of `records` for `requests`, taken in their order with `next()`.
  init(_ records: PanelRecords, requests: [Request]) {
    self.records = records
    self.requests = requests
    var thresholds = requests.map(\.since)
    for index in thresholds.indices.reversed().dropFirst() {
      thresholds[index] = min(thresholds[index], thresholds[index + 1])
    }
    self.thresholds = thresholds
    byAgreed = records.actions.indices.sorted {
      (records.actions[$0].agreedOn, $0) < (records.actions[$1].agreedOn, $1)
    }
    settled = records.actions.map { action in
      guard !action.isOpen else { return nil }
      return ([action.agreedOn] + [action.completedOn].compactMap { $0 } + action.updates.map(\.on))
        .max()
    }
    firstNamed = AsOf.firstNamed(records.meetings)
    let meetingDays = Dictionary(
      records.meetings.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
    lastRaised = records.issues.map { issue in
      issue.raisings.map { raising in
        max(raising.on, raising.meeting.flatMap { meetingDays[$0] } ?? raising.on)
      }.max() ?? Day.last
    }
  }

  /// The snapshot for the next request, or nil after the last.
  mutating func next() -> PanelRecords? {
    guard taken < requests.count else { return nil }
    let request = requests[taken]
    let threshold = thresholds[taken]
    taken += 1
    latestDay = max(latestDay, request.day)
    while entered < byAgreed.count, records.actions[byAgreed[entered]].agreedOn <= latestDay {
      live.append(byAgreed[entered])
      entered += 1
    }
    live.removeAll { settled[$0].map { $0 < threshold } ?? false }
    let rule = AsOf(request.day)
    var snapshot: PanelRecords
    if let shared, shared.day == request.day {
      snapshot = shared.records
    } else {
      snapshot = PanelRecords(
        panel: rule.panel(records.panel),
        members: rule.members(records.members, firstNamed: firstNamed),
        agencies: records.agencies, meetings: records.meetings.compactMap(rule.meeting),
        issues: [], priorities: rule.priorities(records.priorities), actions: [],
        closedActions: records.closedActions)
      shared = (request.day, snapshot)
    }
    let issues = records.issues.indices.filter { lastRaised[$0] >= threshold }
      .map { records.issues[$0] }
    snapshot.issues = rule.issues(issues, priorities: records.priorities)
    snapshot.actions = live.sorted().compactMap { rule.action(records.actions[$0]) }
    return snapshot
  }
}
