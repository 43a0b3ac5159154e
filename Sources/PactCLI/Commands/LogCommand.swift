import PactCore

/// `pact log`: the action log as the paper template lays it out.
enum LogCommand {
  static let asOf = Key<Day>.day(
    "as-of", help: "The log as it stood on this day: actions agreed by then, as they were.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "log",
      abstract: "The action log: every action with its lead, owner, due date and progress.",
      discussion: """
        The columns of the paper action log: date raised, priority, action, lead agency, \
        owner, due date, latest progress and status. --format csv gives the same log, with \
        the outcome and difference made, for a spreadsheet.
        """,
      options: [asOf.spec, CommonOptions.format.spec, CommonOptions.json.spec]),
    run: { invocation in
      let log = try invocation.panel().log(asOf: invocation.value(asOf))
      invocation.present(log, csv: log.csv)
      invocation.leaveToExit(log)
    })
}
