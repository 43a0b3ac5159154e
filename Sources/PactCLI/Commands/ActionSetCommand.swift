import PactCore

/// `pact action set A`: corrects an action entered wrongly.
enum ActionSetCommand {
  static let title = Key<String>.text(
    "title", valueName: "title", help: "The action, as it should read.", field: .title)
  static let lead = Key<String>.text(
    "lead", valueName: "agency", help: "The lead agency: its id, name, or a prefix of either.")
  static let priority = Key<String>.text(
    "priority", valueName: "priority",
    help: "The priority it serves: rank (1-3), id or title; \"\" for none.")
  static let agreedAt = Key<String>.text(
    "agreed-at", valueName: "date", help: "The meeting that agreed it.", field: .meeting)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Correct an action's title, lead agency, priority or the meeting that agreed it.",
      discussion: """
        For mistakes, not news: record progress with 'pact action update'. The correction \
        is kept in the action's history, dated today, with what each field held before.
        """,
      arguments: [ActionCommands.actionArgument.spec],
      options: [title.spec, lead.spec, priority.spec, agreedAt.spec],
      examples: [
        "pact action set A7K3 --priority 2",
        "pact action set A7K3 --lead highways --agreed-at 2024-03-12",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var corrections = ActionCorrections()
    corrections.title = try invocation.value(title)
    corrections.lead = try invocation.value(lead)
    corrections.priority = try invocation.value(priority)
    corrections.agreedAt = try invocation.value(agreedAt)
    guard !corrections.isEmpty else {
      throw invocation.usageError(
        "Nothing to correct: give --title, --lead, --priority or --agreed-at")
    }
    let (action, corrected) = try invocation.panel().correctAction(
      invocation.required(ActionCommands.actionArgument), corrections)
    invocation.say(
      "Corrected action \(action.id): \(corrected.map(\.words).joined(separator: ", ")).")
  }
}
