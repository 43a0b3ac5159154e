import PactCore

/// `pact agency add NAME`.
enum AgencyAddCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Add a lead agency.",
      arguments: [ArgumentSpec(name: "name", help: "The agency's name.")],
      options: [
        OptionSpec(
          long: "id", valueName: "id",
          help: "A short id to type (default: made from the name), such as 'highways'."),
        AgencyCommands.kindOption,
        OptionSpec(
          long: "handles", valueName: "category",
          help: "An issue category in its remit, such as 'speeding'.", isRepeatable: true),
        OptionSpec(long: "contact", valueName: "text", help: "How the panel reaches it."),
      ],
      examples: [
        "pact agency add \"Clarion Housing\" --id clarion --kind housing --handles \"estate repairs\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    var draft = AgencyDraft(name: arguments.positional("name") ?? "", id: arguments.value("id"))
    draft.kind = try invocation.choice("kind", as: AgencyKind.self) ?? .other
    draft.handles = arguments.values("handles")
    draft.contact = arguments.value("contact")
    let agency = try invocation.store().update { snapshot in try snapshot.addAgency(draft) }
    invocation.say("Added agency \(agency.name) (\(agency.id)).")
  }
}
