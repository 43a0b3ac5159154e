import PactCore

/// `pact priority set P`: corrects a priority's title or category, or changes the police.uk
/// crime type its evidence counts.
enum PrioritySetCommand {
  static let title = Key<String>.text(
    "title", valueName: "title", help: "The priority, as it should read.", field: .title)
  static let crimeType = CrimeOptions.crimeType

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Correct a priority's title or category, or change its crime type.",
      discussion: """
        Give only what changes; --category "" removes the category. --crime-type sets the \
        type of crime or anti-social behaviour that status, the newsletter and the report \
        count beside the priority; none counts nothing; default goes back to the type its \
        category gives (see the README's table).
        """,
      arguments: [PriorityCommands.priorityArgument.spec],
      options: [title.spec, PriorityAddCommand.category.spec, crimeType.spec],
      examples: [
        "pact priority set 2 --title \"Fly-tipping in the Wrotham Hill lay-by\"",
        "pact priority set 1 --crime-type asb",
      ]),
    run: { invocation in
      var changes = PriorityChanges()
      changes.title = try invocation.value(title)
      changes.category = try invocation.value(PriorityAddCommand.category)
      if invocation.has(crimeType) {
        changes.crimeType =
          invocation.arguments.value(crimeType.long) == "default"
          ? .some(nil) : .some(try invocation.value(crimeType))
      }
      guard !changes.isEmpty else {
        throw invocation.usageError(
          "Nothing to correct: give --title, --category or --crime-type")
      }
      let priority = try invocation.panel().setPriority(
        invocation.required(PriorityCommands.priorityArgument), changes)
      invocation.say(
        "Corrected priority \(priority.rank.map(String.init) ?? priority.id): \(priority.title)"
          + (changes.crimeType == nil
            ? "."
            : priority.crimeType.map { "; it counts \($0.rawValue) in the police.uk figures." }
              ?? "; it counts no police.uk crime type."))
    })
}
