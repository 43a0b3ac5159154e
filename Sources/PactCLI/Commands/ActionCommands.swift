import PactCore

/// `pact action`: the actions agreed to tackle the priorities.
enum ActionCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "action",
      abstract: "Agree actions, record their progress, and mark them done.",
      defaultSubcommand: "list"),
    children: [
      ActionAddCommand.node, ActionUpdateCommand.node, ActionDoneCommand.node, list, show,
    ])

  static let actionArgument = ArgumentSpec(
    name: "action", help: "The action's id (or a prefix of it, such as A7K3).")

  static let formatOption = OptionSpec(
    long: "format", valueName: "format", help: "text (the default) or csv, for a spreadsheet.",
    allowedValues: ["text", "csv"])

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list", abstract: "List open actions (or those a filter picks), soonest due first.",
      options: [
        OptionSpec(
          long: "status", valueName: "status", help: "Only actions with this status.",
          isRepeatable: true, allowedValues: ActionStatus.allCases.map(\.rawValue)),
        OptionSpec(long: "lead", valueName: "agency", help: "Only actions this agency leads."),
        OptionSpec(
          long: "priority", valueName: "priority", help: "Only actions under this priority."),
        OptionSpec(long: "overdue", help: "Only open actions past their due date."),
        OptionSpec(long: "all", help: "Include done and dropped actions."),
        formatOption, CommonOptions.json,
      ]),
    run: { invocation in
      let arguments = invocation.arguments
      // Open actions alone need none of the panel's history.
      let onlyOpen =
        !arguments.flag("all") && !arguments.has("priority")
        && arguments.values("status").allSatisfy { ActionStatus(rawValue: $0)?.isOpen ?? false }
      let snapshot = try invocation.store().load(onlyOpen ? .openWork : .everything)
      var filter = ActionFilter()
      if arguments.has("status") {
        filter.statuses = Set(arguments.values("status").compactMap(ActionStatus.init(rawValue:)))
      }
      filter.lead = try arguments.value("lead").map { try snapshot.agency($0).id }
      filter.priority = try arguments.value("priority").map { try snapshot.priority($0).id }
      if arguments.flag("overdue") { filter.overdueOn = try invocation.today() }
      filter.all = arguments.flag("all")
      let listing = ActionListing(snapshot, filter: filter)
      invocation.present(listing, csv: listing.csv)
    })

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show", abstract: "Show an action with its whole history.",
      arguments: [actionArgument], options: [CommonOptions.json]),
    run: { invocation in
      let snapshot = try invocation.store().load()
      let action = try snapshot.action(invocation.arguments.positional("action") ?? "")
      invocation.present(ActionDetail(snapshot, action: action))
    })
}
