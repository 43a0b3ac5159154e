import PactCore

/// `pact action done A --outcome TEXT`.
enum ActionDoneCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "done",
      abstract: "Mark an action done, with its outcome and the difference it made.",
      arguments: [ActionCommands.actionArgument],
      options: [
        OptionSpec(
          long: "outcome", valueName: "text", help: "What was done (required).", isRequired: true),
        OptionSpec(
          long: "difference", valueName: "text",
          help: "The difference it made to the community: what the newsletter tells them."),
        OptionSpec(long: "on", valueName: "date", help: "When it was done (default: today)."),
      ],
      examples: [
        "pact action done A7K3 --outcome \"Six speed watch sessions held\" \\\n"
          + "    --difference \"Residents report slower traffic at school times\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    let outcome = arguments.value("outcome") ?? ""  // required by the parser
    let day = try invocation.dayOfEvent("on")
    let query = arguments.positional("action") ?? ""
    let action = try invocation.store().updateAction(named: query) { snapshot in
      try snapshot.completeAction(
        query, outcome: outcome, difference: arguments.value("difference"), on: day)
    }
    invocation.say("Marked action \(action.id) done: \(action.title).")
  }
}
