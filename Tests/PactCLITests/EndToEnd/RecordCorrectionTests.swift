import Foundation
import PactTestSupport
import Testing

/// Correcting actions, meetings, issues and priorities entered wrongly: each change is
/// recorded, undone by `pact undo`, and a bad one changes nothing.
@Suite struct RecordCorrectionTests {
  private func json(_ panel: FixturePanel, _ arguments: [String]) throws -> Any {
    let result = try panel.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
  }

  private func object(_ panel: FixturePanel, _ relative: String) throws -> [String: Any] {
    let data = try Data(contentsOf: panel.url.appendingPathComponent(relative))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func exists(_ panel: FixturePanel, _ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: panel.url.appendingPathComponent(relative).path)
  }

  // MARK: Actions

  @Test func actionSetCorrectsTitleLeadAndPriorityAndSaysSoInItsHistory() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run([
      "action", "set", "A6QW", "--title", "Lockable height barrier at the Wrotham Hill lay-by",
      "--lead", "council", "--priority", "3",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Corrected action A6QWQHH: title, lead agency, priority.\n")
    let action = try object(panel, "actions/A6QWQHH.json")
    #expect(action["title"] as? String == "Lockable height barrier at the Wrotham Hill lay-by")
    #expect(action["lead"] as? String == "council")
    #expect(action["priority"] as? String == "PZEJDWP")
    let updates = try #require(action["updates"] as? [[String: Any]])
    let last = try #require(updates.last)
    #expect(last["on"] as? String == "2024-06-01")
    #expect(last["corrected"] as? [String] == ["title", "lead", "priority"])
    let before = try #require(last["before"] as? [String: String])
    #expect(before["title"] == "Lockable height barrier at the lay-by entrance")
    #expect(before["lead"] == "highways")
    #expect(before["priority"] == "PK29JXA")
    let shown = try panel.run(["action", "show", "A6QW"])
    #expect(
      shown.stdout.contains(
        "  01/06/24  Corrected: title (was \"Lockable height barrier at the lay-by\n"))
  }

