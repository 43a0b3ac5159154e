/// `pact agenda`: the Markdown agenda for a meeting, in the order the guides and council
/// papers use. It is a public paper: its notes follow `PublicView`.
public struct AgendaDocument: Sendable {
  /// The panel as of `today`.
  let snapshot: PanelRecords
  let meeting: Meeting
  /// The day the agenda is written as of.
  let today: Day

  /// The agenda for `meeting`, from `snapshot` as it stood on `today` (`PanelRecords.asOf`).
  public init(_ snapshot: PanelRecords, meeting: Meeting, today: Day) {
    self.snapshot = snapshot
    self.meeting = meeting
    self.today = today
  }

  /// The agenda as CommonMark.
  public var markdown: String {
    var document = MarkdownDocument()
    let panel = snapshot.panel
    document.heading(1, panel.name)
    document.raw(
      "## Agenda: " + Markdown.inline(meeting.kind.title) + ", "
        + Markdown.inline(meeting.whenText))
    if let place = meeting.placeMarkdown(withLink: true) { document.raw(place) }
    let invited = snapshot.currentMembers.sorted { $0.name < $1.name }
    if !invited.isEmpty {
      document.raw("**Invited:**")
      document.list(invited.map { Markdown.inline(snapshot.describeMember($0.id)) })
    }

    let previous = snapshot.panelMeeting(before: meeting)
    document.raw("## 1. Welcome, introductions and apologies")
    document.raw("## 2. Minutes of the last meeting and matters arising")
    document.paragraph(
      previous.map { "The minutes of the \($0.kind.title) of \($0.date.longText)." }
        ?? "This is the panel's first meeting.")
    document.raw("## 3. Review of the top three priorities and the action log")
    reviewPriorities(into: &document, since: previous)
    document.raw("## 4. New community concerns")
    let backlog = IssueListing(snapshot).issues
    if backlog.isEmpty {
      document.paragraph("Concerns raised since the last meeting, and any raised tonight.")
    } else {
      document.paragraph("Waiting in the backlog, most often raised first:")
      document.list(
        backlog.map { issue in
          let times = issue.raisings.count
          return Markdown.inline(issue.title)
            + (times > 1
              ? " (raised \(PlainWords.times(times)), last on "
                + "\(issue.lastRaised?.mediumText ?? ""))"
              : "")
        })
    }
    document.raw("## 5. Agreeing the top three priorities")
    document.paragraph(
      "Agree whether each priority stays on the list, and what replaces any that close. "
        + "Each new action needs a lead agency, an owner and a due date.")
    document.raw("## 6. Any other business")
    document.raw("## 7. Date of the next meeting")
    if let next = snapshot.panelMeeting(after: meeting) {
      document.paragraph("\(next.whenText).")
    } else {
      document.paragraph("To be agreed.")
    }
    return document.text
  }

  private func reviewPriorities(into document: inout MarkdownDocument, since previous: Meeting?) {
    let lastHeld = snapshot.lastPanelMeeting(onOrBefore: today)
    let active = snapshot.activePriorities
    let open = snapshot.actions.filter(\.isOpen)
      .sorted { ($0.due ?? Day.last, $0.id) < ($1.due ?? Day.last, $1.id) }
    if active.isEmpty {
      document.paragraph("No priorities are set.")
    }
    for priority in active {
      let meetings = snapshot.meetingsOnList(priority, today: today)
      document.raw(
        "### Priority \(priority.rank.map(String.init) ?? "-"): " + Markdown.inline(priority.title))
      document.paragraph(
        "On the list since \(priority.setOn.mediumText) (\(meetings) meeting\(meetings == 1 ? "" : "s"))."
      )
      let actions = open.filter { $0.priority == priority.id }
      if actions.isEmpty {
        document.paragraph("No open actions.")
        continue
      }
      actionTable(actions, lastHeld: lastHeld, into: &document)
    }
    // Open actions under no priority on the list are reviewed too, as the briefing lists them.
    let listed = Set(active.map(\.id))
    let others = open.filter { action in action.priority.map { !listed.contains($0) } ?? true }
    if !others.isEmpty {
      document.raw("### Other open actions")
      actionTable(others, lastHeld: lastHeld, into: &document)
    }
    let finished = snapshot.actions.filter { action in
      action.status == .done
        && (action.completedOn.map { day in previous.map { day > $0.date } ?? true } ?? false)
    }
    if !finished.isEmpty {
      document.raw("### Completed since the last meeting")
      document.list(
        finished.map {
          "\(Markdown.inline($0.title)) (\(Markdown.inline(snapshot.agencyName($0.lead))))"
        })
    }
  }

  /// The action log's rows for `actions`: lead agency, owner, due date, RAG and the latest
  /// progress the public may read.
  private func actionTable(
    _ actions: [Action], lastHeld: Meeting?, into document: inout MarkdownDocument
  ) {
    document.table(
      header: ["Action", "Lead agency", "Owner", "Due", "RAG", "Latest progress"],
      rows: actions.map { action in
        let rating = ActionRating(action, today: today, lastHeld: lastHeld)
        return [
          action.title, snapshot.agencyName(action.lead), action.owner ?? "",
          action.due?.mediumText ?? "", rating.rag.word,
          PublicView.latestNote(of: action).map { "\($0.on.mediumText): \($0.note ?? "")" } ?? "",
        ]
      })
  }
}
