import PactTestSupport
import Testing

@testable import PactCore

/// What an import leaves behind of a spreadsheet, and how it dates progress written with
/// dates.
@Suite struct ImportLeftBehindTests {
  private var today: Day { Day(year: 2024, month: 6, day: 1) ?? Day.first }

  private func panel() throws -> PanelRecords {
    try PanelRecords.new(
      name: "Test PACT", areas: [], partnership: nil, policeForce: nil, today: today)
  }

  private func importing(
    _ text: String, into snapshot: inout PanelRecords, options: ImportOptions = ImportOptions()
  ) throws -> ImportSummary {
    var generator = SplitMix64(seed: 42)
    return try snapshot.importActions(
      ActionSpreadsheet(text: text, file: "log.csv"), options: options, today: today,
      using: &generator)
  }

  @Test func theSummaryNamesColumnsItWasToldToLeaveBehind() throws {
    var snapshot = try panel()
    let options = ImportOptions(ignoredColumns: ["ref", "Notes"])
    let summary = try importing(
      "Ref,Action,Lead,RAG,Notes,Blank\n1,A,police,Red,,\n2,B,police,,Call back,\n",
      into: &snapshot, options: options)
    #expect(
      summary.text
        == "Imported 2 actions from log.csv.\nNot imported: the columns \"Ref\", \"Notes\".\n")
  }

  @Test func aColumnWithSomethingInItIsNotLeftBehindUnlessNamed() throws {
    var snapshot = try panel()
    let before = snapshot
    #expect(throws: ImportError.unreadColumns(file: "log.csv", headings: ["Ref", "Notes"])) {
      try importing("Ref,Action,Lead,Notes,Blank\n1,A,police,,\n2,B,police,x,\n", into: &snapshot)
    }
    #expect(throws: InvalidValueError.self) {
      try importing(
        "Ref,Action,Lead\n1,A,police\n", into: &snapshot,
        options: ImportOptions(ignoredColumns: ["Lead"]))
    }
    #expect(snapshot.actions == before.actions)
  }

  @Test(
    arguments: [
      ("29/01/2024 cleared, two tonnes removed", "2024-01-29", "Cleared, two tonnes removed"),
      ("12/4/24: camera installed", "2024-04-12", "Camera installed"),
      (
        "03/02/2024 gates ordered\n18/03/2024 gates fitted", "2024-03-18",
        "03/02/2024 gates ordered\n18/03/2024 gates fitted"
      ),
      ("Reported on the fault form 14/02/2024", nil, "Reported on the fault form 14/02/2024"),
      ("31/02/2024 not a date", nil, "31/02/2024 not a date"),
    ] as [(String, String?, String)])
  func progressIsDatedByTheDateItStartsWith(text: String, day: String?, note: String) {
    #expect(ImportRow.latestDate(in: text) == day.flatMap { Day($0) })
    #expect(ImportRow.withoutLeadingDate(text) == note)
  }

  /// Notes of plain ASCII are read on their bytes: for every note built from the pieces a
  /// dated note is made of, the dates and notes are those read character by character.
  @Test func notesReadOnTheirBytesAsCharacterByCharacter() {
    let pieces = [
      "29/01/2024", "12/4/24", "2024-03-18", "31/02/2024", "1.2.2024", "3/3", " ", "\t", "\n",
      "\r\n", "\r", "\u{0B}", "\u{0C}", ":", "-", ",", "cleared", "x", "A", "7", "/", ".",
      "\u{1F}", "", "caf\u{E9}",
    ]
    var random = SplitMix64(seed: 29)
    var notes = pieces
    for _ in 0..<4_000 {
      let count = Int.random(in: 1...6, using: &random)
      notes.append(
        (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined())
    }
    for note in notes {
      #expect(
        ImportRow.latestDate(in: note) == ImportRow.latestDateByCharacters(in: note),
        "\(note.debugDescription)")
      #expect(
        ImportRow.withoutLeadingDate(note) == ImportRow.withoutLeadingDateByCharacters(note),
        "\(note.debugDescription)")
    }
  }
}
