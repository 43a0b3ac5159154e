import Foundation
import PactTestSupport
import Testing

/// The area a panel counts crime in: LSOA codes, or a boundary with a hole and two parts,
/// and `--panels` feeding a county's panels in one pass.
@Suite struct CrimeAreaTests {
  @Test func lsoaCodesAreCheckedAndKeptSorted() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let set = try panel.run([
      "panel", "set", "--lsoa", "e01016035,E01016034", "--lsoa", "W01000001",
    ])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(
      try panel.json("area.json")
        == "{\n  \"lsoa\": [\n    \"E01016034\",\n    \"E01016035\",\n    \"W01000001\"\n  ]\n}\n")
    let before = try panel.files()
    let bad = try panel.run(["panel", "set", "--chair", "Sam Okafor", "--lsoa", "Medway 010A"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix(
        "Error: Invalid value \"Medway 010A\" for --lsoa: expected an LSOA code: E01 or W01\n"
          + "  and six digits, such as E01024417\n"))
    #expect(try panel.files() == before)
  }

  @Test func aBoundaryCountsThePointsInsideItButNotInItsHole() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    try CrimeArchive.write(in: panel.directory.url)
    try CrimeArchive.write(CrimeArchive.boundary, to: "ward.geojson", in: panel.directory.url)
    let set = try panel.run(["panel", "set", "--boundary", "../ward.geojson"])
    #expect(set.status == 0, "\(set.stderr)")
    let area = try panel.json("area.json")
    #expect(area.contains("\"outer\": [\n        \"51.37,0.5\",\n        \"51.37,0.56\","))
    #expect(area.contains("\"holes\": [\n        [\n          \"51.38,0.52\","))
    let result = try panel.run(["crime", "import", "../a", "../b", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let february = try panel.json("crime/2024-02.json")
    #expect(
      february.hasPrefix(
        "{\n  \"counts\": {\n    \"Anti-social behaviour\": 2,\n    \"Drugs\": 1,\n"
          + "    \"Public order\": 1,\n    \"Violence and sexual offences\": 1\n  },"))
    let march = try panel.json("crime/2024-03.json")
    #expect(
      march.hasPrefix(
        "{\n  \"counts\": {\n    \"Anti-social behaviour\": 1,\n    \"Robbery\": 1\n  },"))
  }

  @Test func policeUKsNeighbourhoodBoundaryIsReadToo() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    try CrimeArchive.write(in: panel.directory.url)
    try CrimeArchive.write(
      """
      [{"latitude":"51.370000","longitude":"0.500000"},{"latitude":"51.370000","longitude":"0.560000"},
       {"latitude":"51.400000","longitude":"0.560000"},{"latitude":"51.400000","longitude":"0.500000"}]
      """, to: "boundary.json", in: panel.directory.url)
    #expect(try panel.run(["panel", "set", "--boundary", "../boundary.json"]).status == 0)
    #expect(try panel.run(["crime", "import", "../a/2024-03"]).status == 0)
    // Arden Street and Skinner Street are inside the square; Pier Road is on no part of it.
    #expect(
      try panel.json("crime/2024-03.json").hasPrefix(
        "{\n  \"counts\": {\n    \"Anti-social behaviour\": 1,\n    \"Drugs\": 1\n  },"))
  }

  @Test func aFileThatIsNotABoundaryIsNamedAndChangesNothing() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    try CrimeArchive.write(
      "{\"type\": \"Point\", \"coordinates\": [0.5, 51.3]}", to: "point.geojson",
      in: panel.directory.url)
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--boundary", "../point.geojson"])
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix(
        "Error: ../point.geojson: type: a Point, where a Polygon or MultiPolygon (or a Feature "
          + "or FeatureCollection of them) is needed\n"))
    #expect(try panel.files() == before)
  }

  /// A county of three panels under `county/`: one by code, one by boundary, one with no
  /// area; and the archives beside it.
  private func county() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try CrimeArchive.write(in: directory.url)
    try CrimeArchive.write(CrimeArchive.boundary, to: "ward.geojson", in: directory.url)
    for (folder, name) in [
      ("by-code", "Code PACT"), ("by-boundary", "Boundary PACT"), ("none", "No area PACT"),
    ] {
      let made = try PactBinary.run(
        ["init", "county/\(folder)", "--name", name], currentDirectory: directory.url)
      #expect(made.status == 0, "\(made.stderr)")
    }
    for (folder, option, value) in [
      ("by-code", "--lsoa", "E01016034,E01016035"), ("by-boundary", "--boundary", "ward.geojson"),
    ] {
      let set = try PactBinary.run(
        ["--panel", "county/\(folder)", "panel", "set", option, value],
        currentDirectory: directory.url)
      #expect(set.status == 0, "\(set.stderr)")
    }
    return directory
  }

  @Test func panelsFeedsEveryPanelWithAnAreaInOnePass() throws {
    let directory = try county()
    defer { directory.remove() }
    let result = try PactBinary.run(
      ["crime", "import", "a", "b", "--panels", "county"], currentDirectory: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Read 3 files (15 rows, 3 with no location) for Feb–Mar 2024.\n"
        + "Read once: b/2024-03/2024-03-kent-street.csv repeats a file of the same name.\n"
        + "2 panels with an area: 2 updated, 0 already up to date; 16 rows in their areas.\n"
        + "Not fed (no area set): county/none.\n")
    func counts(_ panel: String, _ month: String) throws -> String {
      let text = try String(
        contentsOf: directory.url.appendingPathComponent("county/\(panel)/crime/\(month).json"),
        encoding: .utf8)
      return String(text.prefix { $0 != "}" })
    }
    #expect(
      try counts("by-code", "2024-02")
        == "{\n  \"counts\": {\n    \"Anti-social behaviour\": 3,\n    \"Drugs\": 1,\n"
        + "    \"Public order\": 1,\n    \"Vehicle crime\": 1\n  ")
    #expect(
      try counts("by-boundary", "2024-03")
        == "{\n  \"counts\": {\n    \"Anti-social behaviour\": 1,\n    \"Robbery\": 1\n  ")
    #expect(
      !FileManager.default.fileExists(
        atPath: directory.url.appendingPathComponent("county/none/crime").path))
    // Each panel's import is its own change: undone in one, the other keeps its figures.
    let undo = try PactBinary.run(
      ["--panel", "county/by-code", "undo"], currentDirectory: directory.url)
    #expect(undo.stdout.hasPrefix("Undid: pact crime import a b --panels county\n"))
    #expect(
      !FileManager.default.fileExists(
        atPath: directory.url.appendingPathComponent("county/by-code/crime/2024-02.json").path))
    #expect(try counts("by-boundary", "2024-02").contains("\"Drugs\": 1"))
  }

  @Test func aBadFileChangesNoPanel() throws {
    let directory = try county()
    defer { directory.remove() }
    try CrimeArchive.write(
      CrimeArchive.header + "\n,2024-04,Kent,Kent,,,No location,,,Vandalism,,\n",
      to: "c/2024-04-kent-street.csv", in: directory.url)
    let before = try fileTree(directory.url.appendingPathComponent("county"))
      .filter { !$0.key.contains("/.pact/") }
    let result = try PactBinary.run(
      ["crime", "import", "a", "c", "--panels", "county"], currentDirectory: directory.url)
    #expect(result.status == 65)
    #expect(
      result.stderr.hasPrefix(
        "Error: c/2024-04-kent-street.csv:2: Crime type \"Vandalism\" is not one of police.uk's "
          + "14 types\n"))
    #expect(
      try fileTree(directory.url.appendingPathComponent("county"))
        .filter { !$0.key.contains("/.pact/") } == before)
  }
}
