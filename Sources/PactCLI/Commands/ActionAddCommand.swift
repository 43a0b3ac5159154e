import PactCore

/// `pact action add TITLE --lead AGENCY`.
enum ActionAddCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Agree an action, with the agency that leads it.",
      discussion: """
        Every action has a lead agency (--lead: an agency id, its name, or a prefix of \
        either; see 'pact agency list'). If the lead agency has no member on the panel, the \
        chair should talk to it first. --priority takes a rank (1-3) or a priority's id.
        """,
      arguments: [ArgumentSpec(name: "title", help: "What will be done.")],
      options: [
        OptionSpec(
          long: "lead", valueName: "agency", help: "The lead agency (required).", isRequired: true),
        OptionSpec(long: "priority", valueName: "priority", help: "The priority it serves."),
        OptionSpec(long: "owner", valueName: "name", help: "The person who will do it."),
        OptionSpec(long: "due", valueName: "date", help: "When it should be done."),
        OptionSpec(
          long: "agreed-at", valueName: "date",
          help: "The meeting that agreed it (default: the latest held meeting)."),
      ],
      examples: [
        "pact action add \"Speed watch sessions on the A25\" --lead police --priority 1 \\\n"
          + "    --owner \"PCSO Tom Barker\" --due 2024-04-30"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    // The parser has made sure --lead is given.
    var draft = ActionDraft(
      title: arguments.positional("title") ?? "", lead: arguments.value("lead") ?? "")
    draft.priority = arguments.value("priority")
    draft.owner = arguments.value("owner")
    draft.due = try invocation.day("due")
    draft.agreedAt = arguments.value("agreed-at")
    let today = try invocation.today()
    var generator = SystemRandomNumberGenerator()
    let (action, represented) = try invocation.store().update(.openActions) { snapshot in
      let action = try snapshot.addAction(draft, today: today, using: &generator)
      return (action, snapshot.membersByAgency[action.lead] != nil)
    }
    invocation.say("Added action \(action.id): \(action.title) (lead: \(action.lead)).")
    if !represented {
      invocation.say(
        "Note: \(action.lead) has no member on the panel; the chair should discuss the action "
          + "with them.")
    }
  }
}
