import PactCore

/// `pact action add TITLE --lead AGENCY`.
enum ActionAddCommand {
  static let title = Positional("title", help: "What will be done.", field: .title)
  static let lead = Key<String>.text(
    "lead", valueName: "agency", help: "The lead agency (required).", isRequired: true)
  static let priority = Key<String>.text(
    "priority", valueName: "priority", help: "The priority it serves.")
  static let owner = Key<String>.text(
    "owner", valueName: "name", help: "The person who will do it.", field: .owner)
  static let due = Key<Day>.day("due", help: "When it should be done.")
  static let agreedAt = Key<String>.text(
    "agreed-at", valueName: "date",
    help: "The meeting that agreed it (default: the latest held meeting).", field: .meeting)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Agree an action, with the agency that leads it.",
      discussion: """
        Every action has a lead agency (--lead: an agency id, its name, or a prefix of \
        either; see 'pact agency list'). If the lead agency has no member on the panel, the \
        chair should talk to it first. --priority takes a rank (1-3) or a priority's id.
        """,
      arguments: [title.spec],
      options: [lead.spec, priority.spec, owner.spec, due.spec, agreedAt.spec],
      examples: [
        "pact action add \"Speed watch sessions on the A25\" --lead police --priority 1 \\\n"
          + "    --owner \"PCSO Tom Barker\" --due 2024-04-30"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var draft = ActionDraft(
      title: try invocation.required(title), lead: try invocation.required(lead))
    draft.priority = try invocation.value(priority)
    draft.owner = try invocation.value(owner)
    draft.due = try invocation.value(due)
    draft.agreedAt = try invocation.value(agreedAt)
    let (action, represented) = try invocation.panel().addAction(draft)
    invocation.say("Added action \(action.id): \(action.title) (lead: \(action.lead)).")
    if !represented {
      invocation.say(
        "Note: \(action.lead) has no member on the panel; the chair should discuss the action "
          + "with them.")
    }
  }
}
