import Foundation
import PactTestSupport
import Testing

@Suite struct UndoTests {
  @Test func aSecretaryWhoMarksTheWrongActionDoneCanUndoIt() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let done = try panel.run(["action", "done", "AZ9F", "--outcome", "Letter sent"])
    #expect(done.status == 0, "\(done.stderr)")
    let noted = try panel.run(["action", "update", "AYZZ", "--note", "Leaflets delivered"])
    #expect(noted.status == 0)
    #expect(try panel.files() != before)

    let first = try panel.run(["undo"])
    #expect(first.status == 0)
    #expect(
      first.stdout
        == "Undid: pact action update AYZZ --note 'Leaflets delivered'\n"
        + "Put back: actions/AYZZWH9.json\n")
    let second = try panel.run(["undo"])
    #expect(second.stdout.hasPrefix("Undid: pact action done AZ9F --outcome 'Letter sent'\n"))
    #expect(try panel.files() == before)

    let third = try panel.run(["undo"])
    #expect(third.status == 1)
    #expect(third.stderr.hasPrefix("Error: there is nothing to undo in this copy of the panel\n"))
  }

  /// Undoing an import of a long action log says how many files it put back and names the
  /// first, rather than every one on one line.
  @Test func undoingALargeChangeNamesAFewOfItsFiles() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let before = try panel.files()
    let rows = (1...40).map { "Action number \($0),police" }
    try Data((["Action,Lead"] + rows).joined(separator: "\n").utf8)
      .write(to: panel.directory.url.appendingPathComponent("log.csv"))
    let imported = try panel.run(["import", "../log.csv"])
    #expect(imported.status == 0, "\(imported.stderr)")
    let undone = try panel.run(["undo"])
    #expect(undone.status == 0)
    #expect(try panel.files() == before)
    let lines = undone.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines.first == "Undid: pact import ../log.csv")
    let putBack = lines.count > 1 ? String(lines[1]) : ""
    #expect(putBack.hasPrefix("Put back 40 files: actions/A"))
    #expect(putBack.hasSuffix(".json and 39 more"))
    #expect(putBack.count < 80)
  }

  @Test func undoRemovesWhatWasAddedAndRestoresWhatWasRemoved() throws {
    let panel = try FixturePanel.setUpOnly()
    defer { panel.remove() }
    let before = try panel.files()
    #expect(try panel.run(["member", "add", "Priya Shah"]).status == 0)
    #expect(try panel.files().count == before.count + 1)
    #expect(try panel.run(["undo"]).status == 0)
    #expect(try panel.files() == before)
    #expect(try panel.run(["member", "remove", "Aisha Khan"]).status == 1)  // communications
    #expect(try panel.run(["member", "remove", "Helen Price"]).status == 0)
    #expect(try panel.files().count == before.count - 1)
    #expect(try panel.run(["undo"]).status == 0)
    #expect(try panel.files() == before)
  }

  @Test func aFileChangedSinceIsNotOverwritten() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    #expect(
      try panel.run(["action", "update", "AYZZ", "--note", "Leaflets delivered"]).status == 0)
    let url = panel.url.appendingPathComponent("actions/AYZZWH9.json")
    let edited = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "Leaflets delivered", with: "Leaflets delivered to 300 homes")
    try Data(edited.utf8).write(to: url)
    let before = try panel.files()
    let result = try panel.run(["undo"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "Error: cannot undo the last change (pact action update AYZZ --note 'Leaflets delivered'): "
          + "actions/AYZZWH9.json changed after it\n"))
    #expect(try panel.files() == before)
  }

  @Test func theJournalStaysOutOfGit() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    #expect(try panel.run(["action", "update", "AYZZ", "--note", "x"]).status == 0)
    let gitignore = try panel.json(".gitignore")
    #expect(gitignore.contains(".pact/"))
    let journal = try fileTree(panel.url.appendingPathComponent(".pact/undo"))
    #expect(journal.count == 1)
  }

  @Test func closingAPriorityAndAnImportAreUndoneWhole() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let closed = try panel.run(["priority", "close", "2", "--outcome", "No dumping since May"])
    #expect(closed.status == 0, "\(closed.stderr)")
    #expect(try panel.run(["undo"]).status == 0)
    #expect(try panel.files() == before)

    let csv = panel.directory.url.appendingPathComponent("log.csv")
    try Data(
      """
      Action,Lead agency,Date raised,Status
      Litter pick on the recreation ground,council,01/05/2024,Done
      New bins by the station,council,01/05/2024,Open
      Dog fouling patrols,Dog Wardens,02/05/2024,Open

      """.utf8
    ).write(to: csv)
    let imported = try panel.run(["import", csv.path, "--create-agencies"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try panel.files().count == before.count + 4)  // three actions and an agency
    let undone = try panel.run(["undo"])
    #expect(undone.stdout.hasPrefix("Undid: pact import "))
    #expect(try panel.files() == before)
  }
}
