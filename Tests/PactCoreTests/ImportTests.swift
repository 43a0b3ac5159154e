import PactTestSupport
import Testing

@testable import PactCore

/// Reading council action log spreadsheets, and adding their actions to a panel.
@Suite struct ImportTests {
  func day(_ text: String) throws -> Day { try #require(Day(text)) }

  var today: Day { Day(year: 2024, month: 6, day: 1) ?? Day.first }

  /// A panel with the default agencies, a meeting held on 12 March 2024, one scheduled
  /// for 9 July, and two priorities set at the March meeting.
  func panel() throws -> PanelRecords {
    var snapshot = try PanelRecords.new(
      name: "Test PACT", areas: ["Platt"], partnership: nil, policeForce: nil,
      today: day("2024-01-01"))
    _ = try snapshot.addMeeting(
      on: day("2024-03-12"), MeetingDetails(), scheduled: false, today: today)
    _ = try snapshot.addMeeting(
      on: day("2024-07-09"), MeetingDetails(), scheduled: false, today: today)
    var generator = SplitMix64(seed: 7)
    for title in ["Speeding on the A25", "Fly-tipping in the lay-by"] {
      var draft = PriorityDraft(title: title)
      draft.setAt = "2024-03-12"
      try snapshot.addPriority(draft, today: today, using: &generator)
    }
    return snapshot
  }

  func sheet(_ text: String) throws -> ActionSpreadsheet {
    try ActionSpreadsheet(text: text, file: "log.csv")
  }

  func importing(
    _ text: String, into snapshot: inout PanelRecords, options: ImportOptions = ImportOptions()
  ) throws -> ImportSummary {
    var generator = SplitMix64(seed: 42)
    return try snapshot.importActions(
      sheet(text), options: options, today: today, using: &generator)
  }

  // MARK: Headings

  @Test(arguments: [
    ("Action", ImportColumn.action), ("Action agreed", .action), ("Lead", .lead),
    ("Lead agency", .lead), ("Agency", .lead), ("Owner", .owner),
    ("Responsible officer", .owner), ("Due", .due), ("Due date", .due), ("Timescale", .due),
    ("Deadline", .due), ("Date raised", .raised), ("Date agreed", .raised),
    ("Priority", .priority), ("Progress", .progress), ("Update", .progress),
    ("Status", .status), ("Outcome", .outcome), ("  LEAD AGENCY: ", .lead),
    ("date_raised", .raised), ("Responsible  Officer.", .owner), ("\"Action\"", .action),
  ])
  func headingsAreMatchedIgnoringCaseSpacesAndPunctuation(
    heading: String, column: ImportColumn
  ) {
    #expect(ImportColumn(heading: heading) == column)
  }

  @Test(arguments: ["Action No.", "Ref", "Leader", "Comments", ""])
  func otherHeadingsAreNotColumnsPactReads(heading: String) {
    #expect(ImportColumn(heading: heading) == nil)
  }

  @Test func aHeaderWithoutActionAndLeadNamesWhatItFoundAndWhatIsExpected() throws {
    let error = #expect(throws: ImportDataError.self) {
      try sheet("Ref,What,Who,When\n1,Speed watch,police,30/04/2024\n")
    }
    #expect(error == .missingColumns(file: "log.csv", found: ["Ref", "What", "Who", "When"]))
    let message = error?.errorDescription ?? ""
    #expect(message.contains("\"Ref\", \"What\", \"Who\", \"When\""))
  }

  @Test func rowsAboveTheHeaderAreSkipped() throws {
    let read = try sheet(
      "Borough Green PACT action log,,\n,,\nAction,Lead,Comments\nSpeed watch,police,x\n")
    #expect(read.rows.map(\.title) == ["Speed watch"])
    #expect(read.rows.map(\.line) == [4])
    #expect(read.ignoredHeadings == ["Comments"])
  }

