import PactCore

/// `pact member`: the people on the panel.
enum MemberCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "member",
      abstract: "Add, list, correct and remove the panel's members.",
      defaultSubcommand: "list"),
    children: [MemberAddCommand.node, list, MemberSetCommand.node, MemberRemoveCommand.node])

  static let all = Flag("all", help: "Include former members.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list",
      abstract: "List the panel's members.",
      options: [all.spec, CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().members(includingFormer: invocation.flag(all)))
    })
}
