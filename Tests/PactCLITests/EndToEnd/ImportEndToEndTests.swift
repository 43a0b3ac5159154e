import Foundation
import PactTestSupport
import Testing

/// `pact import` run as a secretary would run it on the spreadsheet the panel kept before.
@Suite struct ImportEndToEndTests {
  /// The Borough Green action log as a council officer keeps it in Excel, saved as
  /// "CSV UTF-8": a byte-order mark, CRLF line ends, a title row above the header, a
  /// column pact does not read, cells with commas, quotes and line breaks, dates written
  /// every way people write them, RAG words for status, and a lead agency the panel does
  /// not have yet.
  static let councilLog =
    "\u{FEFF}"
    + [
      "Borough Green, Wrotham and Platt PACT - action log,,,,,,,,,",
      ",,,,,,,,,",
      "Ref,Date raised,Priority,Action agreed,Lead agency,Responsible officer,Timescale,"
        + "Progress,Status,Outcome",
      "1,12/03/2024,Speeding on the A25,Community Speedwatch sessions on the A25,Police,"
        + "PCSO Tom Barker,30/06/2024,\"Two sessions held, 41 drivers sent letters\","
        + "In progress,",
      "2,12/03/24,1,Speed survey at the Borough Green crossroads,Highways,Owen Pritchard,"
        + "ongoing,Waiting for KCC's decision on funding,Blocked,",
      "3,12/03/2024,Fly-tipping in the Wrotham Hill lay-by,"
        + "\"Clear the lay-by and put up \"\"no tipping\"\" signs\","
        + "Tonbridge and Malling Borough Council,Helen Price,30/04/2024,"
        + "\"Cleared on 2 April.\r\nSigns up on 9 April.\",Complete,"
        + "\"Lay-by cleared, two signs installed\"",
      "4,12/03/2024,2,Fire-risk check of waste dumped in the lay-by,fire,Karen Bell,"
        + "end of March,,Done,",
      "5,1/4/2024,Dog fouling,Extra bins on the Platt footpaths,Platt Parish Council,,"
        + "31/05/2024,Two bins ordered,Amber,",
      "6,14/05/2024,speeding on the a25,"
        + "Recruit Speedwatch volunteers through the Neighbourhood Watch newsletter,"
        + "Neighbourhood Watch,Graham Fuller,2024-06-12,,Green,",
      "7,14/05/2024,,Visit residents about the empty flat in Quarry Hill Road,"
        + "Clarion Housing,Tenancy team,30/06/2024,,Open,",
      "8,14/05/2024,,Youth club taster night at the village hall,Youth,,Summer holidays,,Red,",
      "9,16/01/2024,,Letter to parents about parking at school times,Wrotham School,"
        + "Head teacher,16/02/2024,Letter sent home with every pupil,Closed,"
        + "Parking complaints down from 9 to 2 a month",
      "10,16/01/2024,,Leaflet drop on doorstep scams,Police,PC Rachel Dunn,,"
        + "Covered by the county campaign instead,Dropped,",
    ].joined(separator: "\r\n") + "\r\n"

  /// The panel's set-up, with the March and May meetings held and two priorities set:
  /// what the secretary records before importing the log.
  private func preparedPanel() throws -> FixturePanel {
    let panel = try FixturePanel.setUpOnly()
    for step in [
      ["meeting", "add", "2024-03-12"], ["meeting", "add", "2024-05-14"],
      ["priority", "add", "Speeding on the A25"],
      ["priority", "add", "Fly-tipping in the Wrotham Hill lay-by"],
    ] {
      let result = try panel.run(step)
      #expect(result.status == 0, "\(step): \(result.stderr)")
    }
    return panel
  }

  /// Writes `text` beside the panel's folder, as `../NAME` from inside it.
  private func write(_ text: String, named name: String = "log.csv", for panel: FixturePanel)
    throws -> String
  {
    try Data(text.utf8).write(to: panel.directory.url.appendingPathComponent(name))
    return "../\(name)"
  }

  /// Runs pact and checks that it refused, said so on standard error, and changed no file.
  private func expectRefusal(
    _ panel: FixturePanel, _ arguments: [String], status: Int32, stderr expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let before = try panel.files()
    let result = try panel.run(arguments)
    #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix(expected), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(try panel.files() == before, "files changed", sourceLocation: sourceLocation)
    return result.stderr
  }