  @Test func twoColumnsForOneThingAreRefused() throws {
    let error = #expect(throws: ImportDataError.self) {
      try sheet("Action,Lead,Due,Timescale\nx,police,,\n")
    }
    #expect(
      error == .repeatedColumn(file: "log.csv", column: .due, headings: ["Due", "Timescale"]))
  }

  @Test func brokenCSVIsReportedWithItsLine() throws {
    let error = #expect(throws: ImportDataError.self) {
      try sheet("Action,Lead\nx,police\n\"unclosed,police\n")
    }
    guard case .malformed(let file, let line, _) = error else {
      Issue.record("expected a malformed CSV error, got \(String(describing: error))")
      return
    }
    #expect(file == "log.csv")
    #expect(line == 3)
  }

  // MARK: Cells

  @Test(arguments: [
    ("12/03/2019", "2019-03-12"), ("12/03/19", "2019-03-12"), ("1/3/2019", "2019-03-01"),
    ("2019-03-12", "2019-03-12"), ("12.03.2019", "2019-03-12"), ("29/02/2024", "2024-02-29"),
    (" 5/11/2023 ", "2023-11-05"),
  ])
  func ukAndISODatesAreRead(text: String, expected: String) throws {
    #expect(SpreadsheetDate(text) == .day(try day(expected)))
  }

  @Test(arguments: ["31/02/2024", "29/02/2023", "03/31/2024", "12/03", "1/2/3/4", "12/03/202"])
  func dateShapedTextThatIsNoRealDateIsCaught(text: String) {
    #expect(SpreadsheetDate(text) == .notReal)
  }

  @Test func wordsAndBlanksAreNotDates() {
    #expect(SpreadsheetDate("ongoing") == .words("ongoing"))
    #expect(SpreadsheetDate("End of March") == .words("End of March"))
    #expect(SpreadsheetDate("2024") == .words("2024"))
    #expect(SpreadsheetDate("  ") == .blank)
  }

  @Test(arguments: [
    ("Open", ActionStatus.open), ("", .open), ("Red", .open), ("AMBER", .open),
    ("green", .open), ("In progress", .inProgress), ("in-progress", .inProgress),
    ("Blocked", .blocked), ("Done", .done), ("Complete", .done), ("Completed", .done),
    ("closed", .done), ("Dropped", .dropped),
  ])
  func statusWordsAreRead(text: String, status: ActionStatus) {
    #expect(ImportRow.status(text) == status)
  }

  @Test(arguments: ["Pending", "On hold", "Not started"])
  func otherStatusWordsAreNotGuessed(text: String) {
    #expect(ImportRow.status(text) == nil)
  }

  @Test(arguments: [
    ("１２/03/2019", SpreadsheetDate.words("１２/03/2019")),
    ("12/03/2019\u{301}", .words("12/03/2019\u{301}")),
    ("99999999999999999999/1/2024", .notReal), ("12/03-2019", .notReal), ("12//2019", .notReal),
    ("0012/03/2019", .notReal), ("2019-3-1", .day(Day(year: 2019, month: 3, day: 1) ?? .first)),
    ("1.2.24", .day(Day(year: 2024, month: 2, day: 1) ?? .first)),
    ("\t12/03/2019\n", .day(Day(year: 2019, month: 3, day: 12) ?? .first)),
    ("-", .words("-")), ("\u{A0}ongoing\u{A0}", .words("ongoing")),
  ])
  func dateCellsOutsideTheUsualShapesReadAsBefore(text: String, expected: SpreadsheetDate) {
    #expect(SpreadsheetDate(text) == expected)
  }

  @Test(arguments: [
    ("Done\u{A0}", ActionStatus.done), ("IN\u{A0}PROGRESS", .inProgress),
    ("\u{2003}Complete\u{2003}", .done), ("in_progress", .inProgress),
    ("In Progress.", .inProgress),
  ])
  func statusWordsAroundOtherSpacingAndPunctuationAreRead(text: String, status: ActionStatus) {
    #expect(ImportRow.status(text) == status)
  }

  @Test(arguments: ["\u{D6}pen", "D\u{43E}ne", "Do ne", "Clos\u{E9}d"])
  func statusWordsWithOtherLettersAreNotRead(text: String) {
    #expect(ImportRow.status(text) == nil)
  }

  @Test(arguments: [
    ("  Speed watch \t", "Speed watch"), ("Speed watch", "Speed watch"),
    ("\u{A0}Caf\u{E9}\u{A0}", "Caf\u{E9}"), ("Caf\u{E9}", "Caf\u{E9}"),
    // A space with a combining accent is one character, and whitespace.
    (" \u{301}x", "x"), ("x \u{301}", "x"), ("\u{600}1", "\u{600}1"),
    ("\u{3000}\u{1F600}\u{2003}", "\u{1F600}"), ("\u{85}a\r\n", "a"),
    ("\u{1C}a\u{1F}", "\u{1C}a\u{1F}"), ("", ""), (" \n ", ""),
  ])
  func cellsLoseWhitespaceAtEitherEnd(text: String, expected: String) {
    #expect(Array(ImportRow.trimmed(text).unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test(arguments: [
    ("Speed   watch\nat\tnight", "Speed watch at night"), ("Speed watch", "Speed watch"),
    ("Caf\u{E9}\u{A0}\u{A0}bar", "Caf\u{E9} bar"), ("a \u{301}b", "a b"),
    ("one\u{2028}two", "one two"), ("x\u{B}\u{C}y", "x y"),
  ])
  func aOneLineCellHasItsWordsJoinedBySingleSpaces(text: String, expected: String) {
    #expect(Array(ImportRow.oneLine(text).unicodeScalars) == Array(expected.unicodeScalars))
  }

  @Test func cellsWithOtherSpacingAndLettersAreReadLikePlainOnes() throws {
    let read = try sheet(
      "Action,Lead,Owner,Status\n"
        + "\"  Caf\u{E9}\u{A0}litter\r\n pick \",\u{A0}police\u{A0},\tJo  Sm\u{ED}th ,Done\u{A0}\n")
    let row = try #require(read.rows.first)
    #expect(Array(row.title.unicodeScalars) == Array("Caf\u{E9} litter pick".unicodeScalars))
    #expect(row.lead == "police")
    #expect(Array((row.owner ?? "").unicodeScalars) == Array("Jo Sm\u{ED}th".unicodeScalars))
    #expect(row.status == .done)
  }

  @Test func eachBadRowIsReportedByThePhysicalLineItStartsOn() throws {
    let read = try sheet(
      """
      Action,Lead agency,Date raised,Due,Status
      "A good row
      over two lines",police,12/03/2024,30/04/2024,Open
      ,police,,,
      No lead,,,,
      Bad date,police,31/02/2024,,
      Bad due,police,,12/13/2024,
      Odd status,police,,,Pending
      Too many,police,,,,extra
      Words raised,police,March,,
      Fine again,council,,ongoing,Amber

      """)
    #expect(read.rows.map(\.line) == [2, 11])
    #expect(read.problems.map(\.line) == [4, 5, 6, 7, 8, 9, 10])
    let messages = read.problems.map(\.message)
    #expect(messages[0] == "no action (the \"Action\" cell is empty)")
    #expect(messages[1] == "no lead agency (the \"Lead agency\" cell is empty)")
    #expect(messages[2].hasPrefix("\"31/02/2024\" in \"Date raised\" is not a real date"))
    #expect(messages[3].hasPrefix("\"12/13/2024\" in \"Due\" is not a real date"))
    #expect(messages[4].hasPrefix("unknown status \"Pending\" in \"Status\": expected Open,"))
    #expect(messages[5].hasPrefix("it has 6 cells but the header has 5"))
    #expect(messages[6].hasPrefix("\"March\" in \"Date raised\" is not a date"))
    #expect(read.rows[0].title == "A good row over two lines")
    #expect(read.rows[1].timescale == "ongoing")
  }

  @Test func aRowWithSeveralProblemsNamesThemAll() throws {
    let read = try sheet("Action,Lead,Status\n,,Maybe\n")
    #expect(read.problems.count == 1)
    #expect(read.problems.first?.message.components(separatedBy: "; ").count == 3)
  }

  @Test func shortRowsAreReadWithTheMissingCellsEmpty() throws {
    let read = try sheet("Action,Lead,Owner,Due\nSpeed watch,police\n")
    #expect(read.problems.isEmpty)
    #expect(read.rows.first?.owner == nil)
    #expect(read.rows.first?.due == nil)
  }

  @Test func theSummaryWritesLargeCountsAsPrintDoes() {
    var summary = ImportSummary(file: "log.csv")
    summary.alreadyInPanel = 10_000
    #expect(summary.text == "Imported 0 actions from log.csv (10,000 already in the panel).\n")
  }
}
