import PactCore

/// `pact agency add NAME`.
enum AgencyAddCommand {
  static let name = Positional("name", help: "The agency's name.", field: .name)
  static let id = Key<String>.text(
    "id", valueName: "id",
    help: "A short id to type (default: made from the name), such as 'highways'.", field: .id)
  static let handles = Key<String>.text(
    "handles", valueName: "category",
    help: "An issue category in its remit, such as 'speeding'.", field: .category,
    isRepeatable: true)
  static let contact = Key<String>.text(
    "contact", valueName: "text", help: "How the panel reaches it.", field: .contact)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Add a lead agency.",
      arguments: [name.spec],
      options: [id.spec, AgencyCommands.kind.spec, handles.spec, contact.spec],
      examples: [
        "pact agency add \"Clarion Housing\" --id clarion --kind housing --handles \"estate repairs\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var draft = AgencyDraft(name: try invocation.required(name), id: try invocation.value(id))
    draft.kind = try invocation.value(AgencyCommands.kind) ?? .other
    draft.handles = try invocation.values(handles)
    draft.contact = try invocation.value(contact)
    let agency = try invocation.panel().addAgency(draft)
    invocation.say("Added agency \(agency.name) (\(agency.id)).")
  }
}
