import PactCore

/// `pact meeting`: panel meetings, walkabouts, workshops, surgeries and online sessions.
enum MeetingCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "meeting",
      abstract: "Record meetings, walkabouts, workshops, surgeries and online sessions.",
      defaultSubcommand: "list"),
    children: [MeetingAddCommand.node, MeetingAddCommand.updateNode, list, show, cancel, remove])

  static let meetingArgument = Positional(
    "date", help: "The meeting's date (YYYY-MM-DD), or its id for a second that day.",
    field: .meeting)

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

  static let remove: CommandNode = CommandNode(
    CommandSpec(
      name: "remove", abstract: "Remove a meeting entered by mistake.",
      discussion: """
        Refused while an action agreed at it, a priority set at it or an issue raised at it \
        names it: move those first (pact action set --agreed-at), or give the meeting its \
        right date with 'pact meeting update DATE --date NEW'. A meeting that was called \
        off is cancelled (pact meeting cancel), not removed.
        """,
      arguments: [meetingArgument.spec]),
    run: { invocation in
      let meeting = try invocation.panel().removeMeeting(invocation.required(meetingArgument))
      invocation.say("Removed the \(meeting.kind.title) of \(meeting.date.longText).")
    })
}
