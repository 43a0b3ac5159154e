import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// A panel folder from someone else's repository: symbolic links that lead out of it, and a
/// `.pact` folder pact did not make. pact refuses them, names them, and touches nothing
/// outside the panel.
@Suite struct HostileFolderTests {
  /// A copy of the Borough Green panel, with an empty folder `outside` beside it.
  struct Setting {
    let directory: TemporaryDirectory
    var panel: URL { directory.url.appendingPathComponent(FixturePanelName.name) }
    var outside: URL { directory.url.appendingPathComponent("outside") }

    init() throws {
      directory = try TemporaryDirectory.copyFixture(FixturePanelName.name)
      try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    var service: PanelService {
      PanelService(
        at: panel, display: "bgwp", clock: .fixed(Day("2024-06-01") ?? Day(date: Date())),
        ids: IDGenerator(seed: 7), changeLabel: "pact test")
    }

    /// Moves the panel's `relative` folder (or file) outside and leaves a link to it.
    func linkOut(_ relative: String) throws {
      let inside = panel.appendingPathComponent(relative)
      let moved = outside.appendingPathComponent(inside.lastPathComponent)
      try FileManager.default.moveItem(at: inside, to: moved)
      try FileManager.default.createSymbolicLink(at: inside, withDestinationURL: moved)
    }

    func outsideTree() throws -> [String: Data] { try fileTree(outside) }
    func panelTree() throws -> [String: Data] { try fileTree(panel) }

    func remove() { directory.remove() }
  }

  enum FixturePanelName {
    static let name = "borough-green-wrotham-platt"
  }

  /// The error's kind and message, for an operation that must be refused.
  private func refusal(_ body: () throws -> Void) -> (kind: ErrorKind?, message: String) {
    do {
      try body()
      return (nil, "")
    } catch let error as PactError {
      return (error.kind, error.errorDescription ?? "")
    } catch {
      return (nil, "\(error)")
    }
  }

  @Test(arguments: ["members", "actions", "actions/done", "issues/closed", "priorities/closed"])
  func aLinkedRecordsFolderIsRefusedAndNothingIsWritten(folder: String) throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.linkOut(folder)
    let outsideBefore = try setting.outsideTree()
    let service = setting.service
    let read = refusal { _ = try service.records() }
    #expect(read.kind == .invalidData)
    #expect(read.message.contains("bgwp/\(folder)"), "\(read.message)")
    #expect(read.message.contains("symbolic link"), "\(read.message)")
    let write = refusal { _ = try service.raiseIssue("Litter by the shops") }
    #expect(write.kind == .invalidData, "\(write.message)")
    let done = refusal { _ = try service.completeAction("AYZZ", outcome: "Done") }
    #expect(done.kind == .invalidData, "\(done.message)")
    #expect(try setting.outsideTree() == outsideBefore)
  }

