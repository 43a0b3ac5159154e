/// How `pact import` asks for a spreadsheet to be taken in.
public struct ImportOptions: Sendable {
  /// Import the rows that can be read, and report the others, rather than import nothing.
  public var skipBadRows = false
  /// Add each lead agency the panel does not have, rather than refuse.
  public var createAgencies = false
  /// The headings of columns pact does not read that may be left behind: an import that
  /// would leave behind any other column with something in it is refused.
  public var ignoredColumns: [String] = []

  public init(
    skipBadRows: Bool = false, createAgencies: Bool = false, ignoredColumns: [String] = []
  ) {
    self.skipBadRows = skipBadRows
    self.createAgencies = createAgencies
    self.ignoredColumns = ignoredColumns
  }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
  /// The file as messages name it.
  public var file: String
  /// The actions added, in the spreadsheet's order.
  public var imported: [Action] = []
  /// Rows skipped because the panel has the action already.
  public var alreadyInPanel = 0
  /// Agencies added for lead agencies the panel did not have.
  public var newAgencies: [Agency] = []
  /// Rows that could not be read and were left out (with `--skip-bad-rows`).
  public var skipped: [ImportProblem] = []
  /// The headings of columns with something in them that pact did not read, as asked.
  public var ignoredHeadings: [String] = []

  public init(file: String) {
    self.file = file
  }

  /// The summary for standard output: "Imported 12 actions from log.csv (3 already in the
  /// panel; 2 new agencies: …)." and, when some columns were not read, a line naming them.
  public var text: String {
    var details: [String] = []
    if alreadyInPanel > 0 {
      details.append("\(PlainWords.number(alreadyInPanel)) already in the panel")
    }
    if !skipped.isEmpty {
      details.append(PlainWords.count(skipped.count, "bad row") + " skipped")
    }
    if !newAgencies.isEmpty {
      details.append(
        PlainWords.count(newAgencies.count, "new agency", "new agencies") + ": "
          + newAgencies.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))
    }
    var text =
      "Imported \(PlainWords.count(imported.count, "action")) from \(file)"
      + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))") + ".\n"
    if !ignoredHeadings.isEmpty {
      text +=
        "Not imported: the column\(ignoredHeadings.count == 1 ? "" : "s") "
        + ignoredHeadings.map { "\"\($0)\"" }.joined(separator: ", ") + ".\n"
    }
    return text
  }

  /// One line for each row skipped, for standard error: `Skipped log.csv:4: …`.
  public var skippedText: String {
    skipped.map { "Skipped \(file):\($0.line): \($0.message)\n" }.joined()
  }
}
