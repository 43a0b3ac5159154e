import Foundation
import PactTestSupport
import Testing

/// Correcting members: `member set`, exact `member remove`, and a former member rejoining.
@Suite struct MemberCorrectionTests {
  private func members(_ panel: FixturePanel, all: Bool = false) throws -> [[String: Any]] {
    let result = try panel.run(["member", "list", "--json"] + (all ? ["--all"] : []))
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(json as? [[String: Any]])
  }

  private func member(_ panel: FixturePanel, _ name: String) throws -> [String: Any] {
    try #require(try members(panel, all: true).first { $0["name"] as? String == name })
  }

  @Test func setChangesContactsOrganisationRolesAndConsent() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run([
      "member", "set", "Sam Okafor", "--email", "secretary@example.org", "--phone", "",
      "--org", "council", "--role", "minute taker", "--role", "treasurer", "--public",
      "--councillor",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout
        == "Updated member Sam Okafor: organisation, roles, e-mail, phone, councillor, "
        + "consent to publish.\n")
    let sam = try member(panel, "Sam Okafor")
    #expect(sam["email"] as? String == "secretary@example.org")
    #expect(sam["phone"] is NSNull)
    #expect(sam["agency"] as? String == "council")
    #expect(sam["roles"] as? [String] == ["minute taker", "treasurer"])
    #expect(sam["public"] as? Bool == true)
    #expect(sam["councillor"] as? Bool == true)
  }

  @Test func consentToPublishCanBeWithdrawn() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.run(["newsletter"])
    #expect(before.stdout.contains("pact.bgwp@example.org"))
    let result = try panel.run(["member", "set", "Margaret Ellis", "--private"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try member(panel, "Margaret Ellis")["public"] as? Bool == false)
    let after = try panel.run(["newsletter"])
    #expect(!after.stdout.contains("Margaret Ellis"))
  }

  @Test func aMemberCanBeRenamedButNotToAnotherMembersName() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let renamed = try panel.run(["member", "set", "PC Rachel Dunn", "--name", "PS Rachel Dunn"])
    #expect(renamed.status == 0, "\(renamed.stderr)")
    #expect(renamed.stdout == "Updated member PS Rachel Dunn: name.\n")
    let files = try panel.files()
    let clash = try panel.run(["member", "set", "PS Rachel Dunn", "--name", "sam  okafor"])
    #expect(clash.status == 1)
    #expect(clash.stderr.hasPrefix("Error: the panel already has a member named \"Sam Okafor\""))
    #expect(try panel.files() == files)
  }

  @Test(arguments: [
    (["--email", "not an address"], 64, "Error: Invalid value \"not an address\" for --email"),
    (["--phone", "call me"], 64, "Error: Invalid value \"call me\" for --phone"),
    (["--org", "nosuch"], 1, "Error: no agency matches \"nosuch\""),
    (["--public", "--private"], 64, "Error: '--public' and '--private' cannot be used together"),
    ([], 64, "Error: Nothing to change: give --name, --org"),
  ])
  func aBadChangeChangesNothing(arguments: [String], status: Int32, message: String) throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["member", "set", "Sam Okafor"] + arguments)
    #expect(result.status == status)
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(try panel.files() == before)
  }

  @Test func removeNamesOneMemberExactlyNeverByANamePrefix() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    #expect(try panel.run(["member", "add", "Jo Smithson"]).status == 0)
    let before = try panel.files()
    let prefix = try panel.run(["member", "remove", "Jo Smith"])
    #expect(prefix.status == 1)
    #expect(prefix.stderr.hasPrefix("Error: no member matches \"Jo Smith\""), "\(prefix.stderr)")
    #expect(prefix.stderr.contains("\"Jo Smithson\""))
    #expect(try panel.files() == before)

    #expect(try panel.run(["member", "add", "Jo Smith"]).status == 0)
    let exact = try panel.run(["member", "remove", "  jo   SMITH "])
    #expect(exact.status == 0, "\(exact.stderr)")
    #expect(exact.stdout == "Removed member Jo Smith.\n")
    let names = try members(panel).compactMap { $0["name"] as? String }
    #expect(names.contains("Jo Smithson"))
    #expect(!names.contains("Jo Smith"))

    let id = try #require(try member(panel, "Jo Smithson")["id"] as? String)
    let byID = try panel.run(["member", "remove", String(id.prefix(5))])
    #expect(byID.status == 0, "\(byID.stderr)")
    #expect(byID.stdout == "Removed member Jo Smithson.\n")
  }

  @Test func aFormerMemberRejoinsUnderTheSameName() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let removed = try panel.run(["member", "remove", "Cllr Derek Young"])
    #expect(removed.status == 0, "\(removed.stderr)")
    let id = try #require(try member(panel, "Cllr Derek Young")["id"] as? String)
    #expect(try member(panel, "Cllr Derek Young")["leftOn"] as? String == "2024-06-01")

    let back = try panel.run(
      [
        "member", "add", "Cllr Derek Young", "--org", "parish", "--councillor", "--email",
        "derek.young@example.org",
      ],
      environment: ["PACT_TODAY": "2024-09-01"])
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stdout.hasPrefix("Cllr Derek Young has rejoined the panel (\(id.prefix(4))"))
    let derek = try member(panel, "Cllr Derek Young")
    #expect(derek["id"] as? String == id)
    #expect(derek["leftOn"] is NSNull)
    #expect(derek["email"] as? String == "derek.young@example.org")
    #expect(try members(panel).contains { $0["name"] as? String == "Cllr Derek Young" })
    // A current member of that name is still a clash.
    let again = try panel.run(["member", "add", "Cllr Derek Young"])
    #expect(again.status == 1)
  }

  @Test func setAndRemoveAreUndone() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    for change in [
      ["member", "set", "Graham Fuller", "--private", "--phone", "01732 555100"],
      ["member", "remove", "Cllr Derek Young"],
    ] {
      let result = try panel.run(change)
      #expect(result.status != 64, "\(change): \(result.stderr)")
      if result.status == 0 {
        #expect(try panel.files() != before)
        #expect(try panel.run(["undo"]).status == 0)
      }
      #expect(try panel.files() == before, "\(change)")
    }
  }

  @Test func shortServiceNumbersAreAcceptedAsPhoneNumbers() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    for number in ["101", "999", "111"] {
      let result = try panel.run(["member", "add", "Desk \(number)", "--phone", number])
      #expect(result.status == 0, "\(number): \(result.stderr)")
    }
    let short = try panel.run(["member", "add", "Desk 12", "--phone", "12"])
    #expect(short.status == 64)
  }
}
