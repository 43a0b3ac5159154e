import PactCore

/// `pact action update A`.
enum ActionUpdateCommand {
  static let note = Key<String>.text(
    "note", valueName: "text", help: "What has happened.", field: .note)
  static let status = Key<ActionStatus>.choice(
    "status", valueName: "status", help: "Its new status.")
  static let due = Key<Day>.day("due", help: "A new due date.")
  static let owner = Key<String>.text(
    "owner", valueName: "name", help: "A new owner.", field: .owner)
  static let on = Key<Day>.day("on", help: "When it happened (default: today).", field: .date)
  static let isInternal = Flag(
    "internal",
    help: "The note is for the panel only: never printed in newsletters or public exports.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "update",
      abstract: "Record progress on an action: a dated note, and any change of status.",
      discussion: """
        Each update is kept in the action's history with its date. A note marked \
        --internal stays in the panel's own papers (status, the log, action show) and is \
        never published. Mark an action done with 'pact action done', which records the \
        outcome; correct a mistake with 'pact action set'.
        """,
      arguments: [ActionCommands.actionArgument.spec],
      options: [note.spec, isInternal.spec, status.spec, due.spec, owner.spec, on.spec],
      examples: [
        "pact action update A7K3 --note \"Two sessions held; 41 drivers warned\" "
          + "--status in-progress"
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var change = ActionChange(note: try invocation.value(note))
    change.isInternal = invocation.flag(isInternal)
    if change.isInternal, change.note == nil {
      throw invocation.usageError("'--internal' marks a note: give --note TEXT too")
    }
    change.status = try invocation.value(status)
    if change.status == .done {
      throw invocation.usageError(
        "An action is marked done with its outcome: pact action done ACTION --outcome TEXT")
    }
    change.due = try invocation.value(due)
    change.owner = try invocation.value(owner)
    guard !change.isEmpty else {
      throw invocation.usageError("Nothing to record: give --note, --status, --due or --owner")
    }
    let day = try invocation.dayOfEvent(on)
    let action = try invocation.panel().updateAction(
      invocation.required(ActionCommands.actionArgument), change, on: day)
    invocation.say("Updated action \(action.id) (\(action.status.words)).")
  }
}
