import Foundation
import PactCore
import PactTestSupport
import Testing

/// When `pact sync` cannot finish — no remote, no network, a file it cannot merge — it says
/// why, exits 1, and loses nothing; and git's own merge uses pact's driver.
@Suite struct SyncRefusalTests {
  @Test func withoutARemoteNothingIsCommitted() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let shared = try SharedPanel()
    defer { shared.remove() }
    let alone = folder.url.appendingPathComponent("alone")
    try shared.git(["init", "-q", "-b", "main", alone.path], in: folder.url)
    let panel = alone.appendingPathComponent("bgwp")
    let made = try PactBinary.run(
      ["init", panel.path, "--name", "Alone"], environment: shared.environment)
    #expect(made.status == 0)
    let result = try PactBinary.run(
      ["--panel", panel.path, "sync"], environment: shared.environment)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("Error: this copy has no remote to sync with\n"))
    #expect(result.stderr.contains("git remote add origin"))
    let log = try shared.gitResult(["log", "--oneline"], in: alone)
    #expect(log.status != 0, "no commit was made")
  }

  @Test func offlineTheChangesStayCommittedInThisCopy() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    try shared.pact(["issue", "add", "Dog fouling"], in: 0)
    try FileManager.default.moveItem(
      at: shared.origin, to: shared.folder.url.appendingPathComponent("away.git"))
    let result = try shared.sync(0)
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("Error: could not fetch from origin; your changes are committed"))
    let status = try shared.git(["status", "--porcelain"], in: shared.clone(0))
    #expect(status.isEmpty)
    let subject = try shared.git(["log", "-1", "--format=%s"], in: shared.clone(0))
    #expect(subject == "Borough Green PACT: 1 issue raised\n")
  }

  @Test func aMergeThatCannotFinishIsUndoneAndTheWorkingTreeKept() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let id = try shared.action("Speed watch", in: 0)
    let relative = "actions/\(id).json"
    try Data("{ not json from the laptop".utf8).write(
      to: shared.panel(0).appendingPathComponent(relative))
    try shared.pact(["action", "update", id, "--note", "From the office"], in: 1)
    // The laptop shares its broken file with plain git (pact sync would refuse to).
    try shared.git(["commit", "-q", "-am", "by hand"], in: shared.clone(0))
    try shared.git(["push", "-q", "origin", "main"], in: shared.clone(0))
    let before = try shared.files(1)
    let result = try shared.sync(1)
    #expect(result.status == 1)
    #expect(result.stderr.contains("the merge was undone, because this file could not be merged"))
    #expect(result.stderr.contains("bgwp/\(relative)"))
    #expect(try shared.files(1) == before)
    let merging = try shared.gitResult(
      ["rev-parse", "-q", "--verify", "MERGE_HEAD"], in: shared.clone(1))
    #expect(merging.status != 0, "no merge is left under way")
  }

  /// A record broken by hand is named, and neither committed nor pushed: no other copy
  /// receives a file it cannot read.
  @Test func aRecordThatCannotBeReadIsNeitherCommittedNorShared() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    try shared.pact(["issue", "add", "Dog fouling"], in: 0)
    let id = try shared.action("Speed watch", in: 0)
    let file = shared.panel(0).appendingPathComponent("actions/\(id).json")
    try Data("{ \"title\": ".utf8).write(to: file)
    let before = try shared.git(["rev-parse", "HEAD"], in: shared.clone(0))
    let shared0 = try shared.git(["rev-parse", "main"], in: shared.origin)
    let result = try shared.sync(0)
    #expect(result.status == 65)
    #expect(result.stderr.hasPrefix("Error: "))
    #expect(result.stderr.contains("bgwp/actions/\(id).json: not valid JSON"), "\(result.stderr)")
    #expect(result.stdout.isEmpty || !result.stdout.contains("Committed"))
    #expect(try shared.git(["rev-parse", "HEAD"], in: shared.clone(0)) == before)
    #expect(try shared.git(["rev-parse", "main"], in: shared.origin) == shared0)
    #expect(try String(contentsOf: file, encoding: .utf8) == "{ \"title\": ", "left as it was")
  }

  /// A new file in the panel's folder that is not pact's stays out of the commit, and sync
  /// names it; the records beside it are shared.
  @Test func aScratchFileInThePanelFolderIsLeftOutAndNamed() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    try shared.pact(["issue", "add", "Dog fouling"], in: 0)
    try Data("call Sam back\n".utf8).write(
      to: shared.panel(0).appendingPathComponent("scratch.txt"))
    let result = try shared.expectSync(0)
    #expect(result.stdout.contains("Committed: Borough Green PACT: 1 issue raised\n"))
    #expect(
      result.stdout.contains(
        "Left out of the commit, as not pact's files (git add and commit them yourself to "
          + "share them): bgwp/scratch.txt\n"))
    let tracked = try shared.git(["ls-files", "--", "bgwp"], in: shared.clone(0))
    #expect(tracked.contains("bgwp/issues/"))
    #expect(!tracked.contains("scratch.txt"))
    try shared.expectSync(1)
    #expect(try shared.records(1).issues.contains { $0.title == "Dog fouling" })
    #expect(
      !FileManager.default.fileExists(
        atPath: shared.panel(1).appendingPathComponent("scratch.txt").path))
  }

  @Test func gitsOwnMergeUsesTheDriverAndKeepsBothNotes() throws {
    let shared = try SharedPanel()
    defer { shared.remove() }
    let id = try shared.action("Speed watch", in: 0)
    let clone = shared.clone(0)
    try shared.git(["checkout", "-q", "-b", "office"], in: clone)
    try shared.pact(["action", "update", id, "--note", "From the office"], in: 0)
    try shared.git(["commit", "-q", "-am", "office"], in: clone)
    try shared.git(["checkout", "-q", "main"], in: clone)
    try shared.pact(["action", "update", id, "--note", "From the laptop"], in: 0)
    try shared.git(["commit", "-q", "-am", "laptop"], in: clone)
    let merge = try shared.gitResult(["merge", "-q", "--no-edit", "office"], in: clone)
    #expect(merge.status == 0, "git merge: \(merge.stderr)")
    let text = try String(
      contentsOf: shared.panel(0).appendingPathComponent("actions/\(id).json"), encoding: .utf8)
    #expect(text.contains("From the office") && text.contains("From the laptop"))
    #expect(!text.contains("<<<<<<<"))
  }

  @Test func mergeFileLeavesAFileItCannotReadToGitAndNamesIt() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let files = ["base": "{}\n", "ours": "{ broken\n", "theirs": "{\"a\": 1}\n"]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.url.appendingPathComponent(name))
    }
    let result = try PactBinary.run(
      ["merge-file", "base", "ours", "theirs", "bgwp/actions/A1.json"],
      currentDirectory: folder.url)
    #expect(result.status == 1, "git merge-file's count of conflicts")
    #expect(result.stderr.hasPrefix("pact merge-file: bgwp/actions/A1.json: ours is not a record"))
    let ours = try String(contentsOf: folder.url.appendingPathComponent("ours"), encoding: .utf8)
    #expect(ours.contains("<<<<<<< ours"))
  }

  @Test func mergeFileWritesTheMergedRecordOverOurs() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let files = [
      "base": #"{"name": "Police"}"#, "ours": #"{"name": "Police", "contact": "101"}"#,
      "theirs": #"{"name": "Kent Police"}"#,
    ]
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.url.appendingPathComponent(name))
    }
    let result = try PactBinary.run(
      ["merge-file", "base", "ours", "theirs"], currentDirectory: folder.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let ours = try String(contentsOf: folder.url.appendingPathComponent("ours"), encoding: .utf8)
    #expect(ours == "{\n  \"contact\": \"101\",\n  \"name\": \"Kent Police\"\n}\n")
  }
}
