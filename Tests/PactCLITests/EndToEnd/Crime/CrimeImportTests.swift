import Foundation
import PactTestSupport
import Testing

/// `pact crime import` on a hand-made download with every quirk of police.uk's files,
/// counted by hand (see `CrimeArchive`).
@Suite struct CrimeImportTests {
  /// A panel whose area is the two LSOAs, beside the unpacked archives `a` and `b`.
  private func panelWithArea() throws -> FixturePanel {
    let panel = try FixturePanel.setUpOnly()
    try CrimeArchive.write(in: panel.directory.url)
    let set = try panel.run(["panel", "set", "--lsoa", "E01016034", "--lsoa", "e01016035"])
    #expect(set.status == 0, "\(set.stderr)")
    return panel
  }

  static let february = """
    {
      "counts": {
        "Anti-social behaviour": 3,
        "Drugs": 1,
        "Public order": 1,
        "Vehicle crime": 1
      },
      "month": "2024-02",
      "sources": [
        {
          "counts": {
            "Anti-social behaviour": 3,
            "Drugs": 1,
            "Vehicle crime": 1
          },
          "file": "2024-02-kent-street.csv",
          "noLocation": 1,
          "rows": 8
        },
        {
          "counts": {
            "Public order": 1
          },
          "file": "2024-02-sussex-street.csv",
          "noLocation": 1,
          "rows": 3
        }
      ]
    }

    """

