import PactCore

/// `pact issue`: the backlog of concerns the community raises.
enum IssueCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "issue",
      abstract: "Record concerns raised by the community: the backlog behind the top three.",
      defaultSubcommand: "list"),
    children: [add, list, close])

  static let close: CommandNode = CommandNode(
    CommandSpec(
      name: "close",
      abstract: "Close a backlog issue that has been dealt with or will not be taken forward.",
      discussion: "Raised again later, a closed issue returns to the backlog.",
      arguments: [ArgumentSpec(name: "issue", help: "The issue's id, or its title (or a prefix).")]),
    run: { invocation in
      let query = invocation.arguments.positional("issue") ?? ""
      let issue = try invocation.store().update(.openActions) { try $0.closeIssue(query) }
      invocation.say("Closed issue \(issue.id): \(issue.title).")
    })

  static let add: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Record a concern raised at a meeting, walkabout, surgery, online or by e-mail.",
      discussion: """
        A concern raised before (the same title, ignoring case, spacing and punctuation) is \
        counted against the existing issue with its new date, not added twice, so the panel \
        can see what keeps coming back.
        """,
      arguments: [ArgumentSpec(name: "title", help: "The concern, in a few words.")],
      options: [
        OptionSpec(
          long: "category", valueName: "category", help: "Such as speeding, parking, ASB."),
        OptionSpec(
          long: "raised-at", valueName: "date",
          help: "When it was raised (default: today); links it to that day's meeting."),
        OptionSpec(
          long: "source", valueName: "source",
          help: "How it was raised (default: the kind of meeting that day, else other).",
          allowedValues: IssueSource.allCases.map(\.rawValue)),
      ],
      examples: ["pact issue add \"Speeding on the A25 through Borough Green\" --category speeding"]
    ),
    run: { invocation in
      let arguments = invocation.arguments
      let day = try invocation.dayOfEvent("raised-at")
      let source = try invocation.choice("source", as: IssueSource.self)
      let title = arguments.positional("title") ?? ""
      var generator = SystemRandomNumberGenerator()
      let result = try invocation.store().update(.openActions) { snapshot in
        try snapshot.raiseIssue(
          title, category: arguments.value("category"), on: day, source: source,
          using: &generator)
      }
      switch result {
      case .added(let issue):
        invocation.say("Added issue \(issue.id): \(issue.title).")
      case .alreadyRecorded(let issue):
        invocation.say(
          "\"\(issue.title)\" (\(issue.id)) is already recorded as raised on \(day.mediumText).")
      case .raisedAgain(let issue):
        invocation.say(
          "\"\(issue.title)\" (\(issue.id)) was raised before: now raised \(issue.raisings.count) "
            + "times, at \(issue.meetingCount) meeting\(issue.meetingCount == 1 ? "" : "s").")
      }
    })

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List the open backlog, most often raised first.",
      options: [
        OptionSpec(long: "all", help: "Include promoted and closed issues."), CommonOptions.json,
      ]),
    run: { invocation in
      invocation.present(
        IssueListing(
          try invocation.store().load(), all: invocation.arguments.flag("all")))
    })
}
