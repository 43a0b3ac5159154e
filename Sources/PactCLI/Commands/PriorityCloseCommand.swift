import PactCore

/// `pact priority close P --outcome TEXT`.
enum PriorityCloseCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "close",
      abstract: "Close a priority, achieved or not, with its outcome.",
      discussion: "The closed priority stays in the panel's history (pact priority list --all).",
      arguments: [PriorityCommands.priorityArgument],
      options: [
        OptionSpec(
          long: "outcome", valueName: "text", help: "What was achieved (required).",
          isRequired: true),
        OptionSpec(long: "achieved", help: "It was achieved (the default)."),
        OptionSpec(long: "not-achieved", help: "It is closed without being achieved."),
        OptionSpec(long: "on", valueName: "date", help: "When it closed (default: today)."),
      ],
      examples: [
        "pact priority close 1 --outcome \"Average speeds down from 41 to 33 mph\" --achieved"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    try invocation.exclusive(["achieved", "not-achieved"])
    let outcome = arguments.value("outcome") ?? ""  // required by the parser
    let day = try invocation.dayOfEvent("on")
    let query = arguments.positional("priority") ?? ""
    let achieved = !arguments.flag("not-achieved")
    let priority = try invocation.store().update(.openActions) { snapshot in
      try snapshot.closePriority(query, outcome: outcome, achieved: achieved, on: day)
    }
    invocation.say(
      "Closed \"\(priority.title)\" as \(achieved ? "achieved" : "not achieved"); "
        + "a place in the top three is free.")
  }
}
