import PactCore

/// `pact priority add TITLE`.
enum PriorityAddCommand {
  static let title = Positional(
    "title", help: "The priority, in a few words.", isOptional: true, field: .title)
  static let category = Key<String>.text(
    "category", valueName: "category", help: "Such as speeding or ASB.", field: .category)
  static let fromIssue = Key<String>.text(
    "from-issue", valueName: "issue", help: "The backlog issue to promote.")
  static let setAt = Key<String>.text(
    "set-at", valueName: "date",
    help: "The meeting that set it (default: the latest held meeting).", field: .meeting)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Make a concern one of the top three priorities.",
      discussion: """
        A panel works on three priorities at a time. When three are active, close one first \
        (pact priority close). --from-issue promotes a backlog issue, taking its title unless \
        one is given.
        """,
      arguments: [title.spec],
      options: [category.spec, fromIssue.spec, setAt.spec, CrimeOptions.crimeType.spec],
      examples: [
        "pact priority add \"Speeding on the A25\" --category speeding",
        "pact priority add --from-issue I4KQ",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var draft = PriorityDraft(title: invocation.argument(title))
    draft.category = try invocation.value(category)
    draft.fromIssue = try invocation.value(fromIssue)
    draft.setAt = try invocation.value(setAt)
    draft.crimeType = try invocation.value(CrimeOptions.crimeType)
    guard draft.title != nil || draft.fromIssue != nil else {
      throw invocation.usageError("Missing expected argument '<title>' (or give --from-issue)")
    }
    let priority = try invocation.panel().addPriority(draft)
    invocation.say(
      "Priority \(priority.rank.map(String.init) ?? "-"): \(priority.title) (\(priority.id)).")
  }
}
