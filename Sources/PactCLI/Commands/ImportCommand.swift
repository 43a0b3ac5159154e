import PactCore

/// `pact import FILE.csv`: an action log spreadsheet the panel already keeps.
enum ImportCommand {
  static let file = Positional(
    "file", help: "The action log, saved from the spreadsheet as CSV.", completion: .file)
  static let skipBadRows = Flag(
    "skip-bad-rows",
    help: "Import the rows that can be read, and report the others on standard error.")
  static let createAgencies = Flag(
    "create-agencies",
    help: "Add each lead agency the panel does not have (its id made from the name).")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "import",
      abstract: "Import an action log spreadsheet saved as CSV.",
      discussion: """
        The header row must name the action ("Action", "Action agreed") and lead agency \
        ("Lead", "Lead agency", "Agency") columns; pact also reads "Owner" or "Responsible \
        officer", "Due", "Due date", "Timescale" or "Deadline", "Date raised" or "Date \
        agreed", "Priority", "Progress" or "Update", "Status" and "Outcome", ignoring case. \
        Dates are day first (12/03/2024, 12/03/24, 1/3/2024) or 2024-03-12; a timescale \
        that is not a date ("ongoing") is kept as a note. Status: Open, In progress, \
        Blocked, Done (Complete, Completed, Closed) or Dropped; Red, Amber, Green and blank \
        mean open.

        Nothing is imported unless every row can be read: a bad row is reported by the \
        line it starts on. A row already in the panel (the same action, lead agency and \
        date raised) is skipped, so importing a file twice adds nothing.
        """,
      arguments: [file.spec],
      options: [skipBadRows.spec, createAgencies.spec],
      examples: [
        "pact import action-log.csv",
        "pact import action-log.csv --skip-bad-rows --create-agencies",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let path = try invocation.required(file)
    let sheet = try ActionSpreadsheet.read(
      PanelLocator.resolve(path, in: invocation.context.currentDirectory), display: path)
    let options = ImportOptions(
      skipBadRows: invocation.flag(skipBadRows), createAgencies: invocation.flag(createAgencies))
    let summary = try invocation.panel().importActions(sheet, options: options)
    invocation.context.stderr.write(summary.skippedText)
    invocation.say(summary.text)
  }
}
