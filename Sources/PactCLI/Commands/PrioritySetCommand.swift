import PactCore

/// `pact priority set P`: corrects a priority's title or category.
enum PrioritySetCommand {
  static let title = Key<String>.text(
    "title", valueName: "title", help: "The priority, as it should read.", field: .title)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Correct a priority's title or category.",
      discussion: "Give only what changes; --category \"\" removes the category.",
      arguments: [PriorityCommands.priorityArgument.spec],
      options: [title.spec, PriorityAddCommand.category.spec],
      examples: ["pact priority set 2 --title \"Fly-tipping in the Wrotham Hill lay-by\""]),
    run: { invocation in
      var changes = PriorityChanges()
      changes.title = try invocation.value(title)
      changes.category = try invocation.value(PriorityAddCommand.category)
      guard !changes.isEmpty else {
        throw invocation.usageError("Nothing to correct: give --title or --category")
      }
      let priority = try invocation.panel().setPriority(
        invocation.required(PriorityCommands.priorityArgument), changes)
      invocation.say(
        "Corrected priority \(priority.rank.map(String.init) ?? priority.id): \(priority.title).")
    })
}
