import PactCore

/// `pact agenda` and `pact minutes`: Markdown papers for a meeting.
enum DocumentCommands {
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
      options: [
        OptionSpec(
          long: "meeting", valueName: "date",
          help: "The meeting (default: the next scheduled one)."),
        CommonOptions.output,
      ]),
    run: { invocation in
      let snapshot = try invocation.store().load()
      let today = try invocation.today()
      let meeting: Meeting
      if let query = invocation.arguments.value("meeting") {
        meeting = try snapshot.meeting(query)
      } else if let next = snapshot.nextMeeting(after: today) {
        meeting = next
      } else {
        throw DocumentError.noNextMeeting
      }
      try invocation.emit(AgendaDocument(snapshot, meeting: meeting, today: today).markdown)
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
      arguments: [MeetingCommands.meetingArgument],
      options: [CommonOptions.output]),
    run: { invocation in
      let snapshot = try invocation.store().load()
      let meeting = try snapshot.meeting(invocation.arguments.positional("date") ?? "")
      guard meeting.status == .held else {
        throw DocumentError.notHeld(id: meeting.id, status: meeting.status)
      }
      try invocation.emit(MinutesDocument(snapshot, meeting: meeting).markdown)
    })
}
