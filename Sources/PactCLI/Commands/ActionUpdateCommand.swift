import PactCore

/// `pact action update A`.
enum ActionUpdateCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "update",
      abstract: "Record progress on an action: a dated note, and any change of status.",
      discussion: """
        Each update is kept in the action's history with its date. Mark an action done \
        with 'pact action done', which records the outcome.
        """,
      arguments: [ActionCommands.actionArgument],
      options: [
        OptionSpec(long: "note", valueName: "text", help: "What has happened."),
        OptionSpec(
          long: "status", valueName: "status", help: "Its new status.",
          allowedValues: ActionStatus.allCases.map(\.rawValue)),
        OptionSpec(long: "due", valueName: "date", help: "A new due date."),
        OptionSpec(long: "owner", valueName: "name", help: "A new owner."),
        OptionSpec(
          long: "on", valueName: "date", help: "When it happened (default: today)."),
      ],
      examples: [
        "pact action update A7K3 --note \"Two sessions held; 41 drivers warned\" "
          + "--status in-progress"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    var change = ActionChange(note: arguments.value("note"))
    change.status = try invocation.choice("status", as: ActionStatus.self)
    if change.status == .done {
      throw invocation.usageError(
        "An action is marked done with its outcome: pact action done ACTION --outcome TEXT")
    }
    change.due = try invocation.day("due")
    change.owner = arguments.value("owner")
    guard !change.isEmpty else {
      throw invocation.usageError("Nothing to record: give --note, --status, --due or --owner")
    }
    let day = try invocation.dayOfEvent("on")
    let query = arguments.positional("action") ?? ""
    let action = try invocation.store().updateAction(named: query) { snapshot in
      try snapshot.updateAction(query, change, on: day)
    }
    invocation.say("Updated action \(action.id) (\(action.status.words)).")
  }
}