  @Test func actionSetTakesAnActionOutOfEveryPriority() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["action", "set", "A6QW", "--priority", ""])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try object(panel, "actions/A6QWQHH.json")["priority"] == nil)
    let status = try panel.run(["status"])
    #expect(status.stdout.contains("OTHER OPEN ACTIONS"))
  }

  @Test func actionSetMovesAnActionToTheMeetingThatAgreedIt() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["action", "set", "AZ9F", "--agreed-at", "2024-05-14"])
    #expect(result.status == 0, "\(result.stderr)")
    let action = try object(panel, "actions/AZ9F6H5.json")
    #expect(action["agreedAt"] as? String == "2024-05-14")
    #expect(action["agreedOn"] as? String == "2024-05-14")
    let minutes = try panel.run(["minutes", "2024-05-14"])
    #expect(minutes.stdout.contains("| Ask Wrotham School parents not to drop off"))
  }

  @Test(arguments: [
    (["AGQ8", "--agreed-at", "2024-05-14"], 1, "Error: action AGQ8JNR has an update dated"),
    (["A6QW", "--lead", "nosuch"], 1, "Error: no agency matches \"nosuch\""),
    (["A6QW", "--priority", "9"], 1, "Error: no priority matches \"9\""),
    (["A6QW", "--title", ""], 64, "Error: Invalid value \"\" for --title"),
    (["A6QW", "--agreed-at", "2024-02-30"], 64, "Error: Invalid value \"2024-02-30\""),
    (["A6QW", "--lead", "highways"], 1, "Error: nothing to correct for action A6QWQHH"),
    (["A6QW"], 64, "Error: Nothing to correct: give --title, --lead, --priority or --agreed-at"),
  ])
  func aBadActionCorrectionChangesNothing(arguments: [String], status: Int32, message: String)
    throws
  {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["action", "set"] + arguments)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(try panel.files() == before)
  }

  // MARK: Meetings

  @Test func redatingAMeetingMovesItsFileAndEveryReferenceToIt() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let attendance = try object(panel, "meetings/2024-03-12.json")["present"] as? [String]
    let result = try panel.run(["meeting", "update", "2024-03-12", "--date", "2024-03-13"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Moved the panel meeting of Tuesday 12 March 2024 to Wednesday 13 March 2024 "
        + "(2024-03-13): 5 actions, 1 priority and 3 issues name it.\n")
    #expect(!exists(panel, "meetings/2024-03-12.json"))
    #expect(try object(panel, "meetings/2024-03-13.json")["present"] as? [String] == attendance)
    // Open and done actions alike.
    for file in ["actions/A6QWQHH.json", "actions/done/AKNE2J8.json"] {
      let action = try object(panel, file)
      #expect(action["agreedAt"] as? String == "2024-03-13", "\(file)")
      #expect(action["agreedOn"] as? String == "2024-03-13", "\(file)")
    }
    let priority = try object(panel, "priorities/PK29JXA.json")
    #expect(priority["setAt"] as? String == "2024-03-13")
    #expect(priority["setOn"] as? String == "2024-03-13")
    let issue = try object(panel, "issues/IACQN9Z.json")
    let raisings = try #require(issue["raised"] as? [[String: Any]])
    #expect(raisings.contains { $0["meeting"] as? String == "2024-03-13" })
    #expect(!raisings.contains { $0["meeting"] as? String == "2024-03-12" })
    #expect(try panel.run(["minutes", "2024-03-13"]).status == 0)
    let undone = try panel.run(["undo"])
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(try panel.files() == before)
  }

  @Test(arguments: [
    (["2024-03-12", "--date", "2024-07-01"], 1, "Error: the meeting of 2024-03-12 was held"),
    (["2024-03-12", "--date", "2024-04-10"], 1, "Error: action A6QWQHH has an update dated"),
    (["2024-03-12", "--date", "2024-13-01"], 64, "Error: Invalid date '2024-13-01'"),
    (["2024-03-12", "--date", "2024-03-12"], 1, "Error: the meeting is already on 2024-03-12"),
  ])
  func aBadRedatingChangesNothing(arguments: [String], status: Int32, message: String) throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["meeting", "update"] + arguments)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(try panel.files() == before)
  }

  @Test func rekindingAMeetingRecordsWhereItsIssuesCameFrom() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["meeting", "update", "2023-10-07", "--kind", "surgery"])
    #expect(result.status == 0, "\(result.stderr)")
    let issue = try object(panel, "issues/IZ5RBYQ.json")
    let raisings = try #require(issue["raised"] as? [[String: Any]])
    let first = try #require(raisings.first { $0["meeting"] as? String == "2023-10-07" })
    #expect(first["source"] as? String == "surgery")
  }

  @Test func aMeetingNothingNamesIsRemoved() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["meeting", "remove", "2024-02-17"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "Removed the walkabout (Environmental Visual Audit) of Saturday 17 February 2024.\n")
    #expect(!exists(panel, "meetings/2024-02-17.json"))
    #expect(try panel.run(["undo"]).status == 0)
    #expect(exists(panel, "meetings/2024-02-17.json"))
  }

  @Test func aMeetingThatRecordsNameIsNotRemoved() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["meeting", "remove", "2023-11-14"])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "Error: the meeting of 2023-11-14 is still named by 5 actions, 3 priorities and 4 "
          + "issues\n"), "\(result.stderr)")
    #expect(try panel.files() == before)
  }

  /// The rule must see done actions, which a change reads only when it needs them.
  @Test func aMeetingOnlyADoneActionNamesIsNotRemoved() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    for step in [
      ["meeting", "add", "2024-05-30", "--kind", "surgery"],
      [
        "action", "add", "Hand out Speedwatch leaflets", "--lead", "watch", "--agreed-at",
        "2024-05-30",
      ],
      ["action", "done", "Hand out Speedwatch leaflets", "--outcome", "200 leaflets given out"],
    ] {
      let result = try panel.run(step)
      #expect(result.status == 0, "\(step): \(result.stderr)")
    }
    let before = try panel.files()
    let result = try panel.run(["meeting", "remove", "2024-05-30"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: the meeting of 2024-05-30 is still named by 1 action"))
    #expect(try panel.files() == before)
  }

  // MARK: Issues

  @Test func anIssueCanBeRenamedButNotOntoAnother() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run([
      "issue", "set", "IZ5R", "--title", "Dog fouling on the Platt footpaths", "--category",
      "dog fouling",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Corrected issue IZ5RBYQ: Dog fouling on the Platt footpaths.\n")
    #expect(
      try object(panel, "issues/IZ5RBYQ.json")["title"] as? String
        == "Dog fouling on the Platt footpaths")
    let before = try panel.files()
    let clash = try panel.run([
      "issue", "set", "IZ5R", "--title", "drug dealing near the STATION car park",
    ])
    #expect(clash.status == 1)
    #expect(clash.stderr.contains("pact issue merge"), "\(clash.stderr)")
    #expect(try panel.files() == before)
  }

  @Test func twoIssuesThatAreOneConcernAreMerged() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    for (title, day) in [
      ("Tootell St. parking", "2024-03-12"), ("Tootell Street parking", "2024-05-14"),
      ("Tootell St. parking", "2024-05-14"),
    ] {
      let result = try panel.run(["issue", "add", title, "--raised-at", day])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let issues = try #require(try json(panel, ["issue", "list", "--json"]) as? [[String: Any]])
    let merged = try #require(
      issues.first { $0["title"] as? String == "Tootell St. parking" }?["id"] as? String)
    let result = try panel.run(["issue", "merge", "Tootell St. parking", "Tootell Street parking"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "Merged \"Tootell St. parking\" into \"Tootell Street parking\": raised 2 times, at 2 "
          + "panel meetings.\n"), "\(result.stdout)")
    #expect(!exists(panel, "issues/\(merged).json"))
    let after = try #require(try json(panel, ["issue", "list", "--json"]) as? [[String: Any]])
    #expect(after.filter { ($0["title"] as? String)?.hasPrefix("Tootell") ?? false }.count == 1)
  }

  @Test func mergingAPromotedIssueCarriesItsPriority() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let added = try panel.run([
      "issue", "add", "Rubbish dumped at the lay-by", "--raised-at", "2024-05-14",
    ])
    #expect(added.status == 0, "\(added.stderr)")
    let result = try panel.run(["issue", "merge", "IACQ", "Rubbish dumped at the lay-by"])
    #expect(result.status == 0, "\(result.stderr)")
    let issues = try #require(
      try json(panel, ["issue", "list", "--all", "--json"]) as? [[String: Any]])
    let survivor = try #require(
      issues.first { $0["title"] as? String == "Rubbish dumped at the lay-by" })
    #expect(survivor["status"] as? String == "promoted")
    #expect(survivor["priority"] as? String == "PK29JXA")
    #expect(
      try object(panel, "priorities/PK29JXA.json")["fromIssue"] as? String == survivor["id"]
        as? String)
  }

  @Test(arguments: [
    (["merge", "IZ5R", "IZ5R"], 1, "Error: an issue cannot be merged into itself"),
    (["merge", "IZ5R", "nosuch"], 1, "Error: no issue matches \"nosuch\""),
    (["merge", "INWP", "IZG3"], 1, "Error: both issues are priorities"),
    (["set", "IZ5R"], 64, "Error: Nothing to correct: give --title or --category"),
  ])
  func aBadIssueCorrectionChangesNothing(arguments: [String], status: Int32, message: String)
    throws
  {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["issue"] + arguments)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    #expect(try panel.files() == before)
  }

  // MARK: Priorities

  @Test func aPriorityCanBeRetitledAndRecategorised() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run([
      "priority", "set", "2", "--title", "Fly-tipping at the Wrotham Hill lay-by", "--category",
      "fly tipping",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Corrected priority 2: Fly-tipping at the Wrotham Hill lay-by.\n")
    let priority = try object(panel, "priorities/PK29JXA.json")
    #expect(priority["title"] as? String == "Fly-tipping at the Wrotham Hill lay-by")
    #expect(priority["category"] as? String == "fly tipping")
    let bad = try panel.run(["priority", "set", "2"])
    #expect(bad.status == 64)
    #expect(
      bad.stderr.hasPrefix("Error: Nothing to correct: give --title, --category or --crime-type"))
  }

  // MARK: Undo and help

  @Test(arguments: [
    ["action", "set", "A6QW", "--title", "Height barrier"],
    ["meeting", "update", "2024-05-14", "--date", "2024-05-15"],
    ["meeting", "remove", "2024-02-17"],
    ["issue", "set", "IZ5R", "--category", "dogs"],
    ["issue", "merge", "IZ5R", "I6GX"],
    ["priority", "set", "1", "--category", "roads"],
  ])
  func everyCorrectionIsUndone(arguments: [String]) throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try panel.files() != before)
    let undone = try panel.run(["undo"])
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(try panel.files() == before)
  }

  @Test(arguments: [
    ["member", "set"], ["action", "set"], ["meeting", "remove"], ["issue", "set"],
    ["issue", "merge"], ["priority", "set"],
  ])
  func everyCorrectionHasHelp(command: [String]) throws {
    let result = try PactBinary.run(command + ["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    #expect(result.stdout.contains("USAGE: pact \(command.joined(separator: " "))"))
  }
}
