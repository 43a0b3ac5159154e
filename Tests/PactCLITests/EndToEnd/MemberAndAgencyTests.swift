import Foundation
import PactTestSupport
import Testing

@Suite struct MemberAndAgencyTests {
  @Test func membersRoundTripThroughTheirFiles() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let added = try panel.run([
      "member", "add", "Priya Shah", "--org", "Tonbridge", "--role", "licensing officer",
      "--email", "priya.shah@example.org", "--phone", "01732 555123",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout.hasPrefix("Added member Priya Shah (M"))
    let list = try panel.run(["member", "list", "--json"])
    let json = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8))
    let members = try #require(json as? [[String: Any]])
    #expect(members.count == 11)
    let priya = try #require(members.first { $0["name"] as? String == "Priya Shah" })
    #expect(priya["agency"] as? String == "council")
    #expect(priya["email"] as? String == "priya.shah@example.org")
    #expect(priya["roles"] as? [String] == ["licensing officer"])
    #expect(priya["public"] as? Bool == false)
    let id = try #require(priya["id"] as? String)
    let file = try panel.json("members/\(id).json")
    #expect(file.hasPrefix("{\n  \"agency\": \"council\",\n  \"councillor\": false,\n"))

    let removed = try panel.run(["member", "remove", "priya shah"])
    #expect(removed.stdout == "Removed member Priya Shah.\n")
    #expect(
      !FileManager.default.fileExists(
        atPath: panel.url.appendingPathComponent("members/\(id).json").path))
  }

  @Test func aMemberWhoHoldsARoleCannotBeRemoved() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["member", "remove", "Margaret Ellis"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        Error: Margaret Ellis is the panel's chair
        Give the role to someone else first: pact panel set --chair NAME.

        """)
    #expect(try panel.files() == before)
  }

  @Test func anAmbiguousPrefixListsTheMatches() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["panel", "set", "--vice-chair", "cllr"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: \"cllr\" matches 3 members: "))
  }

  @Test func removingAMemberTakesNoPrefixOfAName() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["member", "remove", "cllr"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: no member matches \"cllr\"\n"))
    #expect(try panel.files() == before)
  }

  @Test func listingsMatchTheirGoldenFiles() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    for (arguments, golden) in [
      (["member"], "member/list.txt"), (["member", "list", "--json"], "member/list.json"),
      (["agency"], "agency/list.txt"), (["agency", "list", "--json"], "agency/list.json"),
    ] {
      let result = try panel.run(arguments)
      #expect(result.status == 0)
      #expect(result.stderr.isEmpty)
      assertSnapshot(result.stdout, named: golden)
    }
  }

  @Test func agenciesCanBeAddedChangedAndRemoved() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let added = try panel.run([
      "agency", "add", "Clarion Housing", "--kind", "housing", "--handles", "Estate repairs",
      "--handles", "estate repairs",
    ])
    #expect(added.stdout == "Added agency Clarion Housing (clarion-housing).\n")
    #expect(
      try panel.json("agencies/clarion-housing.json") == """
        {
          "handles": [
            "Estate repairs"
          ],
          "kind": "housing",
          "name": "Clarion Housing"
        }

        """)
    let changed = try panel.run(["agency", "set", "clarion", "--contact", "0300 500 8000"])
    #expect(changed.status == 0)
    #expect(
      try panel.json("agencies/clarion-housing.json").contains("\"contact\": \"0300 500 8000\""))
    let removed = try panel.run(["agency", "remove", "clarion-housing"])
    #expect(removed.stdout == "Removed agency Clarion Housing (clarion-housing).\n")
    #expect(
      !FileManager.default.fileExists(
        atPath: panel.url.appendingPathComponent("agencies/clarion-housing.json").path))
  }

  @Test func anAgencyAMemberBelongsToIsKept() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["agency", "remove", "police"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "Error: agency \"police\" is still named by 2 members (PCSO Tom Barker, PC Rachel Dunn)\n"))
    #expect(try panel.files() == before)
  }

  @Test func anUnknownAgencyIsRefusedWithCloseMatches() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["member", "add", "Jo", "--org", "polise"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        Error: no agency matches "polise"
        Did you mean "police (Neighbourhood Policing Team)"? See 'pact agency list'.

        """)
    #expect(try panel.files() == before)
  }

  @Test func malformedContactDetailsAreUsageErrors() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let email = try panel.run(["member", "add", "Jo", "--email", "jo at example"])
    #expect(email.status == 64)
    #expect(email.stderr.hasPrefix("Error: Invalid value \"jo at example\" for --email"))
    let phone = try panel.run(["member", "add", "Jo", "--phone", "call me"])
    #expect(phone.status == 64)
    #expect(try panel.files() == before)
  }
}
