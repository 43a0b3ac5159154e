import PactCore

/// `pact agency set ID`.
enum AgencySetCommand {
  static let name = Key<String>.text(
    "name", valueName: "name", help: "Its new name.", field: .name)
  static let handles = Key<String>.text(
    "handles", valueName: "category",
    help: "An issue category in its remit; replaces the list.", field: .category,
    isRepeatable: true)
  static let contact = Key<String>.text(
    "contact", valueName: "text", help: "How the panel reaches it (\"\" clears).",
    field: .contact)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Change an agency's name, kind, remit or contact.",
      discussion: "Give only what changes; --handles replaces the whole remit.",
      arguments: [AgencyCommands.agencyArgument.spec],
      options: [name.spec, AgencyCommands.kind.spec, handles.spec, contact.spec],
      examples: ["pact agency set council --name \"Tonbridge and Malling Borough Council\""]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var changes = AgencyChanges()
    changes.name = try invocation.value(name)
    changes.kind = try invocation.value(AgencyCommands.kind)
    if invocation.has(handles) { changes.handles = try invocation.values(handles) }
    changes.contact = try invocation.value(contact)
    guard
      changes.name != nil || changes.kind != nil || changes.handles != nil
        || changes.contact != nil
    else {
      throw invocation.usageError("Nothing to change: give at least one option")
    }
    let agency = try invocation.panel().setAgency(
      invocation.required(AgencyCommands.agencyArgument), changes)
    invocation.say("Updated agency \(agency.name) (\(agency.id)).")
  }
}
