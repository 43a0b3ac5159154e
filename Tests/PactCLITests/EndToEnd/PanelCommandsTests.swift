import Foundation
import PactTestSupport
import Testing

@Suite struct PanelCommandsTests {
  @Test func initMakesAPanelOfPrettySortedJSON() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try PactBinary.run(
      [
        "init", "bgwp", "--name", "Borough Green PACT", "--area", "Borough Green", "--area",
        "Platt", "--partnership", "Tonbridge and Malling CSP",
      ], currentDirectory: directory.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout.hasPrefix("Created panel \"Borough Green PACT\" in bgwp with 9 agencies."))
    let root = directory.url.appendingPathComponent("bgwp")
    let files = try fileTree(root)
    let agencies = files.keys.filter { $0.hasPrefix("agencies/") }.sorted()
    #expect(
      agencies
        == [
          "council", "fire", "highways", "housing", "parish", "police", "probation", "watch",
          "youth",
        ].map { "agencies/\($0).json" })
    let panel = try String(contentsOf: root.appendingPathComponent("panel.json"), encoding: .utf8)
    #expect(
      panel == """
        {
          "areas": [
            "Borough Green",
            "Platt"
          ],
          "createdOn": "2024-06-01",
          "criteria": {},
          "name": "Borough Green PACT",
          "partnership": "Tonbridge and Malling CSP",
          "roles": {},
          "schema": 2,
          "status": "proposed"
        }

        """)
    #expect(String(decoding: files[".gitignore"] ?? Data(), as: UTF8.self).contains(".pact/"))

    let again = try PactBinary.run(
      ["init", "bgwp", "--name", "Another"], currentDirectory: directory.url)
    #expect(again.status == 1)
    #expect(again.stderr.hasPrefix("Error: bgwp already holds a panel\n"))
    #expect(
      try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
        == files.filter {
          !$0.key.hasPrefix(".pact/")
        })
  }

  @Test func initNeedsAName() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try PactBinary.run(["init", "bgwp"], currentDirectory: directory.url)
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Missing expected option '--name <name>'"))
    #expect(
      !FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("bgwp").path))
  }

  @Test func aMissingPanelSaysHowToCreateOne() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try PactBinary.run(["member", "list"], currentDirectory: directory.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no panel found in "))
    #expect(result.stderr.contains("pact init DIR --name NAME"))
    let named = try PactBinary.run(
      ["member", "list", "--panel", "nowhere"],
      currentDirectory: directory.url)
    #expect(named.status == 1)
    #expect(
      named.stderr.hasPrefix("Error: nowhere (from --panel) is not a panel: it has no panel.json\n")
    )
  }

  @Test func thePanelIsFoundFromPactPanelOrASubfolder() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let viaVariable = try PactBinary.run(
      ["panel", "--json"], environment: ["PACT_PANEL": panel.url.path],
      currentDirectory: panel.directory.url)
    #expect(viaVariable.status == 0)
    #expect(viaVariable.stdout.contains("\"name\": \"Borough Green, Wrotham and Platt PACT\""))
    let sub = panel.url.appendingPathComponent("agencies")
    let fromSubfolder = try PactBinary.run(["panel", "--json"], currentDirectory: sub)
    #expect(fromSubfolder.stdout == viaVariable.stdout)
  }

  @Test func panelShowMatchesItsGoldenFile() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let text = try panel.run(["panel"])
    #expect(text.status == 0)
    assertSnapshot(text.stdout, named: "panel/show.txt")
    let json = try panel.run(["panel", "show", "--json"])
    #expect(json.status == 0)
    assertSnapshot(json.stdout, named: "panel/show.json")
  }

  @Test func panelSetChangesOnlyWhatIsGiven() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--chair", "graham", "--venue", ""])
    #expect(result.status == 0)
    let after = try panel.files()
    #expect(Set(after.keys) == Set(before.keys))
    #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == ["panel.json"])
    let json = try panel.json("panel.json")
    #expect(!json.contains("\"venue\""))
    let shown = try panel.run(["panel", "--json"])
    #expect(shown.stdout.contains("\"name\": \"Graham Fuller\""))
  }

  @Test func aRoleForSomeoneNotOnThePanelIsRefusedWithCloseMatches() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--secretary", "Sam Okafr"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        Error: no member matches "Sam Okafr"
        Did you mean "Sam Okafor"? See 'pact member list'.

        """)
    #expect(try panel.files() == before)
  }

  @Test func criteriaAreRecordedWithTheirNote() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(
      ["panel", "criterion", "support", "--unmet", "--note", "Petition has 40 names"])
    #expect(result.status == 0)
    let json = try panel.run(["panel", "--json"])
    #expect(json.stdout.contains("\"note\": \"Petition has 40 names\""))
    let both = try panel.run(["panel", "criterion", "support", "--met", "--unmet"])
    #expect(both.status == 64)
    #expect(both.stderr.hasPrefix("Error: '--met' and '--unmet' cannot be used together"))
    let unknown = try panel.run(["panel", "criterion", "suport", "--met"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("Did you mean 'support'?"))
  }
}
