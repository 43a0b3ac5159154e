import PactCore

/// `pact report DIR...`: the CSP's overview of every panel under some folders.
enum ReportCommand {
  static let dir = Positional(
    "dir", help: "A folder holding panels (searched recursively), or a panel.",
    isRepeating: true, completion: .directory)
  static let format = Key<String>(
    spec: OptionSpec(
      long: "format", valueName: "format",
      help: "markdown (the default) or csv, one row per panel for a spreadsheet.",
      allowedValues: ["markdown", "csv"]),
    convert: { text, _ in text })
  static let asOf = Key<Day>.day("as-of", help: "Report as on this day (default: today).")

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
      arguments: [dir.spec],
      options: [format.spec, asOf.spec, CommonOptions.json.spec, CommonOptions.output.spec],
      examples: ["pact report ~/pacts", "pact report ~/pacts --format csv -o panels.csv"]),
    run: { invocation in
      let report = try PanelService.report(
        panelsUnder: invocation.arguments(dir), relativeTo: invocation.context.currentDirectory,
        asOf: invocation.value(asOf) ?? invocation.today(), today: invocation.today(),
        cacheFolder: CacheFolder.standard(environment: invocation.context.environment))
      let read = (report.panels.map(\.path) + report.failures.map(\.path)).map {
        PanelLocator.resolve($0, in: invocation.context.currentDirectory)
      }
      if invocation.wantsJSON {
        try invocation.emit(JSONWriter.prettyString(report.json), outside: read)
      } else if try invocation.value(format) == "csv" {
        try invocation.emit(report.csv, outside: read)
      } else {
        try invocation.emit(report.markdown, outside: read)
      }
      // The rest are reported; the exit status still says that some data was unreadable.
      guard report.failures.isEmpty else {
        throw DataFileError.invalid(report.failures.flatMap(\.problems))
      }
    })
}
