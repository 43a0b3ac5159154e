import PactCore

/// `pact priority add TITLE`.
enum PriorityAddCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Make a concern one of the top three priorities.",
      discussion: """
        A panel works on three priorities at a time. When three are active, close one first \
        (pact priority close). --from-issue promotes a backlog issue, taking its title unless \
        one is given.
        """,
      arguments: [
        ArgumentSpec(name: "title", help: "The priority, in a few words.", isOptional: true)
      ],
      options: [
        OptionSpec(long: "category", valueName: "category", help: "Such as speeding or ASB."),
        OptionSpec(
          long: "from-issue", valueName: "issue", help: "The backlog issue to promote."),
        OptionSpec(
          long: "set-at", valueName: "date",
          help: "The meeting that set it (default: the latest held meeting)."),
      ],
      examples: [
        "pact priority add \"Speeding on the A25\" --category speeding",
        "pact priority add --from-issue I4KQ",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    var draft = PriorityDraft(title: arguments.positional("title"))
    draft.category = arguments.value("category")
    draft.fromIssue = arguments.value("from-issue")
    draft.setAt = arguments.value("set-at")
    guard draft.title != nil || draft.fromIssue != nil else {
      throw invocation.usageError("Missing expected argument '<title>' (or give --from-issue)")
    }
    let today = try invocation.today()
    var generator = SystemRandomNumberGenerator()
    let priority = try invocation.store().update(.openActions) { snapshot in
      try snapshot.addPriority(draft, today: today, using: &generator)
    }
    invocation.say(
      "Priority \(priority.rank.map(String.init) ?? "-"): \(priority.title) (\(priority.id)).")
  }
}
