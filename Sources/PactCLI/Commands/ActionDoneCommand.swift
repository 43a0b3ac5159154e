import PactCore

/// `pact action done A --outcome TEXT`.
enum ActionDoneCommand {
  static let outcome = Key<String>.text(
    "outcome", valueName: "text", help: "What was done (required).", field: .outcome,
    isRequired: true)
  static let difference = Key<String>.text(
    "difference", valueName: "text",
    help: "The difference it made to the community: what the newsletter tells them.",
    field: .difference)
  static let on = Key<Day>.day("on", help: "When it was done (default: today).", field: .date)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "done",
      abstract: "Mark an action done, with its outcome and the difference it made.",
      arguments: [ActionCommands.actionArgument.spec],
      options: [outcome.spec, difference.spec, on.spec],
      examples: [
        "pact action done A7K3 --outcome \"Six speed watch sessions held\" \\\n"
          + "    --difference \"Residents report slower traffic at school times\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let action = try invocation.panel().completeAction(
      invocation.required(ActionCommands.actionArgument), outcome: invocation.required(outcome),
      difference: invocation.value(difference), on: invocation.dayOfEvent(on))
    invocation.say("Marked action \(action.id) done: \(action.title).")
  }
}
