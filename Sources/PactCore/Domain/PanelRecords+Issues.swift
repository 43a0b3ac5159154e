/// How an issue came to the panel.
public enum IssueSource: String, CaseIterable, Sendable {
  case meeting
  case walkabout
  case workshop
  case surgery
  case online
  case email
  case phone
  case letter
  case other
}

/// What `raiseIssue` did.
public enum IssueRaising: Sendable, Equatable {
  /// A new issue joined the backlog.
  case added(Issue)
  /// The issue had been raised before; this raising was counted against it. It has now
  /// been raised at `panelMeetings` panel meetings.
  case raisedAgain(Issue, panelMeetings: Int)
  /// The issue was already recorded as raised on that day, so nothing changed.
  case alreadyRecorded(Issue)

  public var issue: Issue {
    switch self {
    case .added(let issue), .raisedAgain(let issue, _), .alreadyRecorded(let issue): issue
    }
  }
}

extension PanelRecords {
  /// Records a concern raised on `day`. One raised before (the same title, ignoring case,
  /// spacing and punctuation) is counted against the existing issue, and reopened if it
  /// had been closed; raising it twice on the same day counts once.
  @discardableResult
  public mutating func raiseIssue<G: RandomNumberGenerator>(
    _ title: String, category: String?, on day: Day, source: IssueSource?,
    using generator: inout G
  ) throws -> IssueRaising {
    let title = try Validate.line(title, field: .title)
    let category = try category.flatMap { try Self.categories([$0]).first }
    let meeting = meetingsByDate.last { $0.date == day && $0.status != .cancelled }
    let raising = Raising(
      on: day, meeting: meeting?.id,
      source: (source ?? meeting.map { IssueSource(kind: $0.kind) } ?? .other).rawValue)
    let key = NameFolding.wordsKey(title)
    if let index = issues.firstIndex(where: { NameFolding.wordsKey($0.title) == key }) {
      var issue = issues[index]
      if issue.raisings.contains(where: { $0.on == day && $0.meeting == raising.meeting }) {
        return .alreadyRecorded(issue)
      }
      issue.raisings.append(raising)
      issue.raisings.sort { $0.on < $1.on }
      if issue.status == .closed {
        issue.status = .open
        issue.closedOn = nil
      }
      if issue.category == nil { issue.category = category }
      issues[index] = issue
      return .raisedAgain(issue, panelMeetings: panelMeetingCount(issue))
    }
    let id = RecordID.generate(.issue, existing: Set(issues.map(\.id)), using: &generator)
    let issue = Issue(
      id: id, title: title, category: category,
      raisings: [raising])
    issues.append(issue)
    return .added(issue)
  }

  /// Closes a backlog issue that will not be taken forward, on `day`.
  @discardableResult
  public mutating func closeIssue(_ query: String, on day: Day) throws -> Issue {
    var issue = try self.issue(query)
    issue.status = .closed
    issue.closedOn = day
    let id = issue.id
    issues = issues.map { $0.id == id ? issue : $0 }
    return issue
  }
}

extension IssueSource {
  /// The source for an issue raised at a meeting of `kind`.
  init(kind: MeetingKind) {
    switch kind {
    case .walkabout: self = .walkabout
    case .workshop: self = .workshop
    case .surgery: self = .surgery
    case .online: self = .online
    case .panel, .hybrid: self = .meeting
    }
  }
}
