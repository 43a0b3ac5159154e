import Foundation
import PactTestSupport
import Testing

/// The figures beside the priorities, on the Gillingham North sample (two years of
/// police.uk files, May 2022 to April 2024; ASB and drug dealing set on 23 January 2024).
@Suite struct CrimeEvidenceTests {
  static let medway = "medway-gillingham-north"

  @Test func aPriorityTakesItsTypeFromTheOptionOrItsCategory() throws {
    let panel = try FixturePanel(CrimeEvidenceTests.medway)
    defer { panel.remove() }
    let refused = try panel.run(["priority", "set", "Parking", "--crime-type", "parking"])
    #expect(refused.status == 64)
    #expect(refused.stderr.hasPrefix("Error: Invalid value 'parking' for '--crime-type'"))
    let set = try panel.run(["priority", "set", "Parking", "--crime-type", "vehicle crime"])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(
      set.stdout
        == "Corrected priority 3: Parking on pavements in Arden Street; it counts Vehicle "
        + "crime in the police.uk figures.\n")
    let status = try panel.run(["status"])
    #expect(
      status.stdout.contains(
        "   Police.uk: reported vehicle crime averaged 6.5 a month in the six months\n"
          + "   before this priority was set (39 in Nov 2023–Apr 2024); there are no figures\n"
          + "   yet for the months since. These are small numbers (fewer than 10 a month), so\n"
          + "   a rise or fall may be chance.\n"))
    #expect(try panel.run(["priority", "set", "ASB", "--crime-type", "none"]).status == 0)
    let none = try panel.run(["status", "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
    let priorities = try #require(object["priorities"] as? [[String: Any]])
    #expect(priorities[0]["crime"] is NSNull)
    let drugs = try #require(priorities[1]["crime"] as? [String: Any])
    #expect(drugs["type"] as? String == "Drugs")
    #expect((drugs["before"] as? [String: Any])?["count"] as? Int == 25)
    #expect((drugs["since"] as? [String: Any])?["count"] as? Int == 37)
    #expect(drugs["smallNumbers"] as? Bool == true)
    #expect(try panel.run(["priority", "set", "ASB", "--crime-type", "default"]).status == 0)
    #expect(try panel.run(["status"]).stdout.contains("reported anti-social behaviour averaged 24"))
  }

  @Test func addingAPriorityWithACrimeTypeKeepsItInTheFile() throws {
    let panel = try FixturePanel(CrimeEvidenceTests.medway)
    defer { panel.remove() }
    #expect(try panel.run(["priority", "close", "Parking", "--outcome", "Done"]).status == 0)
    let added = try panel.run([
      "priority", "add", "Bikes stolen at the station", "--crime-type", "Bike theft",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    let files = try panel.files().filter {
      $0.key.hasPrefix("priorities/P")
        && String(decoding: $0.value, as: UTF8.self).contains("Bikes")
    }
    #expect(files.count == 1)
    #expect(
      files.values.first.map { String(decoding: $0, as: UTF8.self) }?
        .contains("\"crimeType\": \"Bicycle theft\",") == true)
  }

  @Test func statusReadsOnlyTheMonthsItNeeds() throws {
    let panel = try FixturePanel(CrimeEvidenceTests.medway)
    defer { panel.remove() }
    let expected = try panel.run(["status"]).stdout
    // A month no priority's figures rest on is not read, even when it is broken...
    try Data("not json".utf8).write(to: panel.url.appendingPathComponent("crime/2022-06.json"))
    #expect(try panel.run(["status"]).stdout == expected)
    // ...but one they rest on is, and named.
    try Data("not json".utf8).write(to: panel.url.appendingPathComponent("crime/2023-08.json"))
    let broken = try panel.run(["status"])
    #expect(broken.status == 65)
    #expect(broken.stderr.hasPrefix("Error: crime/2023-08.json: not valid JSON"))
  }

  @Test func theAreasFiguresNameTheMonthsMissing() throws {
    let panel = try FixturePanel(CrimeEvidenceTests.medway)
    defer { panel.remove() }
    try FileManager.default.removeItem(at: panel.url.appendingPathComponent("crime/2024-02.json"))
    let result = try panel.run(["crime", "--months", "3"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "Crime and anti-social behaviour in the area of Gillingham North PACT (police.uk)\n"
          + "Area: 6 LSOAs (E01016034, E01016035, E01016036, E01016037, E01016038, E01016039)\n"
          + "Figures: 23 months, May 2022–Apr 2024; missing: Feb 2024\n\n"
          + "TYPE                           Feb 24  Mar 24  Apr 24\n"
          + "Anti-social behaviour               –      19      13\n"))
    #expect(result.stdout.contains("\nTotal                               –      83      83\n"))
    let json = try panel.run(["crime", "--months", "2", "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["missing"] as? [String] == ["2024-02"])
    let months = try #require(object["months"] as? [[String: Any]])
    #expect(months.map { $0["month"] as? String } == ["2024-03", "2024-04"])
    #expect(months[1]["asb"] as? Int == 13)
    #expect(months[1]["crime"] as? Int == 70)
  }

  @Test func anEarlierDayUsesOnlyTheMonthsEndedBeforeIt() throws {
    let panel = try FixturePanel(CrimeEvidenceTests.medway)
    defer { panel.remove() }
    let newsletter = try panel.run(["newsletter", "--meeting", "2024-01-23"])
    #expect(newsletter.status == 0, "\(newsletter.stderr)")
    #expect(
      newsletter.stdout.contains(
        "- **ASB at the Strand leisure park:** reported anti-social behaviour averaged 24 a "
          + "month in the six months before this priority was set (145 in Jul–Dec 2023); "
          + "there are no figures yet for the months since.\n"))
    let status = try panel.run(["status", "--as-of", "2024-03-01"])
    #expect(
      status.stdout.contains(
        "since (33 in Jan–Feb 2024).\n"))
  }
}
