import PactCore

/// `pact agenda` and `pact minutes`: Markdown papers for a meeting.
enum DocumentCommands {
  static let meeting = Key<String>.text(
    "meeting", valueName: "date", help: "The meeting (default: the next scheduled one).")

  static let agenda: CommandNode = CommandNode(
    CommandSpec(
      name: "agenda",
      abstract: "The Markdown agenda for the next (or a given) meeting.",
      discussion: """
        In the order the guides and council papers use: welcome and apologies; minutes and \
        matters arising; review of the top three and the action log, each action with its \
        lead agency and RAG rating; new community concerns; agreeing the top three; any \
        other business; the date of the next meeting. Every member, councillors among \
        them, is listed as invited.
        """,
      options: [meeting.spec, CommonOptions.output.spec]),
    run: { invocation in
      try invocation.emit(try invocation.panel().agenda(for: invocation.value(meeting)).markdown)
    })

  static let minutes: CommandNode = CommandNode(
    CommandSpec(
      name: "minutes",
      abstract: "The Markdown minutes of a held meeting.",
      discussion: """
        Present (with organisations), apologies, public and online attendance, priorities \
        reviewed, decisions, actions agreed (lead agency, owner, due date), issues raised \
        and the next meeting.
        """,
      arguments: [MeetingCommands.meetingArgument.spec],
      options: [CommonOptions.output.spec]),
    run: { invocation in
      let document = try invocation.panel().minutes(
        of: invocation.required(MeetingCommands.meetingArgument))
      try invocation.emit(document.markdown)
    })
}
