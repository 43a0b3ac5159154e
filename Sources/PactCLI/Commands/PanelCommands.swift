import PactCore

/// `pact panel`: the panel's settings, roles and CSP endorsement criteria.
enum PanelCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "panel",
      abstract: "Show or change the panel's settings, roles and endorsement checklist.",
      defaultSubcommand: "show"),
    children: [show, PanelSetCommand.node, PanelCriterionCommand.node])

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show",
      abstract: "Show the panel's settings, roles and CSP endorsement checklist.",
      options: [CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().summary())
    })
}
