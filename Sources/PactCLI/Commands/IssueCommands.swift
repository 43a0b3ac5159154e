import PactCore

/// `pact issue`: the backlog of concerns the community raises.
enum IssueCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "issue",
      abstract: "Record concerns raised by the community: the backlog behind the top three.",
      defaultSubcommand: "list"),
    children: [add, list, IssueCorrectionCommands.set, IssueCorrectionCommands.merge, close])

  static let issueArgument = Positional(
    "issue", help: "The issue's id, or its title (or a prefix).")

  static let close: CommandNode = CommandNode(
    CommandSpec(
      name: "close",
      abstract: "Close a backlog issue that has been dealt with or will not be taken forward.",
      discussion: "Raised again later, a closed issue returns to the backlog.",
      arguments: [issueArgument.spec]),
    run: { invocation in
      let issue = try invocation.panel().closeIssue(invocation.required(issueArgument))
      invocation.say("Closed issue \(issue.id): \(issue.title).")
    })

  static let title = Positional("title", help: "The concern, in a few words.", field: .title)
  static let category = Key<String>.text(
    "category", valueName: "category", help: "Such as speeding, parking, ASB.",
    field: .category)
  static let raisedAt = Key<Day>.day(
    "raised-at", help: "When it was raised (default: today); links it to that day's meeting.")
  static let source = Key<IssueSource>.choice(
    "source", valueName: "source",
    help: "How it was raised (default: the kind of meeting that day, else other).")

  static let add: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Record a concern raised at a meeting, walkabout, surgery, online or by e-mail.",
      discussion: """
        A concern raised before (the same title, ignoring case, spacing and punctuation) is \
        counted against the existing issue with its new date, not added twice, so the panel \
        can see what keeps coming back.
        """,
      arguments: [title.spec],
      options: [category.spec, raisedAt.spec, source.spec],
      examples: ["pact issue add \"Speeding on the A25 through Borough Green\" --category speeding"]
    ),
    run: { invocation in
      let day = try invocation.dayOfEvent(raisedAt)
      let result = try invocation.panel().raiseIssue(
        invocation.required(title), category: invocation.value(category), on: day,
        source: invocation.value(source))
      switch result {
      case .added(let issue):
        invocation.say("Added issue \(issue.id): \(issue.title).")
      case .alreadyRecorded(let issue):
        invocation.say(
          "\"\(issue.title)\" (\(issue.id)) is already recorded as raised on \(day.mediumText).")
      case .raisedAgain(let issue, let meetings):
        invocation.say(
          "\"\(issue.title)\" (\(issue.id)) was raised before: now raised \(issue.raisings.count) "
            + "times, at \(meetings) panel meeting\(meetings == 1 ? "" : "s").")
      }
    })

  static let all = Flag("all", help: "Include promoted and closed issues.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List the open backlog, most often raised first.",
      options: [all.spec, CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().issues(all: invocation.flag(all)))
    })
}
