import PactCore

/// `pact agency`: the organisations that lead actions.
enum AgencyCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "agency",
      abstract: "Add, list, change and remove lead agencies.",
      discussion: """
        Every action has a lead agency. An agency is represented on the panel when a member \
        belongs to it (pact member add NAME --org AGENCY); the chair should talk to an \
        agency that is not before the panel relies on it.
        """,
      defaultSubcommand: "list"),
    children: [AgencyAddCommand.node, list, AgencySetCommand.node, remove])

  static let kindOption = OptionSpec(
    long: "kind", valueName: "kind", help: "What sort of organisation it is.",
    allowedValues: AgencyKind.allCases.map(\.rawValue))

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list",
      abstract: "List the lead agencies and whether each is on the panel.",
      options: [CommonOptions.json]),
    run: { invocation in
      invocation.present(AgencyListing(try invocation.store().load()))
    })

  static let remove: CommandNode = CommandNode(
    CommandSpec(
      name: "remove",
      abstract: "Remove an agency that no member or action names.",
      arguments: [
        ArgumentSpec(name: "agency", help: "The agency's id, name, or a prefix of either.")
      ]),
    run: { invocation in
      let query = invocation.arguments.positional("agency") ?? ""
      let agency = try invocation.store().update { snapshot in
        try snapshot.removeAgency(query)
      }
      invocation.say("Removed agency \(agency.name) (\(agency.id)).")
    })
}
