import PactCore

/// `pact export csv|json|ics|police-uk`: the panel in a form another program reads.
enum ExportCommand {
  static let asOf = Key<Day>.day(
    "as-of", help: "Export the panel as it stood on this day (default: as it stands).")

  static let format = Positional(
    "format", help: "csv, json, ics or police-uk.",
    completion: .values(ExportFormat.allCases.map(\.rawValue)))

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "export",
      abstract: "Export the action log, the whole panel, the meetings or the priorities.",
      discussion: """
        csv: the action log for a spreadsheet, as 'pact log --format csv' prints it.
        json: everything as one JSON document: the panel and every member, agency, \
        meeting, issue, priority and action, each with its id.
        ics: the scheduled meetings as an iCalendar file for a calendar app (UK time; \
        two hours long, or all day when no time is set), and cancelled ones as cancelled, \
        so that calendars holding them update.
        police-uk: the active priorities as the police.uk neighbourhood priorities API \
        shapes them (issue, issue-date, action, action-date), without internal notes.
        """,
      arguments: [format.spec],
      options: [asOf.spec, CommonOptions.output.spec],
      examples: [
        "pact export csv -o action-log.csv",
        "pact export ics -o meetings.ics",
      ]),
    run: { invocation in
      let name = try invocation.required(format)
      guard let chosen = ExportFormat(rawValue: name.lowercased()) else {
        let names = ExportFormat.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: name, in: names).map { " Did you mean '\($0)'?" }
        throw invocation.usageError(
          "Unknown export format '\(name)'.\(hint ?? "") Expected one of: "
            + names.joined(separator: ", "))
      }
      try invocation.emit(try invocation.panel().export(chosen, asOf: invocation.value(asOf)))
    })
}