  @Test func everyQuirkIsCountedAsPoliceUKMeansIt() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    let result = try panel.run(["crime", "import", "../a", "../b"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout
        == "Read 3 files (15 rows, 3 with no location) for Feb–Mar 2024.\n"
        + "Read once: ../b/2024-03/2024-03-kent-street.csv repeats a file of the same name.\n"
        + "9 rows in the area of Borough Green, Wrotham and Platt PACT: wrote 2 months "
        + "(Feb–Mar 2024).\n")
    #expect(try panel.json("crime/2024-02.json") == CrimeImportTests.february)
    let march = try panel.json("crime/2024-03.json")
    #expect(
      march.contains("\"Anti-social behaviour\": 1,\n    \"Drugs\": 1,\n    \"Robbery\": 1\n"))
    #expect(march.contains("\"noLocation\": 1,\n      \"rows\": 4\n"))
    #expect(!march.contains("2024-03-kent-street.csv\",\n      \"noLocation\": 2"))
  }

  @Test func theSameFilesTwiceChangeNothingAndUndoTakesTheImportAway() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    let before = try panel.files()
    #expect(try panel.run(["crime", "import", "../a"]).status == 0)
    let imported = try panel.files()
    #expect(
      imported.keys.filter { $0.hasPrefix("crime/") }.sorted() == [
        "crime/2024-02.json", "crime/2024-03.json",
      ])
    let again = try panel.run(["crime", "import", "../b", "../a"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("2 months already up to date (Feb–Mar 2024)"))
    #expect(try panel.files() == imported)
    let undo = try panel.run(["undo"])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(undo.stdout.hasPrefix("Undid: pact crime import ../a\n"))
    #expect(try panel.files() == before)
  }

  @Test func aFileReadAgainReplacesItsCountsAndKeepsTheOtherForces() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    #expect(try panel.run(["crime", "import", "../a"]).status == 0)
    // A corrected Kent February file, downloaded later: one row in the area now.
    let corrected =
      CrimeArchive.header + "\n"
      + ",2024-02,Kent Police,Kent Police,0.51,51.375,On or near Gardiner Street,E01016034,"
      + "Medway 010A,Anti-social behaviour,,\n"
    try CrimeArchive.write(
      corrected, to: "c/2024-02-kent-street.csv", in: panel.directory.url)
    let result = try panel.run(["crime", "import", "../c/2024-02-kent-street.csv"])
    #expect(result.status == 0, "\(result.stderr)")
    let february = try panel.json("crime/2024-02.json")
    #expect(
      february.hasPrefix(
        "{\n  \"counts\": {\n    \"Anti-social behaviour\": 1,\n    \"Public order\": 1\n  },"))
    #expect(february.contains("\"file\": \"2024-02-sussex-street.csv\""))
    #expect(february.contains("\"noLocation\": 0,\n      \"rows\": 1\n"))
  }

  /// Runs an import that must fail, and checks that it named the problem and changed no
  /// file of the panel.
  private func expectRefused(
    _ panel: FixturePanel, _ arguments: [String], status: Int32, stderr: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try panel.files()
    let result = try panel.run(["crime", "import"] + arguments)
    #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix(stderr), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(try panel.files() == before, "files changed", sourceLocation: sourceLocation)
  }

  @Test func aFileThatIsNotStreetLevelIsNamedAndNothingIsImported() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    try expectRefused(
      panel, ["../a", "../a/2024-02/2024-02-kent-outcomes.csv"], status: 65,
      stderr: "Error: ../a/2024-02/2024-02-kent-outcomes.csv is not a police.uk street-level "
        + "crime file: its first line starts \"Crime ID\", \"Month\", \"Reported by\", "
        + "\"Falls within\", …, not the header")
  }

  @Test(arguments: [
    (
      ",2024-04,Kent Police,Kent Police,0.5,51.3,On or near X,E01016034,Medway 010A,ASB,,",
      "../bad/2024-04-kent-street.csv:3: Crime type \"ASB\" is not one of police.uk's 14 types"
    ),
    (
      ",2024-04,Kent Police,Kent Police,0.5,51.3,On or near X,E01016034,Medway 010A,Drugs,",
      "../bad/2024-04-kent-street.csv:3: expected 12 fields, found 11"
    ),
    (
      ",March 2024,Kent Police,Kent Police,0.5,51.3,On or near X,E01016034,Medway 010A,Drugs,,",
      "../bad/2024-04-kent-street.csv:3: Month \"March 2024\" is not a month written YYYY-MM"
    ),
    (
      ",2024-04,Kent Police,Kent Police,0.5,,On or near X,E01016034,Medway 010A,Drugs,,",
      "../bad/2024-04-kent-street.csv:3: a longitude without a latitude"
    ),
    (
      ",2024-04,Kent Police,Kent Police,0.5,51.3,\"On or near X,E01016034,Medway 010A,Drugs,,",
      "../bad/2024-04-kent-street.csv:3: a quoted field opened on line 3 is never closed"
    ),
  ])
  func aBadRowIsNamedWithItsFileAndLineAndNothingIsImported(row: String, message: String)
    throws
  {
    let panel = try panelWithArea()
    defer { panel.remove() }
    let good =
      ",2024-04,Kent Police,Kent Police,0.5,51.3,On or near Y,E01016034,Medway 010A,Drugs,,"
    try CrimeArchive.write(
      CrimeArchive.header + "\r\n" + good + "\r\n" + row + "\r\n" + good + "\r\n",
      to: "bad/2024-04-kent-street.csv", in: panel.directory.url)
    try expectRefused(
      panel, ["../a", "../bad/2024-04-kent-street.csv"], status: 65, stderr: "Error: " + message)
  }

  @Test func twoDifferentFilesOfOneNameAreRefused() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    try CrimeArchive.write(
      CrimeArchive.header + "\n", to: "b/2024-02/2024-02-kent-street.csv",
      in: panel.directory.url)
    try expectRefused(
      panel, ["../a", "../b"], status: 65,
      stderr: "Error: ../a/2024-02/2024-02-kent-street.csv and "
        + "../b/2024-02/2024-02-kent-street.csv are both named 2024-02-kent-street.csv but "
        + "hold different rows\n")
  }

  @Test func missingFilesFoldersWithoutStreetFilesAndPanelsWithoutAnAreaAreRefused() throws {
    let panel = try panelWithArea()
    defer { panel.remove() }
    try expectRefused(
      panel, ["../nowhere"], status: 1, stderr: "Error: no file or folder at ../nowhere\n")
    try FileManager.default.createDirectory(
      at: panel.directory.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
    try expectRefused(
      panel, ["../empty"], status: 1,
      stderr: "Error: ../empty holds no police.uk street-level file")
    #expect(try panel.run(["panel", "set", "--lsoa", ""]).status == 0)
    try expectRefused(
      panel, ["../a"], status: 1,
      stderr: "Error: the panel at . has no area to count crime in\n"
        + "Set the area first: pact panel set --lsoa CODE...")
  }
}
