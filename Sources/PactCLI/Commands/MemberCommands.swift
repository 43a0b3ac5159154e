import PactCore

/// `pact member`: the people on the panel.
enum MemberCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "member",
      abstract: "Add, list and remove the panel's members.",
      defaultSubcommand: "list"),
    children: [MemberAddCommand.node, list, MemberRemoveCommand.node])

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list",
      abstract: "List the panel's members.",
      options: [
        OptionSpec(long: "all", help: "Include former members."), CommonOptions.json,
      ]),
    run: { invocation in
      invocation.present(
        MemberListing(
          try invocation.store().load(), includingFormer: invocation.arguments.flag("all")))
    })
}
