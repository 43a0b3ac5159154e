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

  static let kind = Key<AgencyKind>.choice(
    "kind", valueName: "kind", help: "What sort of organisation it is.")

  static let agencyArgument = Positional(
    "agency", help: "The agency's id, name, or a prefix of either.")

  static let list: CommandNode = CommandNode(
    CommandSpec(
      name: "list",
      abstract: "List the lead agencies and whether each is on the panel.",
      options: [CommonOptions.json.spec]),
    run: { invocation in
      invocation.present(try invocation.panel().agencies())
    })

  static let remove: CommandNode = CommandNode(
    CommandSpec(
      name: "remove",
      abstract: "Remove an agency that no member or action names.",
      arguments: [agencyArgument.spec]),
    run: { invocation in
      let agency = try invocation.panel().removeAgency(invocation.required(agencyArgument))
      invocation.say("Removed agency \(agency.name) (\(agency.id)).")
    })
}
