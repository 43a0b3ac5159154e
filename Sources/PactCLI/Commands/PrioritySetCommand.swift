import PactCore

/// `pact priority set P`: changes an active or past priority.
enum PrioritySetCommand {
  static let crimeType = CrimeOptions.crimeType

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Change a priority: the police.uk crime type its evidence counts.",
      discussion: """
        --crime-type sets the type of crime or anti-social behaviour that status, the \
        newsletter and the report count beside the priority; none counts nothing; default \
        goes back to the type its category gives (see the README's table).
        """,
      arguments: [PriorityCommands.priorityArgument.spec],
      options: [crimeType.spec],
      examples: ["pact priority set 1 --crime-type asb", "pact priority set 2 --crime-type none"]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let query = try invocation.required(PriorityCommands.priorityArgument)
    guard invocation.has(crimeType) else {
      throw invocation.usageError("Nothing to change: give at least one option")
    }
    let priority = try invocation.panel().setPriorityCrimeType(
      query,
      invocation.arguments.value(crimeType.long) == "default"
        ? nil : invocation.value(crimeType))
    invocation.say(
      "\"\(priority.title)\" counts "
        + (priority.crimeType.map { "\($0.rawValue) in the area's police.uk figures." }
          ?? "no police.uk crime type."))
  }
}
