import PactCore

/// `pact agenda` and `pact minutes`: Markdown papers for a meeting.
enum DocumentCommands {
  static let meeting = Key<String>.text(
    "meeting", valueName: "date", help: "The meeting (default: the next panel meeting).",
    field: .meeting)
  static let asOf = Key<Day>.day(
    "as-of",
    help: "Review the work as it stood on this day (default: today, or the day before a "
      + "meeting already held).")

  static let agenda: CommandNode = CommandNode(
    CommandSpec(
      name: "agenda",
      abstract: "The Markdown agenda for the next (or a given) meeting.",
      discussion: """
        In the order the guides and council papers use: welcome and apologies; minutes and \
        matters arising; review of the top three and the action log, each action with its \
        lead agency and RAG rating; new community concerns; agreeing the top three; any \
        other business; the date of the next meeting. Every member, councillors among \
        them, is listed as invited. Open actions under no priority are reviewed after the \
        top three; notes marked internal are left out, since agendas are published.
        """,
      options: [meeting.spec, asOf.spec, CommonOptions.output.spec]),
    run: { invocation in
      let document = try invocation.panel().agenda(
        for: invocation.value(meeting), asOf: invocation.value(asOf))
      try invocation.emit(document.markdown)
    })

  static let minutes: CommandNode = CommandNode(
    CommandSpec(
      name: "minutes",
      abstract: "The Markdown minutes of a held meeting.",
      discussion: """
        Present (with organisations), apologies, public and online attendance, priorities \
        reviewed, decisions, actions agreed (lead agency, owner, due date), issues raised \
        and the next panel meeting, as recorded by the end of the meeting's day.
        """,
      arguments: [MeetingCommands.meetingArgument.spec],
      options: [CommonOptions.output.spec]),
    run: { invocation in
      let document = try invocation.panel().minutes(
        of: invocation.required(MeetingCommands.meetingArgument))
      try invocation.emit(document.markdown)
    })
}
