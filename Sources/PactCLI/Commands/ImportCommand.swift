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
  static let ignoreColumn = Key<String>.text(
    "ignore-column", valueName: "heading",
    help: "Leave this column behind, though it holds something (repeat for each).",
    field: .column, isRepeatable: true)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "import",
      abstract: "Import an action log spreadsheet saved as CSV.",
      discussion: """
        The header row must name the action ("Action", "Action agreed") and lead agency \
        ("Lead", "Lead agency", "Agency") columns; pact also reads "Owner" or "Responsible \
        officer", "Due", "Due date", "Timescale", "Deadline" or "Target date", "Date \
        raised" or "Date agreed", "Priority", "Progress", "Update", "Progress / update" or \
        "Latest update", "Status" (or "RAG" when there is no Status column) and "Outcome", \
        ignoring case. Dates are day first (12/03/2024, 12/03/24, 1/3/2024) or 2024-03-12; \
        a timescale that is not a date ("ongoing") is kept as a note. Status: Open, In \
        progress, Blocked, Done (Complete, Completed, Closed) or Dropped; Red, Amber, Green \
        and blank mean open. A done row is done on the latest date its progress starts a \
        line with, else on its date raised.

        Nothing is imported unless every row can be read: a bad row is reported by the \
        line it starts on. Nor is anything imported from a file with a column pact does not \
        read that holds something, unless --ignore-column names it. A row already in the \
        panel (the same action, lead agency and date raised) is skipped, so importing a \
        file twice adds nothing.
        """,
      arguments: [file.spec],
      options: [skipBadRows.spec, createAgencies.spec, ignoreColumn.spec],
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
      skipBadRows: invocation.flag(skipBadRows), createAgencies: invocation.flag(createAgencies),
      ignoredColumns: try invocation.values(ignoreColumn))
    let summary = try invocation.panel().importActions(sheet, options: options)
    invocation.context.stderr.write(summary.skippedText)
    invocation.say(summary.text)
  }
}
