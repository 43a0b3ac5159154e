extension StatusReport {
  /// ANSI colours for the ratings, used only when asked for.
  private static func paint(_ text: String, _ rag: RAG, color: Bool) -> String {
    guard color else { return text }
    let code =
      switch rag {
      case .red: "31"
      case .amber: "33"
      case .green: "32"
      }
    return "\u{1B}[\(code);1m\(text)\u{1B}[0m"
  }

  private static func bold(_ text: String, color: Bool) -> String {
    color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  private static func describe(_ meeting: Meeting?, none: String) -> String {
    guard let meeting else { return none }
    var text = meeting.date.longText
    if let time = meeting.time { text += ", \(time)" }
    text += " — \(meeting.kind.title)"
    if let place = meeting.venue ?? meeting.platform { text += ", \(place)" }
    return text
  }

  /// The short words for why an action is rated as it is.
  private static func reasonText(_ rated: RatedAction, today: Day) -> String {
    rated.rating.reasons.map { reason in
      switch reason {
      case .overdue:
        let days = rated.action.due.map { $0.days(to: today) } ?? 0
        return "overdue \(days) day\(days == 1 ? "" : "s")"
      case .blocked: return "blocked"
      case .dueSoon:
        let days = rated.action.due.map { today.days(to: $0) } ?? 0
        return days == 0 ? "due today" : "due in \(days) day\(days == 1 ? "" : "s")"
      case .stale: return "no update after the last meeting"
      }
    }.joined(separator: ", ")
  }

  /// The lines for one rated action, indented under its priority.
  private func lines(_ rated: RatedAction, short: [String: String], width: Int, color: Bool)
    -> String
  {
    let action = rated.action
    let word = StatusReport.paint(
      rated.rating.rag.word.padding(
        toLength: 5, withPad: " ", startingAt: 0), rated.rating.rag, color: color)
    let id = short[action.id] ?? action.id
    let indent = 3 + 5 + 1 + id.count + 2
    var output =
      "   " + word + " " + id + "  "
      + TextWrapper.wrap(VisibleText.escaped(action.title), width: width, indent: indent)
      .joined(separator: "\n")
      .dropFirst(indent) + "\n"
    var facts = ["lead: \(action.lead)" + (rated.isLeadRepresented ? "" : " (not on the panel)")]
    if let owner = action.owner { facts.append("owner: \(owner)") }
    facts.append(action.due.map { "due \($0.shortText)" } ?? "no due date")
    facts.append(action.status.words)
    let why = StatusReport.reasonText(rated, today: asOf)
    var detail = facts.joined(separator: " · ")
    if !why.isEmpty { detail += " — \(why)" }
    output +=
      TextWrapper.wrap(VisibleText.escaped(detail), width: width, indent: indent)
      .joined(separator: "\n") + "\n"
    if let note = action.latestNote, let text = note.note {
      output +=
        TextWrapper.wrap(
          "Latest \(note.on.shortText)\(note.isInternal ? " (internal)" : ""): \(VisibleText.escaped(text))",
          width: width, indent: indent
        )
        .joined(separator: "\n") + "\n"
    }
    return output
  }

  /// The briefing for a terminal of `width` columns. Control characters in what people
  /// typed are shown as `\u{1B}` (`VisibleText`), before the colours are added.
  ///
  /// - Parameters:
  ///   - width: The columns to wrap to.
  ///   - color: Whether to add ANSI colours to the ratings, which are always written as
  ///     words too.
  ///   - advice: What the front end adds about each warning and an empty top three.
  /// - Returns: The briefing, ending with a line break.
  public func text(width: Int, color: Bool = false, advice: StatusAdvice = .none) -> String {
    var output = StatusReport.bold(VisibleText.escaped(panel.name), color: color) + "\n"
    output += "Status on \(asOf.longText)\n\n"
    output += LabelledRows.render(
      [
        (
          "Last meeting",
          VisibleText.escaped(StatusReport.describe(lastMeeting, none: "none held yet"))
        ),
        (
          "Next meeting",
          VisibleText.escaped(StatusReport.describe(nextMeeting, none: "none scheduled"))
        ),
      ], width: width, indent: 0)
    let short = shortIDs
    output += "\n" + StatusReport.bold("TOP THREE", color: color) + "\n"
    if priorities.isEmpty {
      output += "  No priorities set" + (advice.noPriorities.map { ": \($0)" } ?? ".") + "\n"
    }
    for line in priorities {
      let meetings = "(\(line.meetings) meeting\(line.meetings == 1 ? "" : "s"))"
      output +=
        TextWrapper.wrap(
          "\(line.priority.rank.map(String.init) ?? "-"). "
            + "\(VisibleText.escaped(line.priority.title)) \(meetings)",
          width: width, indent: 3, firstLineIndent: 0
        ).joined(separator: "\n") + "\n"
      output += crimeEvidence.text(for: line.priority.id, width: width, indent: 3)
      if line.actions.isEmpty { output += "   No open actions.\n" }
      for rated in line.actions { output += lines(rated, short: short, width: width, color: color) }
    }
    let others = actions.filter { rated in
      !priorities.contains { $0.priority.id == rated.action.priority }
    }
    if !others.isEmpty {
      output += "\n" + StatusReport.bold("OTHER OPEN ACTIONS", color: color) + "\n"
      for rated in others { output += lines(rated, short: short, width: width, color: color) }
    }
    output += "\n" + StatusReport.bold("NEEDS ATTENTION", color: color) + "\n"
    let attention = needsAttention(short: short)
    if attention.isEmpty && warnings.isEmpty {
      output += "  Nothing: every action is on track.\n"
    }
    for item in attention {
      output +=
        TextWrapper.wrap("- " + item, width: width, indent: 4, firstLineIndent: 2)
        .joined(separator: "\n") + "\n"
    }
    for warning in warnings {
      let sentence = VisibleText.escaped(warning.message(advice: advice.warning(warning)))
      output +=
        TextWrapper.wrap("! " + sentence, width: width, indent: 4, firstLineIndent: 2)
        .joined(separator: "\n") + "\n"
    }
    let summary =
      "\(openCount) open action\(openCount == 1 ? "" : "s"): \(overdueCount) overdue, "
      + "\(blockedCount) blocked, \(staleCount) with no update after the last meeting; "
      + "\(doneCount) done."
    output += "\n" + TextWrapper.wrap(summary, width: width).joined(separator: "\n") + "\n"
    return output
  }

  /// The overdue, blocked and stale actions, each group on a line.
  private func needsAttention(short: [String: String]) -> [String] {
    func ids(_ reason: RAGReason) -> [String] {
      actions.filter { $0.rating.reasons.contains(reason) }.map {
        short[$0.action.id] ?? $0.action.id
      }
    }
    var items: [String] = []
    for (reason, label) in [
      (RAGReason.overdue, "Overdue"), (.blocked, "Blocked"),
      (.stale, "No update after the last meeting"),
    ] {
      let list = ids(reason)
      if !list.isEmpty { items.append("\(label) (\(list.count)): \(list.joined(separator: ", "))") }
    }
    return items
  }
}
