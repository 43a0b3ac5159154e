/// The panel page's account of the work: what is being done, what has changed, and the
/// meetings.
extension PanelSite {
  /// How far back "What has changed" looks.
  static let changedDays = 365

  /// The rating tag of an open action: its colour class and its words.
  static func tag(_ rating: ActionRating) -> (style: String, words: String) {
    switch rating.rag {
    case .red:
      return (
        "tag tag-red", rating.reasons.contains(.overdue) ? "Red: overdue" : "Red: held up"
      )
    case .amber:
      return (
        "tag tag-amber",
        rating.reasons.contains(.dueSoon)
          ? "Amber: due soon" : "Amber: no news since the last meeting"
      )
    case .green:
      return ("tag tag-green", "Green: on track")
    }
  }

  func beingDone() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "What is being done")
    writer.newline()
    let open = records.actions.filter { $0.isOpen && $0.agreedOn <= asOf }
      .sorted {
        ($0.due ?? Day.last, $0.agreedOn, $0.id) < ($1.due ?? Day.last, $1.agreedOn, $1.id)
      }
    guard !open.isEmpty else {
      writer.element("p", text: "No actions are open at the moment.")
      writer.newline()
      return writer
    }
    writer.element(
      "p",
      text: "Every action has a lead agency responsible for seeing it done. "
        + PlainWords.capitalisingFirst(PlainWords.count(open.count, "action")) + " "
        + (open.count == 1 ? "is" : "are") + " open.")
    writer.newline()
    let lastHeld = records.lastHeldMeeting(onOrBefore: asOf)
    let priorities = records.activePriorities.filter { $0.setOn <= asOf }
    let listed = Set(priorities.map(\.id))
    for (index, priority) in priorities.enumerated() {
      writer.element("h3", text: "\(index + 1). \(priority.title)")
      writer.newline()
      let actions = open.filter { $0.priority == priority.id }
      if actions.isEmpty {
        writer.element("p", text: "No action is open on this priority at the moment.")
        writer.newline()
      }
      for action in actions { writer.append(card(action, lastHeld: lastHeld)) }
    }
    let others = open.filter { action in action.priority.map { !listed.contains($0) } ?? true }
    if !others.isEmpty {
      writer.element("h3", text: priorities.isEmpty ? "Actions" : "Other work")
      writer.newline()
      for action in others { writer.append(card(action, lastHeld: lastHeld)) }
    }
    writer.element("h3", text: "Progress each quarter")
    writer.newline()
    // From the panel's start: its creation, or an action agreed before it (an old log
    // imported).
    let since = ([records.panel.createdOn] + records.actions.map(\.agreedOn)).compactMap { $0 }
      .min()
    writer.append(
      SiteCharts.actionsByQuarter(records.actions, asOf: asOf, since: since, id: "chart-quarters")
        .html())
    return writer
  }

  /// One open action: its title, lead agency, due date, rating and latest news.
  private func card(_ action: Action, lastHeld: Meeting?) -> HTMLWriter {
    var writer = HTMLWriter()
    let rating = ActionRating(action, today: asOf, lastHeld: lastHeld)
    let tag = PanelSite.tag(rating)
    writer.element("div", [.init("class", "card")]) { card in
      card.element("h4", text: action.title)
      card.element("p") { line in
        line.element("strong", [.init("class", tag.style)], text: tag.words)
      }
      card.element("p") { line in
        line.text("Led by " + records.agencyName(action.lead) + ". ")
        switch action.status {
        case .inProgress: line.text("Under way. ")
        case .blocked: line.text("Held up. ")
        default: break
        }
        if let due = action.due {
          if due < asOf {
            line.element(
              "span", [.init("class", "overdue")], text: "Overdue: it was due by \(due.mediumText)."
            )
          } else {
            line.text("Due by \(due.mediumText).")
          }
        } else {
          line.text("No due date set.")
        }
      }
      if let news = action.updates.last(where: { $0.note != nil && $0.on <= asOf }),
        let note = news.note
      {
        card.element("p") { line in
          line.element("strong", text: "Latest news (\(news.on.mediumText)):")
          line.text(" " + note)
        }
      }
    }
    writer.newline()
    return writer
  }

  func changed() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "What has changed")
    writer.newline()
    let since = asOf.adding(days: -PanelSite.changedDays)
    func inWindow(_ day: Day?) -> Bool {
      guard let day else { return false }
      return day > since && day <= asOf
    }
    let closed = records.priorities.filter {
      !$0.isActive && !$0.setAside && inWindow($0.closedOn)
    }
    .sorted { ($1.closedOn ?? Day.first, $1.id) < ($0.closedOn ?? Day.first, $0.id) }
    let done = records.actions.filter { $0.status == .done && inWindow($0.completedOn) }
      .sorted { ($1.completedOn ?? Day.first, $1.id) < ($0.completedOn ?? Day.first, $0.id) }
    let period = "In the year to \(asOf.mediumText)"
    guard !closed.isEmpty || !done.isEmpty else {
      writer.element("p", text: period + ", no action was completed and no priority closed.")
      writer.newline()
      return writer
    }
    writer.element("p", text: period + ", latest first:")
    writer.newline()
    writer.element("ul", [.init("class", "list")]) { list in
      for priority in closed {
        list.element("li") { item in
          item.element(
            "strong", text: priority.status == .achieved ? "Priority achieved:" : "Priority closed:"
          )
          item.text(" " + priority.title)
          item.text(" (\(priority.closedOn?.mediumText ?? "")).")
          if let outcome = priority.outcome { item.text(" " + outcome) }
        }
      }
      for action in done {
        list.element("li") { item in
          item.element("strong", text: "Done:")
          item.text(" " + action.title + " (" + records.agencyName(action.lead))
          item.text(", \(action.completedOn?.mediumText ?? "")).")
          if let outcome = action.outcome { item.text(" " + outcome) }
          if let difference = action.difference {
            item.text(" ")
            item.element("strong", text: "The difference it made:")
            item.text(" " + difference)
          }
        }
      }
    }
    writer.newline()
    return writer
  }

  func meetings() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "Meetings")
    writer.newline()
    if let next = nextMeeting {
      writer.element("p") { line in
        line.text(
          "The next meeting is on " + PanelSite.meetingWhen(next) + ". Everyone is welcome. ")
        line.element("a", [.init("href", PanelSite.meetingPath(next))], text: "Read the agenda")
        line.text(".")
      }
    } else {
      writer.element("p", text: "The date of the next meeting will be announced soon.")
    }
    writer.newline()
    let held = heldMeetings
    guard !held.isEmpty else {
      writer.element("p", text: "The panel has not met yet.")
      writer.newline()
      return writer
    }
    if let chart = SiteCharts.attendance(held, id: "chart-attendance") {
      writer.append(chart.html())
    }
    let caption = "Meetings held, latest first, with their minutes and newsletters"
    writer.element("div", HTMLWriter.tableRegion(caption)) { wrap in
      wrap.element("table") { table in
        table.element("caption", text: caption)
        table.element("thead") { head in
          head.element("tr") { row in
            for (title, numeric) in [
              ("Meeting", false), ("Kind", false), ("In the room", true), ("Watched online", true),
              ("Questions", true),
            ] {
              row.element(
                "th", [.init("scope", "col")] + (numeric ? [.init("class", "numeric")] : []),
                text: title)
            }
          }
        }
        table.element("tbody") { body in
          for meeting in held.reversed() {
            body.element("tr") { row in
              row.element("th", [.init("scope", "row")]) {
                $0.element(
                  "a", [.init("href", PanelSite.meetingPath(meeting))],
                  text: meeting.date.mediumText)
              }
              row.element("td", text: PlainWords.capitalisingFirst(meeting.kind.title))
              for count in [meeting.publicAttendance, meeting.onlineViews, meeting.questions] {
                row.element(
                  "td", [.init("class", "numeric")], text: count.map(PlainWords.number) ?? "–")
              }
            }
            body.newline()
          }
        }
      }
    }
    writer.newline()
    return writer
  }
}
