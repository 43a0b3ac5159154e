import PactCore

/// `pact meeting`: panel meetings, walkabouts, workshops, surgeries and online sessions.
enum MeetingCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "meeting",
      abstract: "Record meetings, walkabouts, workshops, surgeries and online sessions.",
      defaultSubcommand: "list"),
    children: [MeetingAddCommand.node, MeetingAddCommand.updateNode, list, show, cancel])

  static let meetingArgument = ArgumentSpec(
    name: "date", help: "The meeting's date (YYYY-MM-DD), or its id for a second that day.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List every meeting, earliest first.",
      options: [CommonOptions.json]),
    run: { invocation in
      invocation.present(MeetingListing(try invocation.store().load()))
    })

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show", abstract: "Show everything recorded about one meeting.",
      arguments: [meetingArgument], options: [CommonOptions.json]),
    run: { invocation in
      let snapshot = try invocation.store().load()
      let meeting = try snapshot.meeting(invocation.arguments.positional("date") ?? "")
      invocation.present(MeetingDetail(snapshot, meeting: meeting))
    })

  static let cancel: CommandNode = CommandNode(
    CommandSpec(
      name: "cancel", abstract: "Mark a scheduled meeting cancelled.",
      arguments: [meetingArgument]),
    run: { invocation in
      let query = invocation.arguments.positional("date") ?? ""
      let meeting = try invocation.store().update { try $0.cancelMeeting(query) }
      invocation.say("Cancelled the \(meeting.kind.title) of \(meeting.date.longText).")
    })
}
