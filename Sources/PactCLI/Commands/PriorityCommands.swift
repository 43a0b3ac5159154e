import PactCore

/// `pact priority`: the panel's top three.
enum PriorityCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "priority",
      abstract: "Set, rank and close the community's top three priorities.",
      defaultSubcommand: "list"),
    children: [
      PriorityAddCommand.node, list, PriorityCloseCommand.node, rank, PrioritySetCommand.node,
    ])

  static let priorityArgument = Positional(
    "priority", help: "The priority: its rank (1-3), id, or title (or a prefix).")

  static let all = Flag("all", help: "Include achieved and closed priorities.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List the top three (with --all, every past priority too).",
      options: [all.spec, CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().priorities(all: invocation.flag(all)))
    })

  static let rankArgument = Positional("rank", help: "1, 2 or 3.", field: .rank)

  static let rank: CommandNode = CommandNode(
    CommandSpec(
      name: "rank", abstract: "Give a priority a rank; the one holding it swaps places.",
      arguments: [priorityArgument.spec, rankArgument.spec]),
    run: { invocation in
      let text = try invocation.required(rankArgument)
      guard let rank = Int(text), (1...3).contains(rank) else {
        throw invocation.usageError("Invalid rank '\(text)': expected 1, 2 or 3")
      }
      let priority = try invocation.panel().rankPriority(
        invocation.required(priorityArgument), to: rank)
      invocation.say("\"\(priority.title)\" is now priority \(rank).")
    })
}
