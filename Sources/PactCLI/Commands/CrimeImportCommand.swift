import PactCore

/// `pact crime import PATH...`: police.uk street-level files into the panel's monthly counts.
enum CrimeImportCommand {
  static let path = Positional(
    "path", help: "A street-level CSV file, or a folder of them (searched for *-street.csv).",
    isRepeating: true, completion: .file)
  static let panels = Key<String>.text(
    "panels", valueName: "dir",
    help: "Feed every panel found under this folder (as pact report finds them) in one pass, "
      + "instead of the current panel.",
    isRepeatable: true, completion: .directory)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "import",
      abstract: "Count police.uk street-level crime files into the panel's area, by month.",
      discussion: """
        Give the files, or the folders police.uk's archive unpacks to (2024-03/2024-03-kent-\
        street.csv). Each month is kept as counts by crime type in crime/YYYY-MM.json, with \
        the files they came from; no row is kept. A file read again replaces what it gave \
        before, so importing the same files twice changes nothing; a file of the same name \
        and contents found twice is read once. Rows with no location are counted apart, \
        never placed in an area. A file that is not a street-level file, or a row that \
        cannot be read, is named with its line, and nothing is imported.
        """,
      arguments: [path.spec],
      options: [panels.spec, CommonOptions.json.spec],
      examples: [
        "pact crime import ~/Downloads/police-data/2024-03",
        "pact crime import ~/Downloads/police-data --panels ~/pacts",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let paths = invocation.arguments(path)
    guard !paths.isEmpty else { throw invocation.usageError("Missing expected argument '<path>'") }
    let directory = invocation.context.currentDirectory
    let summary: CrimeImportSummary
    if invocation.has(panels) {
      summary = try PanelService.importCrime(
        paths, intoPanelsUnder: invocation.values(panels), relativeTo: directory,
        label: "pact " + invocation.commandLine.map(ShellQuoting.word).joined(separator: " "))
    } else {
      summary = try invocation.panel().importCrime(paths, relativeTo: directory)
    }
    if invocation.wantsJSON {
      invocation.printJSON(summary.json)
    } else {
      invocation.say(summary.text)
    }
  }
}