  /// The action files, by path relative to the panel (done and dropped ones may be in
  /// folders of their own).
  private func actionFiles(_ panel: FixturePanel) throws -> [String] {
    try panel.files().keys.filter { $0.hasPrefix("actions/") && $0.hasSuffix(".json") }.sorted()
  }

  /// Gives the imported actions fixed ids in the order of the spreadsheet's rows (AB22222,
  /// AC22222, …), so the golden log does not depend on the random ones.
  private func renameActionsByRow(_ panel: FixturePanel, titles: [String]) throws {
    let letters = Array("BCDEFGHJKMNPQRST")
    for path in try actionFiles(panel) {
      let url = panel.url.appendingPathComponent(path)
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
      let title = try #require((object as? [String: Any])?["title"] as? String)
      let row = try #require(titles.firstIndex(of: title), "unexpected action \(title)")
      try FileManager.default.moveItem(
        at: url,
        to: url.deletingLastPathComponent().appendingPathComponent("A\(letters[row])22222.json"))
    }
  }

  @Test func aCouncilSpreadsheetBecomesTheActionLog() throws {
    let panel = try preparedPanel()
    defer { panel.remove() }
    let path = try write(Self.councilLog, named: "council-log.csv", for: panel)
    let result = try panel.run(["import", path, "--create-agencies", "--ignore-column", "Ref"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout
        == "Imported 10 actions from ../council-log.csv (1 new agency: Clarion Housing "
        + "(clarion-housing)).\nNot imported: the column \"Ref\".\n")
    #expect(
      try panel.json("agencies/clarion-housing.json").contains("\"name\": \"Clarion Housing\""))
    try renameActionsByRow(
      panel,
      titles: [
        "Community Speedwatch sessions on the A25", "Speed survey at the Borough Green crossroads",
        "Clear the lay-by and put up \"no tipping\" signs",
        "Fire-risk check of waste dumped in the lay-by", "Extra bins on the Platt footpaths",
        "Recruit Speedwatch volunteers through the Neighbourhood Watch newsletter",
        "Visit residents about the empty flat in Quarry Hill Road",
        "Youth club taster night at the village hall",
        "Letter to parents about parking at school times", "Leaflet drop on doorstep scams",
      ])
    let done = try panel.json(
      try #require(try actionFiles(panel).first { $0.hasSuffix("/AD22222.json") }))
    #expect(done.contains("\"outcome\": \"Lay-by cleared, two signs installed\""))
    #expect(done.contains("\"note\": \"Cleared on 2 April.\\nSigns up on 9 April.\""))
    #expect(done.contains("\"agreedAt\": \"2024-03-12\""))
    let log = try panel.run(["log"])
    #expect(log.status == 0, "\(log.stderr)")
    assertSnapshot(log.stdout, named: "import/log.txt")
  }

  @Test func oneBadRowImportsNothingAndNamesItsLine() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead,Date raised\nSpeed watch,police,12/03/2024\n\"Litter pick,\nHigh Street\","
        + "council,31/02/2024\nLeaflets,police,\n",
      for: panel)
    let stderr = try expectRefusal(
      panel, ["import", path], status: 65,
      stderr: "Error: ../log.csv:3: \"31/02/2024\" in \"Date raised\" is not a real date")
    #expect(stderr.contains("--skip-bad-rows"))
    #expect(
      !FileManager.default.fileExists(atPath: panel.url.appendingPathComponent("actions").path))
  }

  @Test func everyBadRowIsListed() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead,Status\n,police,\nx,,\ny,police,Pending\nz,police,Open,extra\n", for: panel)
    let stderr = try expectRefusal(
      panel, ["import", path], status: 65, stderr: "Error: ../log.csv: 4 rows cannot be read:\n")
    for line in 2...5 { #expect(stderr.contains("  ../log.csv:\(line): ")) }
  }

  @Test func skipBadRowsImportsTheOthersAndReportsEachSkipped() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead,Due\nSpeed watch,police,30/04/2024\nNo lead,,\nLitter pick,council,13/13/2024\n"
        + "Leaflets,police,ongoing\n",
      for: panel)
    let result = try panel.run(["import", path, "--skip-bad-rows"])
    #expect(result.status == 0)
    #expect(result.stdout == "Imported 2 actions from ../log.csv (2 bad rows skipped).\n")
    #expect(
      result.stderr
        == "Skipped ../log.csv:3: no lead agency (the \"Lead\" cell is empty)\n"
        + "Skipped ../log.csv:4: \"13/13/2024\" in \"Due\" is not a real date (write dates day "
        + "first: DD/MM/YYYY)\n")
    #expect(try actionFiles(panel).count == 2)
  }

  @Test func importingTheSameFileTwiceAddsNothing() throws {
    let panel = try preparedPanel()
    defer { panel.remove() }
    let path = try write(Self.councilLog, for: panel)
    let first = try panel.run(["import", path, "--create-agencies", "--ignore-column", "Ref"])
    #expect(first.status == 0, "\(first.stderr)")
    let after = try panel.files()
    let second = try panel.run(["import", path, "--create-agencies", "--ignore-column", "Ref"])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(
      second.stdout
        == "Imported 0 actions from ../log.csv (10 already in the panel).\n"
        + "Not imported: the column \"Ref\".\n")
    #expect(try panel.files() == after)
    #expect(try actionFiles(panel).count == 10)
  }

  @Test func unknownLeadAgenciesAreRefusedUnlessCreated() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Agency\nPothole,KCC Highways\nSpeed watch,Police\nBins,TMBC\nKerb,KCC Highways\n",
      for: panel)
    let stderr = try expectRefusal(
      panel, ["import", path], status: 1,
      stderr: "Error: ../log.csv names 2 lead agencies the panel does not have: "
        + "\"KCC Highways\" (lines 2, 5), \"TMBC\" (line 4)\n")
    #expect(stderr.contains("highways (Kent County Council Highways)"))
    #expect(stderr.contains("--create-agencies"))

    let result = try panel.run(["import", path, "--create-agencies"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Imported 4 actions from ../log.csv (2 new agencies: KCC Highways (kcc-highways), "
        + "TMBC (tmbc)).\n")
    #expect(try panel.json("agencies/tmbc.json").contains("\"name\": \"TMBC\""))
  }

  @Test func aMissingFileIsExit1() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    _ = try expectRefusal(
      panel, ["import", "no-such-log.csv"], status: 1, stderr: "Error: no file no-such-log.csv\n")
  }

  @Test func aHeaderWithoutActionAndLeadIsExit65() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write("What,Who,When\nSpeed watch,police,30/04/2024\n", for: panel)
    let stderr = try expectRefusal(
      panel, ["import", path], status: 65,
      stderr: "Error: ../log.csv: no header row names both the action and the lead agency "
        + "columns; the first row names \"What\", \"Who\", \"When\"\n")
    #expect(stderr.contains("\"Lead\", \"Lead agency\" or \"Agency\""))
  }

  @Test func anUnclosedQuoteIsExit65WithItsLine() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write("Action,Lead\nA,police\n\"B,police\nC,police\n", for: panel)
    _ = try expectRefusal(
      panel, ["import", path], status: 65,
      stderr: "Error: ../log.csv:3: a quoted field opened on line 3 is never closed")
  }

  @Test func aWorkbookIsNotCSV() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let url = panel.directory.url.appendingPathComponent("log.xlsx")
    try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).write(to: url)
    let stderr = try expectRefusal(
      panel, ["import", "../log.xlsx"], status: 65,
      stderr: "Error: ../log.xlsx is an Excel workbook, not a CSV file\n")
    #expect(stderr.contains("CSV UTF-8"))
  }

  @Test func aFileSavedAsPlainExcelCSVIsRead() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    // Windows-1252, as Excel's "CSV (Comma delimited)" saves: £ is the byte 0xA3.
    var bytes = Array("Action,Lead\nFund a ".utf8)
    bytes += [0xA3] + Array("500 speed sign,highways\n".utf8)
    let url = panel.directory.url.appendingPathComponent("log.csv")
    try Data(bytes).write(to: url)
    let result = try panel.run(["import", "../log.csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let files = try actionFiles(panel)
    #expect(files.count == 1)
    let json = try panel.json(try #require(files.first))
    #expect(json.contains("\"title\": \"Fund a £500 speed sign\""))
  }
}
