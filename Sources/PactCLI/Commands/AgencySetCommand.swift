import PactCore

/// `pact agency set ID`.
enum AgencySetCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Change an agency's name, kind, remit or contact.",
      discussion: "Give only what changes; --handles replaces the whole remit.",
      arguments: [
        ArgumentSpec(name: "agency", help: "The agency's id, name, or a prefix of either.")
      ],
      options: [
        OptionSpec(long: "name", valueName: "name", help: "Its new name."),
        AgencyCommands.kindOption,
        OptionSpec(
          long: "handles", valueName: "category",
          help: "An issue category in its remit; replaces the list.", isRepeatable: true),
        OptionSpec(
          long: "contact", valueName: "text", help: "How the panel reaches it (\"\" clears)."),
      ],
      examples: ["pact agency set council --name \"Tonbridge and Malling Borough Council\""]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    var changes = AgencyChanges()
    changes.name = arguments.value("name")
    changes.kind = try invocation.choice("kind", as: AgencyKind.self)
    if arguments.has("handles") { changes.handles = arguments.values("handles") }
    changes.contact = arguments.value("contact")
    guard
      changes.name != nil || changes.kind != nil || changes.handles != nil
        || changes.contact != nil
    else {
      throw invocation.usageError("Nothing to change: give at least one option")
    }
    let query = arguments.positional("agency") ?? ""
    let agency = try invocation.store().update { snapshot in
      try snapshot.setAgency(query, changes)
    }
    invocation.say("Updated agency \(agency.name) (\(agency.id)).")
  }
}
