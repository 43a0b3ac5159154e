import Foundation
import PactCore
import PactTestSupport
import Testing

/// `pact sync` between two clones: records moved in one copy and changed in the other, what
/// no single file shows, and the commit messages a chair reads.
@Suite struct SyncEndToEndTests {
  @Test func anActionDoneInOneCopyAndNotedInTheOtherEndsDoneWithTheNote() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let id = try shared.action("Speed watch", in: 0)
    try shared.pact(["action", "done", id, "--outcome", "Six sessions held"], in: 0)
    try shared.pact(["action", "update", id, "--note", "41 drivers warned"], in: 1)
    try shared.expectSync(0)
    let merged = try shared.expectSync(1)
    #expect(merged.stdout.contains("Borough Green PACT: merged with origin/main"))
    try shared.expectSync(0)

    #expect(try shared.files(0) == shared.files(1))
    let files = try shared.files(1)
    #expect(files["actions/\(id).json"] == nil)
    let done = try #require(files["actions/done/\(id).json"])
    let action = try JSONParser.parse(done)
    #expect(action["status"] == "done")
    #expect(action["outcome"] == "Six sessions held")
    let notes = action["updates"]?.arrayValue?.compactMap { $0["note"]?.stringValue } ?? []
    #expect(notes.contains("41 drivers warned"))
    #expect(try shared.run(["check"], in: 1).status == 0)
  }

  /// Whichever copy syncs first, done against dropped ends the same: one file, in one
  /// folder, the losing change kept in its history.
  @Test(arguments: [0, 1])
  func doneInOneCopyAndDroppedInTheOtherEndsInOneFolder(firstToSync: Int) throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let id = try shared.action("Speed watch", in: 0)
    try shared.pact(["action", "done", id, "--outcome", "Six sessions held"], in: 0)
    try shared.pact(["action", "update", id, "--status", "dropped", "--note", "No funding"], in: 1)
    try shared.expectSync(firstToSync)
    try shared.expectSync(1 - firstToSync)
    try shared.expectSync(firstToSync)

    let files = try shared.files(0)
    #expect(try shared.files(1) == files)
    let copies = files.keys.filter { $0.hasSuffix("\(id).json") }
    #expect(copies == ["actions/done/\(id).json"], "the same day: done over dropped")
    let action = try JSONParser.parse(try #require(files["actions/done/\(id).json"]))
    let statuses = action["updates"]?.arrayValue?.compactMap { $0["status"]?.stringValue }
    #expect(statuses?.sorted() == ["done", "dropped"])
  }

  @Test func aLaterDropBeatsAnEarlierDone() throws {
    var shared = try SharedPanel()
    defer { shared.remove() }
    let id = try shared.action("Speed watch", in: 0)
    try shared.pact(["action", "done", id, "--outcome", "Held", "--on", "2024-05-30"], in: 0)
    shared.today = "2024-06-03"
    try shared.pact(["action", "update", id, "--status", "dropped"], in: 1)
    try shared.expectSync(0)
    try shared.expectSync(1)
    #expect(
      try shared.files(1).keys.filter { $0.hasSuffix("\(id).json") } == [
        "actions/dropped/\(id).json"
      ])
  }

  @Test func anAgencyRemovedInOneCopyButGivenAnActionInTheOtherIsKept() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    try shared.pact(["agency", "remove", "youth"], in: 0)
    try shared.pact(["action", "add", "Youth club taster night", "--lead", "youth"], in: 1)
    try shared.expectSync(0)
    let merged = try shared.expectSync(1)
    #expect(merged.stdout.contains("agency youth was removed in one copy but changed or named"))
    #expect(try shared.files(1)["agencies/youth.json"] != nil)
    #expect(try shared.run(["check"], in: 1).status == 0)
  }

  @Test func fourActivePrioritiesAfterAMergeLeaveTheTopThree() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    for title in ["Speeding on the A25", "Dog fouling", "Parking at school times"] {
      try shared.pact(["issue", "add", title], in: 0)
    }
    try shared.pact(["priority", "add", "--from-issue", "Speeding"], in: 0)
    try shared.pact(["priority", "add", "--from-issue", "Dog fouling"], in: 0)
    try shared.expectSync(0)
    try shared.expectSync(1)
    try shared.pact(["priority", "add", "Fly-tipping in Mill Lane"], in: 0)
    try shared.pact(["priority", "add", "--from-issue", "Parking"], in: 1)
    try shared.expectSync(0)
    let merged = try shared.expectSync(1)
    #expect(merged.stdout.contains("set aside: more than three priorities were active"))

    let records = try shared.records(1)
    let active = records.priorities.filter(\.isActive)
    #expect(active.count == 3)
    #expect(Set(active.compactMap(\.rank)) == [1, 2, 3])
    let parking = try #require(records.issues.first { $0.title.hasPrefix("Parking") })
    let setAside = records.priorities.filter { !$0.isActive }
    #expect(setAside.count == 1)
    if setAside.first?.fromIssue == parking.id { #expect(parking.status == .open) }
    #expect(try shared.run(["check"], in: 1).status == 0)
  }

  @Test func commitMessagesSayWhatChangedInThePanelsWords() throws {
    var shared = try SharedPanel()
    defer { shared.remove() }
    shared.today = "2024-07-10"
    let id = try shared.action("Speed watch", in: 0)
    try shared.pact(["meeting", "add", "2024-07-09", "--present", "Sam Okafor"], in: 0)
    try shared.pact(["action", "add", "Letter to parents", "--lead", "council"], in: 0)
    try shared.pact(["action", "add", "Clear the fly-tip", "--lead", "council"], in: 0)
    try shared.pact(["action", "done", id, "--outcome", "Six sessions held"], in: 0)
    try shared.expectSync(0)
    let subject = try shared.git(["log", "-1", "--format=%s"], in: shared.clone(0))
    #expect(
      subject
        == "Borough Green PACT: 2 actions agreed, 1 action done, meeting of 9 July 2024 recorded\n")
    try shared.pact(["issue", "add", "Dog fouling"], in: 1)
    _ = try shared.run(["sync", "--message", "After the July meeting"], in: 1)
    let message = try shared.git(["log", "-2", "--format=%B%x00"], in: shared.clone(1))
    #expect(message.contains("Borough Green PACT: merged with origin/main, bringing in 2 actions"))
    #expect(message.contains("After the July meeting\n\nBorough Green PACT: 1 issue raised"))
  }

  /// A panel's first commit says it was created, before what was recorded in it.
  @Test func theFirstCommitSaysThePanelWasCreated() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let subjects = try shared.git(["log", "--format=%s"], in: shared.clone(0))
    #expect(
      subjects.hasSuffix(
        "Borough Green PACT: panel created, 1 action agreed, meeting of 14 May 2024 recorded, "
          + "2 members added, 9 agencies added, git settings for merging\n"), "\(subjects)")
  }

  /// Corrections are told as what they are: a meeting moved to its right day or removed,
  /// two issues merged.
  @Test func commitMessagesTellCorrections() throws {
    var shared = try SharedPanel()
    defer { shared.remove() }
    shared.today = "2024-07-10"
    try shared.pact(["meeting", "add", "2024-07-09", "--present", "Sam Okafor"], in: 0)
    try shared.pact(["meeting", "add", "2024-06-11", "--kind", "walkabout"], in: 0)
    try shared.pact(["issue", "add", "Tootell St.", "--raised-at", "2024-07-09"], in: 0)
    try shared.pact(["issue", "add", "Tootell Street", "--raised-at", "2024-05-14"], in: 0)
    try shared.expectSync(0)
    try shared.pact(["meeting", "update", "2024-07-09", "--date", "2024-07-08"], in: 0)
    try shared.pact(["meeting", "remove", "2024-06-11"], in: 0)
    try shared.pact(["issue", "merge", "Tootell St.", "Tootell Street"], in: 0)
    try shared.expectSync(0)
    let subject = try shared.git(["log", "-1", "--format=%s"], in: shared.clone(0))
    #expect(
      subject
        == "Borough Green PACT: 1 issue merged with another raised in other words, "
        + "meeting of 9 July 2024 moved to 8 July 2024, meeting of 11 June 2024 removed\n")
  }

  @Test func initWritesGitAttributesAndSyncAddsThemToAnOlderPanel() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let attributes = try #require(shared.files(0)[".gitattributes"])
    let text = String(decoding: attributes, as: UTF8.self)
    #expect(text.contains("/actions/done/*.json merge=pact"))
    #expect(text.contains("/panel.json merge=pact"))
    let driver = try shared.git(["config", "--get", "merge.pact.driver"], in: shared.clone(1))
    #expect(driver.hasSuffix(" merge-file %O %A %B %P\n"))

    try FileManager.default.removeItem(at: shared.panel(0).appendingPathComponent(".gitattributes"))
    let sync = try shared.expectSync(0)
    #expect(sync.stdout.contains("Added .gitattributes"))
    #expect(try shared.files(0)[".gitattributes"] == attributes)
  }
}

