import Foundation
import PactTestSupport
import Testing

/// Every refusal of the secretary's commands exits 1 or 64, says what to do, and changes
/// no file.
@Suite struct SecretaryRefusalTests {
  /// A panel with three active priorities and one meeting, made with pact itself.
  private func fullPanel() throws -> FixturePanel {
    let panel = try FixturePanel.setUpOnly()
    let steps: [[String]] = [
      ["meeting", "add", "2024-05-14", "--present", "Margaret Ellis"],
      ["priority", "add", "Speeding on the A25"],
      ["priority", "add", "Parking at school times"],
      ["priority", "add", "Fly-tipping in the Wrotham Hill lay-by"],
    ]
    for step in steps {
      let result = try panel.run(step)
      #expect(result.status == 0, "\(step): \(result.stderr)")
    }
    return panel
  }

  private func expectRefusal(
    _ panel: FixturePanel, _ arguments: [String], status: Int32, stderr expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try panel.files()
    let result = try panel.run(arguments)
    #expect(result.status == status, sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(
      result.stderr.hasPrefix(expected), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(try panel.files() == before, "files changed", sourceLocation: sourceLocation)
  }

  @Test func aFourthPriorityNamesTheThreeAndSaysWhatToDo() throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    try expectRefusal(
      panel, ["priority", "add", "Dog fouling"], status: 1,
      stderr: """
        Error: the panel already has three priorities: 1. Speeding on the A25; 2. Parking at \
        school times; 3. Fly-tipping in the Wrotham Hill lay-by
        Close one first (pact priority close RANK --outcome TEXT), then add the new one; a \
        concern that must wait goes in the backlog (pact issue add TITLE).

        """)
  }

  @Test func anUnknownLeadAgencyListsTheCloseMatches() throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    try expectRefusal(
      panel, ["action", "add", "Speed watch", "--lead", "polise", "--priority", "1"], status: 1,
      stderr: "Error: no agency matches \"polise\"\nDid you mean \"police (")
  }

  @Test func aMissingLeadIsAUsageError() throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    try expectRefusal(
      panel, ["action", "add", "Speed watch"], status: 64,
      stderr:
        "Error: Missing expected option '--lead <agency>'\nUsage: pact action add <title> --lead <agency>"
    )
  }

  @Test func anUnknownMemberIsRefused() throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    try expectRefusal(
      panel, ["meeting", "add", "2024-05-20", "--present", "Margret Elis"], status: 1,
      stderr: "Error: no member matches \"Margret Elis\"\nDid you mean \"Margaret Ellis\"?")
  }

  @Test(arguments: [
    ["meeting", "add", "2024-02-30"],
    ["action", "add", "X", "--lead", "police", "--due", "2024-02-30"],
    ["issue", "add", "Litter", "--raised-at", "2024-13-01"],
    ["action", "update", "A", "--on", "yesterday", "--note", "x"],
    ["meeting", "add", "2024-05-20", "--time", "7pm"],
    ["meeting", "add", "2024-05-20", "--public", "lots"],
  ])
  func aMalformedValueIsAUsageError(arguments: [String]) throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(arguments)
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("Error: "))
    #expect(result.stderr.contains("--help"))
    #expect(try panel.files() == before)
  }

  @Test func doneIsReachedOnlyWithAnOutcome() throws {
    let panel = try fullPanel()
    defer { panel.remove() }
    let added = try panel.run(["action", "add", "Speed watch", "--lead", "police"])
    #expect(added.status == 0)
    let id = String(added.stdout.dropFirst("Added action ".count).prefix(7))
    try expectRefusal(
      panel, ["action", "update", id, "--status", "done"], status: 64,
      stderr: "Error: An action is marked done with its outcome: pact action done ACTION")
    try expectRefusal(
      panel, ["action", "done", id], status: 64,
      stderr: "Error: Missing expected option '--outcome <text>'")
  }
}
