import Foundation
import PactTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes that fail part-way — a folder the user may not write, a full disk — leave the
/// panel exactly as it was, say so truthfully, and leave nothing that blocks `undo`.
///
/// Permissions are tried as an unprivileged user (`nobody`, through util-linux's
/// `setpriv`), since root is never refused; a full disk is a small `tmpfs` mounted for the
/// test, which needs root (CI runs as root). A missing tool fails the test: it never
/// passes by not running.
@Suite(.serialized) struct PermissionAndDiskTests {
  static let setpriv = "/usr/bin/setpriv"
  static let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups"]

  /// A copy of the Borough Green panel that anyone may write, but for what a test takes
  /// away.
  private func sharedPanel() throws -> FixturePanel {
    let panel = try FixturePanel()
    try setMode(0o755, panel.directory.url)
    for path in try FileManager.default.subpathsOfDirectory(atPath: panel.url.path) {
      let url = panel.url.appendingPathComponent(path)
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
      try setMode(isFolder.boolValue ? 0o777 : 0o666, url)
    }
    try setMode(0o777, panel.url)
    return panel
  }

  private func setMode(_ mode: Int, _ url: URL) throws {
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
  }

  /// Runs pact in the panel as `nobody`.
  private func runAsNobody(_ panel: FixturePanel, _ arguments: [String]) throws -> ProcessResult {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.setpriv),
      "these tests need setpriv (apt-get install util-linux) to run pact as an unprivileged user")
    return try ProcessRunner.run(
      URL(fileURLWithPath: Self.setpriv),
      arguments: Self.nobody + [PactBinary.url.path, "--panel", panel.url.path] + arguments,
      environment: PactBinary.environment(adding: ["HOME": "/nonexistent"]),
      currentDirectory: panel.directory.url)
  }

  @Test func actionDoneOnAReadOnlyActionsFolderChangesNothing() throws {
    let panel = try sharedPanel()
    defer { panel.remove() }
    let earlier = try runAsNobody(panel, ["issue", "add", "Litter by the shops"])
    #expect(earlier.status == 0, "\(earlier.stderr)")
    let before = try panel.files()
    let actions = panel.url.appendingPathComponent("actions")
    try setMode(0o555, actions)
    let done = try runAsNobody(panel, ["action", "done", "AYZZ", "--outcome", "Held in May"])
    try setMode(0o777, actions)
    #expect(done.status == 1, "\(done.stderr)")
    #expect(done.stderr.contains("Permission denied"), "\(done.stderr)")
    #expect(done.stderr.contains("The panel was left as it was."), "\(done.stderr)")
    // Truthfully: the action is still open, and not also in done/.
    #expect(try panel.files() == before)
    #expect(
      !FileManager.default.fileExists(
        atPath: actions.appendingPathComponent("done/AYZZWH9.json").path))
    let check = try runAsNobody(panel, ["check"])
    #expect(check.status == 0, "\(check.stderr)")
    // Nothing in the journal blocks undoing the change before.
    let undo = try runAsNobody(panel, ["undo"])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(undo.stdout.contains("Litter by the shops") || undo.stdout.contains("issue add"))
  }

  @Test func aChangeRefusedByAReadOnlyFolderLeavesNoJournalEntry() throws {
    let panel = try sharedPanel()
    defer { panel.remove() }
    #expect(try runAsNobody(panel, ["member", "add", "Jo Bloggs"]).status == 0)
    let before = try panel.files()
    let issues = panel.url.appendingPathComponent("issues")
    try setMode(0o555, issues)
    let refused = try runAsNobody(panel, ["issue", "add", "Graffiti on the bus shelter"])
    try setMode(0o777, issues)
    #expect(refused.status == 1, "\(refused.stderr)")
    #expect(try panel.files() == before)
    let undo = try runAsNobody(panel, ["undo"])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(!(try panel.files()).keys.contains { $0.hasPrefix("members/") && before[$0] == nil })
  }

  // MARK: A full disk

  /// A small tmpfs mounted at a new folder for the length of `body`.
  private func withSmallDisk(megabytes: Int, _ body: (URL) throws -> Void) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let mount = try ProcessRunner.run(
      URL(fileURLWithPath: "/bin/mount"),
      arguments: ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", directory.path],
      environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
    try #require(
      mount.status == 0,
      "the full-disk test mounts a small tmpfs, which needs root: \(mount.stderr)")
    defer {
      _ = try? ProcessRunner.run(
        URL(fileURLWithPath: "/bin/umount"), arguments: [directory.path],
        environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
    }
    try body(directory.url)
  }

  @Test func anImportThatFillsTheDiskChangesNothingAndUndoStillWorks() throws {
    try withSmallDisk(megabytes: 4) { disk in
      let panel = disk.appendingPathComponent("bgwp")
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent(
          "Fixtures/\(FixturePanel.boroughGreen)"),
        to: panel)
      func pact(_ arguments: [String]) throws -> ProcessResult {
        try PactBinary.run(["--panel", panel.path] + arguments, currentDirectory: disk)
      }
      #expect(try pact(["issue", "add", "Litter by the shops"]).status == 0)
      func files() throws -> [String: Data] {
        try fileTree(panel).filter { !$0.key.hasPrefix(".pact/") }
      }
      let before = try files()
      // 3,000 rows are some 12 MB of files: far more than the disk holds.
      var csv = "Action,Lead agency,Progress\n"
      for row in 0..<3_000 {
        csv += "Task \(row) of the spring clean,police,\(String(repeating: "n", count: 300))\n"
      }
      let sheet = FileManager.default.temporaryDirectory.appendingPathComponent(
        "pact-full-disk-\(getpid()).csv")
      try Data(csv.utf8).write(to: sheet)
      defer { try? FileManager.default.removeItem(at: sheet) }
      let imported = try pact(["import", sheet.path])
      #expect(imported.status == 1, "\(imported.stdout) \(imported.stderr)")
      #expect(imported.stderr.contains("No space left on device"), "\(imported.stderr)")
      #expect(imported.stderr.contains("The panel was left as it was."))
      #expect(try files() == before)
      let staged =
        (try? FileManager.default.contentsOfDirectory(
          atPath: panel.appendingPathComponent(".pact/tmp").path)) ?? []
      #expect(staged.isEmpty, "\(staged.count) staged files left")
      #expect(try pact(["check"]).status == 0)
      let undo = try pact(["undo"])
      #expect(undo.status == 0, "\(undo.stderr)")
      #expect(undo.stdout.contains("Litter by the shops") || undo.stdout.contains("issue add"))
    }
  }
}