  @Test func aLinkedRecordFileIsRefused() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.linkOut("members/\(try firstName(in: setting.panel, "members"))")
    let outsideBefore = try setting.outsideTree()
    let read = refusal { _ = try setting.service.records() }
    #expect(read.kind == .invalidData)
    #expect(read.message.contains("symbolic link"), "\(read.message)")
    let status = refusal { _ = try setting.service.status() }
    #expect(status.kind == .invalidData)
    #expect(try setting.outsideTree() == outsideBefore)
  }

  @Test func aLinkedPanelFileIsRefused() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.linkOut("panel.json")
    let read = refusal { _ = try setting.service.status() }
    #expect(read.kind == .invalidData)
    #expect(read.message.contains("bgwp/panel.json"), "\(read.message)")
  }

  @Test(arguments: [".pact", ".pact/undo", ".pact/lock", ".pact/tmp"])
  func aLinkedPrivateFolderIsForeignAndRefused(relative: String) throws {
    let setting = try Setting()
    defer { setting.remove() }
    // A first change makes .pact and its journal, as a copy that has been used would have.
    try setting.service.raiseIssue("Graffiti on the bus shelter")
    try setting.linkOut(relative)
    // Something precious where the link leads, which pruning the journal must not delete.
    let target = setting.outside.appendingPathComponent(
      URL(fileURLWithPath: relative).lastPathComponent)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      for number in 0..<60 {
        try Data("keep \(number)\n".utf8).write(
          to: target.appendingPathComponent(String(format: "%010d.json", number)))
      }
    }
    let outsideBefore = try setting.outsideTree()
    let panelBefore = try setting.panelTree()
    let write = refusal { _ = try setting.service.raiseIssue("Litter by the shops") }
    #expect(write.kind == .invalidData, "\(write.message)")
    #expect(write.message.contains(".pact"), "\(write.message)")
    let undo = refusal { _ = try setting.service.undo() }
    #expect(undo.kind == .invalidData, "\(undo.message)")
    #expect(try setting.outsideTree() == outsideBefore)
    #expect(try setting.panelTree() == panelBefore)
  }

  @Test func aPrivateFolderThatIsAFileIsForeign() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try Data("not a folder\n".utf8).write(to: setting.panel.appendingPathComponent(".pact"))
    let write = refusal { _ = try setting.service.raiseIssue("Litter by the shops") }
    #expect(write.kind == .invalidData, "\(write.message)")
    #expect(write.message.contains(".pact"), "\(write.message)")
  }

  /// A journal entry carried in by a repository, naming a file under a folder that is a
  /// link: `undo` would plant the file wherever the link leads.
  @Test func undoNeverWritesThroughALinkedFolder() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.service.raiseIssue("Graffiti on the bus shelter")
    let undoFolder = setting.panel.appendingPathComponent(".pact/undo")
    for name in try FileManager.default.contentsOfDirectory(atPath: undoFolder.path) {
      try FileManager.default.removeItem(at: undoFolder.appendingPathComponent(name))
    }
    let entry = """
      {"label": "pact issue add", "files": [{"path": "members/planted/X.json", \
      "before": "planted\\n", "after": null}]}
      """
    try Data(entry.utf8).write(to: undoFolder.appendingPathComponent("0000000001.json"))
    try FileManager.default.createSymbolicLink(
      at: setting.panel.appendingPathComponent("members/planted"),
      withDestinationURL: setting.outside)
    let undo = refusal { _ = try setting.service.undo() }
    #expect(undo.kind != nil, "undo went ahead")
    #expect(try setting.outsideTree().isEmpty)
  }

  @Test func aJournalEntryThatIsALinkIsRefused() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.service.raiseIssue("Graffiti on the bus shelter")
    let undoFolder = setting.panel.appendingPathComponent(".pact/undo")
    let names = try FileManager.default.contentsOfDirectory(atPath: undoFolder.path).sorted()
    let last = try #require(names.last)
    try setting.linkOut(".pact/undo/\(last)")
    let outsideBefore = try setting.outsideTree()
    let undo = refusal { _ = try setting.service.undo() }
    #expect(undo.kind == .invalidData, "\(undo.message)")
    #expect(try setting.outsideTree() == outsideBefore)
  }

  @Test func checkReportsAForeignPrivateFolder() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.service.raiseIssue("Graffiti on the bus shelter")
    try setting.linkOut(".pact/undo")
    let check = try setting.service.check()
    let finding = try #require(check.errors.first { $0.code == "foreign-private-folder" })
    #expect(finding.file == "bgwp/.pact/undo")
    #expect(finding.message.contains("symbolic link"))
  }

  /// git is asked only when a folder from the panel's up holds a `.git`: the repository
  /// may be the panel's own or a borough's that holds it.
  @Test(arguments: [false, true])
  func checkReportsAPrivateFolderThatGitTracks(repositoryAbove: Bool) throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.service.raiseIssue("Graffiti on the bus shelter")
    #expect(try check(setting).isEmpty)
    let tracked = repositoryAbove ? "\(setting.panel.lastPathComponent)/.pact/undo" : ".pact/undo"
    let repository = repositoryAbove ? setting.panel.deletingLastPathComponent() : setting.panel
    for arguments in [["init", "-q"], ["add", "-f", tracked]] {
      let git = try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"),
        arguments: ["git", "-C", repository.path] + arguments,
        environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": setting.directory.path])
      try #require(git.status == 0, "git \(arguments): \(git.stderr)")
    }
    let findings = try check(setting)
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("tracked by git") == true)
  }

  /// The `foreign-private-folder` findings of `pact check`.
  private func check(_ setting: Setting) throws -> [CheckFinding] {
    try setting.service.check().errors.filter { $0.code == "foreign-private-folder" }
  }

  private func firstName(in panel: URL, _ folder: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: panel.appendingPathComponent(folder).path)
    return try #require(names.filter { $0.hasSuffix(".json") }.sorted().first)
  }
}
