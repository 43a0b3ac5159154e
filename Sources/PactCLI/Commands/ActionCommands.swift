import PactCore

/// `pact action`: the actions agreed to tackle the priorities.
enum ActionCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "action",
      abstract: "Agree actions, record their progress, correct them, and mark them done.",
      defaultSubcommand: "list"),
    children: [
      ActionAddCommand.node, ActionUpdateCommand.node, ActionDoneCommand.node,
      ActionSetCommand.node, list, show,
    ])

  static let actionArgument = Positional(
    "action", help: "The action's id (or a prefix of it, such as A7K3).")

  static let status = Key<ActionStatus>.choice(
    "status", valueName: "status", help: "Only actions with this status.", isRepeatable: true)
  static let lead = Key<String>.text(
    "lead", valueName: "agency", help: "Only actions this agency leads.")
  static let priority = Key<String>.text(
    "priority", valueName: "priority", help: "Only actions under this priority.")
  static let overdue = Flag("overdue", help: "Only open actions past their due date.")
  static let all = Flag("all", help: "Include done and dropped actions.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List open actions (or those a filter picks), soonest due first.",
      options: [
        status.spec, lead.spec, priority.spec, overdue.spec, all.spec, CommonOptions.format.spec,
        CommonOptions.json.spec,
      ]),
    run: { invocation in
      var query = ActionQuery()
      if invocation.has(status) { query.statuses = Set(try invocation.values(status)) }
      query.lead = try invocation.value(lead)
      query.priority = try invocation.value(priority)
      query.overdue = invocation.flag(overdue)
      query.all = invocation.flag(all)
      let listing = try invocation.panel().actions(query)
      invocation.present(listing, csv: listing.csv)
      invocation.leaveToExit(listing)
    })

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show", abstract: "Show an action with its whole history.",
      arguments: [actionArgument.spec], options: [CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().action(invocation.required(actionArgument)))
    })
}
