import PactCore

/// `pact report DIR...`: the CSP's overview of every panel under some folders.
enum ReportCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "report",
      abstract: "The CSP's borough overview of every panel found.",
      discussion: """
        Every folder under DIR that holds panel.json is a panel (a DIR may be a panel \
        itself); a panel's own folders are not searched, nor are hidden folders. For each \
        panel: area, status, chair, last and next meeting and whether one is overdue, the \
        top three, actions open, overdue and done, the share of done actions completed by \
        their due date (those with no due date are not counted), the median days from \
        agreeing an action to completing it, and long-running priorities. Then each lead \
        agency's open and overdue actions across all panels, agencies matched by name \
        ignoring case.

        Markdown by default. --format csv gives one row per panel (the panel table only); \
        --json gives everything. A panel that cannot be read is named with its file and \
        field, the others are still reported, and pact exits 65. The report needs no \
        panel: --panel and PACT_PANEL are ignored.
        """,
      arguments: [
        ArgumentSpec(
          name: "dir", help: "A folder holding panels (searched recursively), or a panel.",
          isRepeating: true, completion: .directory)
      ],
      options: [
        OptionSpec(
          long: "format", valueName: "format",
          help: "markdown (the default) or csv, one row per panel for a spreadsheet.",
          allowedValues: ["markdown", "csv"]),
        OptionSpec(
          long: "as-of", valueName: "date", help: "Report as on this day (default: today)."),
        CommonOptions.json, CommonOptions.output,
      ],
      examples: ["pact report ~/pacts", "pact report ~/pacts --format csv -o panels.csv"]),
    run: { invocation in
      let directories = invocation.arguments.positionals("dir")
      let today = try invocation.day("as-of") ?? invocation.today()
      let found = try PanelFinder.find(directories, in: invocation.context.currentDirectory)
      guard !found.isEmpty else { throw BoroughReportError.noPanels(paths: directories) }
      let report = BoroughReport(loading: found, asOf: today)
      if invocation.wantsJSON {
        try invocation.emit(JSONWriter.prettyString(report.json))
      } else if invocation.arguments.value("format") == "csv" {
        try invocation.emit(report.csv)
      } else {
        try invocation.emit(report.markdown)
      }
      // The rest are reported; the exit status still says that some data was unreadable.
      guard report.failures.isEmpty else {
        throw DataFileError.invalid(report.failures.flatMap(\.problems))
      }
    })
}