/// A borough repository holds several panels: sync commits only its own panel's folder, and
/// merges and pushes the branch as a whole.
@Suite struct SyncInABoroughRepositoryTests {
  @Test func syncCommitsOnlyItsPanelAndLeavesAnothersChangesAlone() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let wrotham = ["--panel", shared.clone(0).appendingPathComponent("wrotham").path]
    let made = try PactBinary.run(
      ["init", shared.clone(0).appendingPathComponent("wrotham").path, "--name", "Wrotham PACT"],
      environment: shared.environment)
    #expect(made.status == 0)
    #expect(try PactBinary.run(wrotham + ["sync"], environment: shared.environment).status == 0)
    try shared.expectSync(1)

    // The laptop changes Wrotham and shares it; the office has a Wrotham change of its own
    // that it has not shared, and syncs Borough Green.
    #expect(
      try PactBinary.run(
        wrotham + ["issue", "add", "Dog fouling"], environment: shared.environment
      )
      .status == 0)
    #expect(try PactBinary.run(wrotham + ["sync"], environment: shared.environment).status == 0)
    let officeWrotham = ["--panel", shared.clone(1).appendingPathComponent("wrotham").path]
    #expect(
      try PactBinary.run(
        officeWrotham + ["member", "add", "Jo Smith"], environment: shared.environment
      ).status == 0)
    try shared.pact(["issue", "add", "Speeding on the A25"], in: 1)
    let sync = try shared.expectSync(1)
    #expect(sync.stdout.contains("Borough Green PACT: merged with origin/main"))

    let status = try shared.git(
      ["status", "--porcelain", "--untracked-files=all"], in: shared.clone(1))
    let lines = status.split(separator: "\n")
    #expect(lines.count == 1 && lines[0].hasPrefix("?? wrotham/members/"), "\(status)")
    let merged = try shared.git(["show", "--stat", "--format=", "HEAD"], in: shared.clone(1))
    #expect(!merged.contains("wrotham/members"))
    let files = try fileTree(shared.clone(1).appendingPathComponent("wrotham"))
    #expect(files.keys.contains { $0.hasPrefix("issues/") }, "the laptop's Wrotham issue came in")
  }

  /// The office merges two issues that are one concern; meanwhile the laptop raises the one
  /// that went again. After the copies sync, both hold one issue with every time it was
  /// raised, each once, as the office's merge left it.
  @Test func anIssueMergedInOneCopyAndRaisedAgainInTheOtherStaysMerged() throws {
    var shared = try SharedPanel()
    defer { shared.remove() }
    try shared.pact(
      ["issue", "add", "Parking outside St Michaels school", "--raised-at", "2024-05-14"], in: 0)
    try shared.pact(["issue", "add", "Parking on St Michaels Road"], in: 0)
    try shared.expectSync(0)
    try shared.expectSync(1)
    try shared.pact(
      ["issue", "merge", "Parking on St Michaels Road", "Parking outside St Michaels school"],
      in: 1)
    shared.today = "2024-06-20"
    try shared.pact(["issue", "add", "Parking on St Michaels Road"], in: 0)
    try shared.expectSync(0)
    let merge = try shared.expectSync(1)
    #expect(merge.stdout.contains("merged into issue"), "\(merge.stdout)")
    #expect(!merge.stdout.contains("was removed in one copy"), "\(merge.stdout)")
    try shared.expectSync(0)
    for clone in 0..<2 {
      let issues = try shared.records(clone).issues
      #expect(issues.map(\.title) == ["Parking outside St Michaels school"])
      #expect(
        issues.first?.raisings.map(\.on.description) == ["2024-05-14", "2024-06-01", "2024-06-20"])
    }
    #expect(try shared.files(0) == shared.files(1))
  }

  /// The laptop moves a meeting to its right day while the office agrees an action at it:
  /// the meeting is kept on its old day too, so the action still names a meeting, and the
  /// merge says so and what can be done.
  @Test func aMeetingMovedInOneCopyAndNamedInTheOtherIsKept() throws {
    var shared = try SharedPanel()
    defer { shared.remove() }
    shared.today = "2024-05-20"
    try shared.pact(["meeting", "update", "2024-05-14", "--date", "2024-05-15"], in: 0)
    try shared.pact(
      ["action", "add", "Leaflet drop", "--lead", "council", "--agreed-at", "2024-05-14"], in: 1)
    try shared.expectSync(0)
    let merge = try shared.expectSync(1)
    #expect(
      merge.stdout.contains(
        "meeting 2024-05-14 was removed or moved to another day in one copy but named in the "
          + "other: kept"), "\(merge.stdout)")
    try shared.expectSync(0)
    for clone in 0..<2 {
      let meetings = try shared.records(clone).meetings.map(\.id).sorted()
      #expect(meetings == ["2024-05-14", "2024-05-15"])
      #expect(try shared.run(["check"], in: clone).status == 0)
    }
  }
}
