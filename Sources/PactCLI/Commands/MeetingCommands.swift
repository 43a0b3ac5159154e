import PactCore

/// `pact meeting`: panel meetings, walkabouts, workshops, surgeries and online sessions.
enum MeetingCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "meeting",
      abstract: "Record meetings, walkabouts, workshops, surgeries and online sessions.",
      defaultSubcommand: "list"),
    children: [MeetingAddCommand.node, MeetingAddCommand.updateNode, list, show, cancel])

  static let meetingArgument = Positional(
    "date", help: "The meeting's date (YYYY-MM-DD), or its id for a second that day.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List every meeting, earliest first.",
      options: [CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().meetings())
    })

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show", abstract: "Show everything recorded about one meeting.",
      arguments: [meetingArgument.spec], options: [CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().meeting(invocation.required(meetingArgument)))
    })

  static let cancel: CommandNode = CommandNode(
    CommandSpec(
      name: "cancel", abstract: "Mark a scheduled meeting cancelled.",
      arguments: [meetingArgument.spec]),
    run: { invocation in
      let meeting = try invocation.panel().cancelMeeting(invocation.required(meetingArgument))
      invocation.say("Cancelled the \(meeting.kind.title) of \(meeting.date.longText).")
    })
}
