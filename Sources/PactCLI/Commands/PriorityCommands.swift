import PactCore

/// `pact priority`: the panel's top three.
enum PriorityCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "priority",
      abstract: "Set, rank and close the community's top three priorities.",
      defaultSubcommand: "list"),
    children: [PriorityAddCommand.node, list, PriorityCloseCommand.node, rank])

  static let priorityArgument = ArgumentSpec(
    name: "priority", help: "The priority: its rank (1-3), id, or title (or a prefix).")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List the top three (with --all, every past priority too).",
      options: [
        OptionSpec(long: "all", help: "Include achieved and closed priorities."),
        CommonOptions.json,
      ]),
    run: { invocation in
      invocation.present(
        PriorityListing(
          try invocation.store().load(), today: try invocation.today(),
          all: invocation.arguments.flag("all")))
    })

  static let rank: CommandNode = CommandNode(
    CommandSpec(
      name: "rank", abstract: "Give a priority a rank; the one holding it swaps places.",
      arguments: [priorityArgument, ArgumentSpec(name: "rank", help: "1, 2 or 3.")]),
    run: { invocation in
      let query = invocation.arguments.positional("priority") ?? ""
      let text = invocation.arguments.positional("rank") ?? ""
      guard let rank = Int(text), (1...3).contains(rank) else {
        throw invocation.usageError("Invalid rank '\(text)': expected 1, 2 or 3")
      }
      let priority = try invocation.store().update(.openActions) {
        try $0.rankPriority(query, to: rank)
      }
      invocation.say("\"\(priority.title)\" is now priority \(rank).")
    })
}
