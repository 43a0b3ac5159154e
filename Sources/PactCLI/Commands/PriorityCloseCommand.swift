import PactCore

/// `pact priority close P --outcome TEXT`.
enum PriorityCloseCommand {
  static let outcome = Key<String>.text(
    "outcome", valueName: "text", help: "What was achieved (required).", field: .outcome,
    isRequired: true)
  static let achieved = Flag("achieved", help: "It was achieved (the default).")
  static let notAchieved = Flag("not-achieved", help: "It is closed without being achieved.")
  static let on = Key<Day>.day("on", help: "When it closed (default: today).", field: .date)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "close",
      abstract: "Close a priority, achieved or not, with its outcome.",
      discussion: "The closed priority stays in the panel's history (pact priority list --all).",
      arguments: [PriorityCommands.priorityArgument.spec],
      options: [outcome.spec, achieved.spec, notAchieved.spec, on.spec],
      examples: [
        "pact priority close 1 --outcome \"Average speeds down from 41 to 33 mph\" --achieved"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    try invocation.exclusive([achieved.long, notAchieved.long])
    let text = try invocation.required(outcome)
    let day = try invocation.dayOfEvent(on)
    let wasAchieved = !invocation.flag(notAchieved)
    let priority = try invocation.panel().closePriority(
      invocation.required(PriorityCommands.priorityArgument), outcome: text,
      achieved: wasAchieved, on: day)
    invocation.say(
      "Closed \"\(priority.title)\" as \(wasAchieved ? "achieved" : "not achieved"); "
        + "a place in the top three is free.")
  }
}
