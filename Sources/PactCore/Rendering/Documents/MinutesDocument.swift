/// `pact minutes DATE`: the Markdown minutes of a held meeting.
public struct MinutesDocument: Sendable {
  /// The panel as of the meeting's day.
  let snapshot: PanelRecords
  let meeting: Meeting
  /// The next panel meeting after it, not cancelled: what its write-up names, as recorded.
  let following: Meeting?

  /// The minutes of `meeting`, from `records` as they stood at the end of the meeting's
  /// day (`PanelRecords.asOf`); the next meeting is the one that followed it.
  public init(_ records: PanelRecords, meeting: Meeting) {
    self.init(records, meeting: meeting, snapshot: records.asOf(meeting.date))
  }

  /// The minutes of `meeting` from `snapshot`: `records` as of the meeting's day, or a
  /// `PanelTimeline` snapshot for `request(meeting)`.
  init(_ records: PanelRecords, meeting: Meeting, snapshot: PanelRecords) {
    self.snapshot = snapshot
    self.meeting = meeting
    following = records.panelMeeting(after: meeting)
  }

  /// What the minutes of `meeting` need of the panel (`PanelTimeline`): the panel as of its
  /// day, with the work done that day.
  static func request(_ meeting: Meeting) -> PanelTimeline.Request {
    PanelTimeline.Request(day: meeting.date, since: meeting.date)
  }

  /// The minutes as CommonMark.
  public var markdown: String {
    var document = MarkdownDocument()
    document.heading(1, snapshot.panel.name)
    document.raw(
      "## Minutes of the " + Markdown.inline(meeting.kind.title) + " held on "
        + Markdown.inline(meeting.whenText))
    if let place = meeting.placeMarkdown(withLink: false) { document.raw(place) }

    document.raw("### Present")
    if meeting.present.isEmpty {
      document.paragraph("No attendance was recorded.")
    } else {
      document.list(meeting.present.map { Markdown.inline(snapshot.describeMember($0)) })
    }
    if !meeting.apologies.isEmpty {
      document.raw("### Apologies")
      document.list(meeting.apologies.map { Markdown.inline(snapshot.describeMember($0)) })
    }
    var attendance: [String] = []
    if let count = meeting.publicAttendance { attendance.append("Members of the public: \(count)") }
    if let count = meeting.onlineViews { attendance.append("Online views: \(count)") }
    if let count = meeting.questions { attendance.append("Questions asked: \(count)") }
    if !attendance.isEmpty {
      document.raw("### Attendance")
      document.list(attendance)
    }

    reviewed(into: &document)
    decisions(into: &document)
    agreed(into: &document)
    raised(into: &document)
    if let notes = meeting.notes {
      document.raw("### Notes")
      document.paragraph(notes)
    }
    document.raw("### Next meeting")
    if let next = following {
      var text = next.whenText
      if let venue = next.venue ?? next.platform { text += ", " + venue }
      document.paragraph(text + ".")
    } else {
      document.paragraph("To be arranged.")
    }
    return document.text
  }

  private func reviewed(into document: inout MarkdownDocument) {
    let priorities = snapshot.prioritiesActive(on: meeting.date)
      .filter { $0.setAt != meeting.id }
    guard !priorities.isEmpty else { return }
    document.raw("### Priorities reviewed")
    document.list(
      priorities.map { priority in
        let open = snapshot.actions.filter {
          $0.priority == priority.id && $0.agreedOn <= meeting.date
            && ($0.completedOn.map { $0 > meeting.date } ?? $0.isOpen)
        }.count
        return Markdown.inline(priority.title) + " — \(open) open action\(open == 1 ? "" : "s")"
      })
  }

  private func decisions(into document: inout MarkdownDocument) {
    var items: [String] = []
    // In the order the meeting made them: priorities closed, then those set, by the rank
    // each took, then the actions completed.
    let closed = snapshot.priorities.filter { $0.closedOn == meeting.date && !$0.setAside }
      .sorted { ($0.setOn, $0.id) < ($1.setOn, $1.id) }
    let set = snapshot.priorities.filter { $0.setAt == meeting.id }
      .sorted { ($0.rank ?? 9, $0.id) < ($1.rank ?? 9, $1.id) }
    for priority in closed {
      let verdict = priority.status == .achieved ? "achieved" : "closed without being achieved"
      var item = "Priority " + verdict + ": " + Markdown.inline(priority.title)
      if let outcome = priority.outcome { item += " — " + Markdown.itemParagraphs(outcome) }
      items.append(item)
    }
    for priority in set {
      items.append("Agreed as a priority: " + Markdown.inline(priority.title))
    }
    for action in snapshot.actions.filter({ $0.completedOn == meeting.date })
      .sorted(by: { $0.id < $1.id })
    {
      var item = "Action completed: " + Markdown.inline(action.title)
      if let outcome = action.outcome { item += " — " + Markdown.itemParagraphs(outcome) }
      items.append(item)
    }
    guard !items.isEmpty else { return }
    document.raw("### Decisions")
    document.list(items)
  }

  private func agreed(into document: inout MarkdownDocument) {
    let actions = snapshot.actions.filter { $0.agreedAt == meeting.id }
      .sorted { ($0.due ?? Day.last, $0.id) < ($1.due ?? Day.last, $1.id) }
    guard !actions.isEmpty else { return }
    let priorities = Dictionary(
      snapshot.priorities.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    document.raw("### Actions agreed")
    document.table(
      header: ["Action", "Priority", "Lead agency", "Owner", "Due"],
      rows: actions.map { action in
        [
          action.title, action.priority.flatMap { priorities[$0] } ?? action.priorityText ?? "",
          snapshot.agencyName(action.lead), action.owner ?? "", action.due?.mediumText ?? "",
        ]
      })
  }

  private func raised(into document: inout MarkdownDocument) {
    let issues = snapshot.issues.filter { $0.raisings.contains { $0.meeting == meeting.id } }
      .sorted { $0.title < $1.title }
    guard !issues.isEmpty else { return }
    document.raw("### Issues raised")
    document.list(
      issues.map { issue in
        let before = issue.raisings.filter { $0.on < meeting.date }.count
        return Markdown.inline(issue.title)
          + (before > 0 ? " (raised \(PlainWords.times(before)) before)" : "")
      })
  }
}
