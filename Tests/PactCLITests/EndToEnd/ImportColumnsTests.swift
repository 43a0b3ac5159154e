import Foundation
import PactTestSupport
import Testing

/// The headings an old Excel action log uses, and what an import may leave behind.
@Suite struct ImportColumnsTests {
  private func write(_ text: String, for panel: FixturePanel) throws -> String {
    try Data(text.utf8).write(to: panel.directory.url.appendingPathComponent("log.csv"))
    return "../log.csv"
  }

  private func actions(_ panel: FixturePanel) throws -> [[String: Any]] {
    let result = try panel.run(["action", "list", "--all", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
  }

  @Test func progressUpdateLatestUpdateTargetDateAndRAGAreRead() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead agency,Date raised,Target date,Progress / update,RAG\n"
        + "Speed watch on Tootell Street,police,12/03/2024,30/06/2024,Two sessions held,Amber\n"
        + "Clear the alley,council,12/03/2024,31/03/2024,Cleared on 28 March,Complete\n",
      for: panel)
    let result = try panel.run(["import", path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Imported 2 actions from ../log.csv.\n")
    let imported = try actions(panel)
    let speed = try #require(
      imported.first { $0["title"] as? String == "Speed watch on Tootell Street" })
    #expect(speed["due"] as? String == "2024-06-30")
    #expect(speed["status"] as? String == "open")
    #expect(speed["progress"] as? String == "Two sessions held")
    let alley = try #require(imported.first { $0["title"] as? String == "Clear the alley" })
    #expect(alley["status"] as? String == "done")

    let latest = try FixturePanel.setUpOnly()
    defer { latest.remove() }
    let other = try write("Action,Lead,Latest update\nBins,council,Two bins ordered\n", for: latest)
    #expect(try latest.run(["import", other]).status == 0)
    #expect(try actions(latest).first?["progress"] as? String == "Two bins ordered")
  }

  @Test func anImportThatWouldDropAColumnIsRefusedUnlessToldToIgnoreIt() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Ref,Action,Lead,Comments,Blank\n1,Speed watch,police,Chair to chase,\n2,Bins,council,,\n",
      for: panel)
    let before = try panel.files()
    let refused = try panel.run(["import", path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.hasPrefix(
        "Error: ../log.csv has columns pact does not read: \"Ref\", \"Comments\"\n"),
      "\(refused.stderr)")
    #expect(refused.stderr.contains("--ignore-column Ref --ignore-column Comments"))
    #expect(try panel.files() == before)

    let partly = try panel.run(["import", path, "--ignore-column", "ref"])
    #expect(partly.status == 1)
    #expect(
      partly.stderr.hasPrefix("Error: ../log.csv has column pact does not read: \"Comments\""))

    let wrong = try panel.run(["import", path, "--ignore-column", "Notes"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.hasPrefix("Error: Invalid value \"Notes\" for --ignore-column"))

    let ignored = try panel.run([
      "import", path, "--ignore-column", "Ref", "--ignore-column", "Comments",
    ])
    #expect(ignored.status == 0, "\(ignored.stderr)")
    #expect(
      ignored.stdout
        == "Imported 2 actions from ../log.csv.\nNot imported: the columns \"Ref\", \"Comments\".\n"
    )
  }

  @Test func aTimescaleInWordsIsNotedOnce() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead,Timescale,Date raised\nSpeed watch,police,Timescale: ongoing,12/03/2024\n"
        + "Bins,council,ongoing,12/03/2024\n",
      for: panel)
    #expect(try panel.run(["import", path]).status == 0)
    let notes = try actions(panel).compactMap { $0["progress"] as? String }.sorted()
    #expect(notes == ["Timescale: ongoing", "Timescale: ongoing"])
  }

  @Test func aDoneRowGetsACompletionDateAndShowsItsProgress() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let path = try write(
      "Action,Lead,Date raised,Progress,Status,Outcome\n"
        + "Alley gates,council,12/01/2024,\"03/02/2024 gates ordered\n18/03/2024 gates fitted\","
        + "Done,Gates fitted at both ends\n"
        + "Leaflets,police,12/01/2024,Leaflets delivered,Complete,\n",
      for: panel)
    let result = try panel.run(["import", path])
    #expect(result.status == 0, "\(result.stderr)")
    let imported = try actions(panel)
    let gates = try #require(imported.first { $0["title"] as? String == "Alley gates" })
    #expect(gates["completedOn"] as? String == "2024-03-18")
    let leaflets = try #require(imported.first { $0["title"] as? String == "Leaflets" })
    #expect(leaflets["completedOn"] as? String == "2024-01-12")
    let shown = try panel.run(["action", "show", try #require(gates["id"] as? String)])
    #expect(shown.stdout.contains("gates fitted"), "\(shown.stdout)")
    #expect(shown.stdout.contains("Gates fitted at both ends"))
  }
}
