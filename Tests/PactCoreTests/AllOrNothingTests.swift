import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// A change of many files is all or nothing: stopped at any point — as a killed process
/// stops, or as a full disk fails — the panel is afterwards exactly as before or exactly
/// as after, and `undo` still works.
@Suite struct AllOrNothingTests {
  static let today = Day("2024-06-01") ?? Day(date: Date())

  /// A copy of the Borough Green panel, and a store on it.
  struct Setting {
    let directory: TemporaryDirectory
    var root: URL { directory.url.appendingPathComponent(FixturePanel.name) }

    init() throws {
      directory = try TemporaryDirectory.copyFixture(FixturePanel.name)
    }

    func store(fault: ChangeTransaction.Fault? = nil) -> PanelStore {
      var store = PanelStore(root: root, display: "bgwp")
      store.changeLabel = "pact test"
      store.fault = fault
      return store
    }

    /// Every file but pact's own.
    func files() throws -> [String: Data] {
      try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
    }

    func scratch() throws -> [String] {
      (try? FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(".pact/tmp").path)) ?? []
    }

    func remove() { directory.remove() }
  }

  enum FixturePanel {
    static let name = "borough-green-wrotham-platt"
  }

  /// Adds `count` issues in one change, as an import adds its rows.
  private func addIssues(_ store: PanelStore, count: Int, seed: UInt64 = 1) throws {
    var generator = IDGenerator(seed: seed)
    try store.change(wholePanel: false) { records in
      for number in 0..<count {
        _ = try records.raiseIssue(
          "Concern number \(number)", category: nil, on: AllOrNothingTests.today, source: nil,
          using: &generator)
      }
    }
  }

  /// The panel before and after a change of 40 files, made on copies.
  private func beforeAndAfter() throws -> (before: [String: Data], after: [String: Data]) {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.store().change(wholePanel: false) { $0.panel.venue = "Platt Memorial Hall" }
    let before = try setting.files()
    try addIssues(setting.store(), count: 40)
    return (before, try setting.files())
  }

  @Test(arguments: [0, 1, 17, 39, 40])
  func aChangeKilledPartWayIsSettledByTheNextCommand(renames: Int) throws {
    let (before, after) = try beforeAndAfter()
    let setting = try Setting()
    defer { setting.remove() }
    try setting.store().change(wholePanel: false) { $0.panel.venue = "Platt Memorial Hall" }
    #expect(try setting.files() == before)
    #expect(throws: ChangeTransaction.Died.self) {
      try addIssues(setting.store(fault: .dieAfterRenames(renames)), count: 40)
    }
    // Killed: some files in place, some staged, the intent record left behind.
    #expect(
      FileManager.default.fileExists(
        atPath: setting.root.appendingPathComponent(".pact/intent.json").path))
    // The next command, even one that only reads, settles it first.
    _ = try setting.store().records()
    let settled = try setting.files()
    #expect(settled == (renames == 40 ? after : before), "after \(renames) renames")
    #expect(try setting.scratch().isEmpty)
    #expect(
      !FileManager.default.fileExists(
        atPath: setting.root.appendingPathComponent(".pact/intent.json").path))
    // Undo reverses the change if it was completed, else the change before it.
    let undone = try setting.store().undo()
    #expect(undone.label == "pact test")
    if renames == 40 {
      #expect(try setting.files() == before)
    } else {
      #expect(try setting.files() != before)
      #expect(
        !(try setting.files()).contains { $0.value != before[$0.key] && $0.key != "panel.json" })
    }
  }

  @Test(arguments: [0, 5, 40])
  func aChangeThatFailsPartWayLeavesThePanelAsItWasAndUndoWorks(renames: Int) throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.store().change(wholePanel: false) { $0.panel.venue = "Platt Memorial Hall" }
    let before = try setting.files()
    #expect(throws: StorageError.self) {
      try addIssues(setting.store(fault: .failAfterRenames(renames)), count: 40)
    }
    #expect(try setting.files() == before)
    #expect(try setting.scratch().isEmpty)
    // The failed change left nothing in the journal that would block undo.
    _ = try setting.store().undo()
    #expect(
      !(try String(contentsOf: setting.root.appendingPathComponent("panel.json"), encoding: .utf8))
        .contains("Platt Memorial Hall"))
  }

  /// A file pact could not read back would lock the panel: a change that would write one
  /// is refused whole, naming the first such file, whether it is a new action's file
  /// (written straight from the action) or a record's file read before.
  @Test func aChangeThatWouldWriteAFileTooLargeToReadBackChangesNothing() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let before = try setting.files()
    let huge = String(repeating: "x", count: Int(FileSize.recordLimit))
    // New actions, two too large; then a file read before, grown too large.
    for (growsPanel, expected) in [(false, "bgwp/actions/AHUGE01.json"), (true, "bgwp/panel.json")]
    {
      do {
        try setting.store().change(wholePanel: false) { records in
          for id in ["AHUGE02", "AHUGE01", "ASMALL1"] {
            let title = id.hasPrefix("AHUGE") && !growsPanel ? huge : "Speed watch"
            records.actions.append(
              Action(id: id, title: title, lead: "police", agreedOn: Self.today))
          }
          if growsPanel { records.panel.venue = huge }
        }
        Issue.record("the change was made")
      } catch let error as StorageError {
        guard case .recordTooLarge(let path, let bytes, _) = error else {
          Issue.record("\(error)")
          continue
        }
        #expect(path == expected)
        #expect(bytes > FileSize.recordLimit)
      }
      #expect(try setting.files() == before)
    }
  }

  /// A new panel, whose first issues make a folder of many files (as an import's first
  /// done actions do): the temporary folder it is in, and the panel's own folder.
  private func newPanel() throws -> (TemporaryDirectory, URL) {
    let directory = try TemporaryDirectory()
    let root = directory.url.appendingPathComponent("new-panel")
    try PanelService.create(
      at: root,
      records: PanelRecords.new(
        name: "New PACT", areas: ["Platt"], partnership: nil, policeForce: nil,
        today: Self.today))
    return (directory, root)
  }

  @Test(arguments: [nil, 0, 1] as [Int?])
  func aFolderTheChangeMakesIsPutInPlaceWhole(killedAfter renames: Int?) throws {
    // Enough for a folder staged whole, and for its files to be staged on every core.
    let count =
      max(ChangeTransaction.wholeFolderMinimum, ChangeTransaction.concurrentStagingMinimum) + 44
    let (directory, root) = try newPanel()
    defer { directory.remove() }
    let (afterDirectory, afterRoot) = try newPanel()
    defer { afterDirectory.remove() }
    try addIssues(PanelStore(root: afterRoot, display: "after"), count: count)
    let after = try fileTree(afterRoot).filter { !$0.key.hasPrefix(".pact/") }
    let titles = try after.filter { $0.key.hasPrefix("issues/") }.map { entry in
      let record = try JSONSerialization.jsonObject(with: entry.value) as? [String: Any]
      return record?["title"] as? String ?? ""
    }
    #expect(Set(titles) == Set((0..<count).map { "Concern number \($0)" }))
    let issues = root.appendingPathComponent("issues")
    let scratch = root.appendingPathComponent(".pact/tmp")
    let before = try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
    var store = PanelStore(root: root, display: "new")
    store.fault = renames.map { .dieAfterRenames($0) }
    guard let renames else {
      try addIssues(store, count: count)
      #expect(try fileTree(root).filter { !$0.key.hasPrefix(".pact/") } == after)
      #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
      return
    }
    #expect(throws: ChangeTransaction.Died.self) { try addIssues(store, count: count) }
    // One step puts the whole folder in place: before it, no issue is there and every one
    // waits in a single staged folder; after it, all are.
    let staged = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
    if renames == 0 {
      #expect(!FileManager.default.fileExists(atPath: issues.path))
      #expect(staged.count == 1)
      let inside = try FileManager.default.contentsOfDirectory(
        atPath: scratch.appendingPathComponent(staged.first ?? "").path)
      #expect(inside.count == count)
    } else {
      #expect(try FileManager.default.contentsOfDirectory(atPath: issues.path).count == count)
      #expect(staged.isEmpty)
    }
    _ = try PanelStore(root: root, display: "new").records()
    let settled = try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
    #expect(settled == (renames == 0 ? before : after))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
  }

  @Test func aFolderStagedWholeIsRemovedWhenTheChangeFails() throws {
    let (directory, root) = try newPanel()
    defer { directory.remove() }
    let before = try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
    var store = PanelStore(root: root, display: "new")
    store.fault = .failAfterRenames(0)
    #expect(throws: StorageError.self) {
      try addIssues(store, count: ChangeTransaction.wholeFolderMinimum)
    }
    #expect(try fileTree(root).filter { !$0.key.hasPrefix(".pact/") } == before)
    // Staged whole, the folder was never made in the panel.
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("issues").path))
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(".pact/tmp").path
      ).isEmpty)
  }

  @Test func anUndoKilledPartWayIsSettledToo() throws {
    let (before, after) = try beforeAndAfter()
    for renames in [0, 20, 40] {
      let setting = try Setting()
      defer { setting.remove() }
      try setting.store().change(wholePanel: false) { $0.panel.venue = "Platt Memorial Hall" }
      try addIssues(setting.store(), count: 40)
      #expect(try setting.files() == after)
      #expect(throws: ChangeTransaction.Died.self) {
        try setting.store(fault: .dieAfterRenames(renames)).undo()
      }
      _ = try setting.store().records()
      // An undo that had put every file back is finished; else it never happened.
      #expect(try setting.files() == (renames == 40 ? before : after), "after \(renames)")
      if renames < 40 {
        try setting.store().undo()
        #expect(try setting.files() == before)
      }
    }
  }

  @Test func aFileChangedSinceIsNeverOverwrittenAndCheckSaysSo() throws {
    let setting = try Setting()
    defer { setting.remove() }
    var generator = IDGenerator(seed: 3)
    #expect(throws: ChangeTransaction.Died.self) {
      try setting.store(fault: .dieAfterRenames(2)).change(wholePanel: false) {
        $0.panel.venue = "Platt Memorial Hall"
        $0.panel.contact = "pact@example.org"
        try $0.raiseIssue("Litter", category: nil, on: Self.today, source: nil, using: &generator)
      }
    }
    // Someone edits a file the interrupted change had written.
    let panelFile = setting.root.appendingPathComponent("panel.json")
    try Data("{\"name\": \"Edited by hand\", \"schema\": 2}\n".utf8).write(to: panelFile)
    let edited = try setting.files()
    #expect(throws: PrivateFolderError.self) { try setting.store().records() }
    #expect(try setting.files() == edited)
    let check = try IntegrityCheck(store: setting.store(), today: Self.today)
    #expect(check.errors.contains { $0.code == "interrupted-change" })
    #expect(try setting.files() == edited)
  }

  /// Many files into folders the panel has: staged on every core, each renamed into place.
  @Test(arguments: [nil, 150] as [Int?])
  func manyFilesIntoAFolderThePanelHas(killedAfter renames: Int?) throws {
    let count = ChangeTransaction.concurrentStagingMinimum + 44
    let setting = try Setting()
    defer { setting.remove() }
    let before = try setting.files()
    #expect(before.keys.contains { $0.hasPrefix("issues/") })
    if let renames {
      #expect(throws: ChangeTransaction.Died.self) {
        try addIssues(setting.store(fault: .dieAfterRenames(renames)), count: count)
      }
      let issues = setting.root.appendingPathComponent("issues")
      let inPlace = try FileManager.default.contentsOfDirectory(atPath: issues.path).count
      #expect(inPlace == before.keys.filter { $0.hasPrefix("issues/") }.count + renames)
      _ = try setting.store().records()
      #expect(try setting.files() == before)
    } else {
      try addIssues(setting.store(), count: count)
      let added = try setting.files().filter { before[$0.key] == nil }
      #expect(added.count == count)
      #expect(added.keys.allSatisfy { $0.hasPrefix("issues/") })
    }
    #expect(try setting.scratch().isEmpty)
  }

  @Test func aChangeMadeWithAFolderStagedWholeIsUndone() throws {
    let (directory, root) = try newPanel()
    defer { directory.remove() }
    let before = try fileTree(root).filter { !$0.key.hasPrefix(".pact/") }
    try addIssues(
      PanelStore(root: root, display: "new"), count: ChangeTransaction.wholeFolderMinimum)
    #expect(try fileTree(root).filter { !$0.key.hasPrefix(".pact/") } != before)
    _ = try PanelStore(root: root, display: "new").undo()
    #expect(try fileTree(root).filter { !$0.key.hasPrefix(".pact/") } == before)
  }

  /// A folder a killed change left staged is removed by the next change; a folder of that
  /// name holding a folder loses its files but is otherwise left, and any other folder
  /// in `.pact/tmp/` is left alone. None of them stops a command.
  @Test func foldersLeftInTheScratchFolder() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let manager = FileManager.default
    let scratch = setting.root.appendingPathComponent(".pact/tmp")
    let staged = scratch.appendingPathComponent("issues.41.2718.3.tmp")
    let odd = scratch.appendingPathComponent("done.5.6.7.tmp")
    let other = scratch.appendingPathComponent("notes.tmp")
    for folder in [staged, odd.appendingPathComponent("inner"), other] {
      try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Data("{}".utf8).write(to: staged.appendingPathComponent("I1.json"))
    try Data("{}".utf8).write(to: odd.appendingPathComponent("A1.json"))
    try Data("{}".utf8).write(to: odd.appendingPathComponent("inner/A2.json"))
    try Data("kept".utf8).write(to: other.appendingPathComponent("keep.txt"))
    _ = try setting.store().openWork()
    try setting.store().change(wholePanel: false) { $0.panel.venue = "Platt Memorial Hall" }
    #expect(!manager.fileExists(atPath: staged.path))
    #expect(try manager.contentsOfDirectory(atPath: odd.path) == ["inner"])
    #expect(
      try manager.contentsOfDirectory(atPath: odd.appendingPathComponent("inner").path) == [
        "A2.json"
      ])
    #expect(try Data(contentsOf: other.appendingPathComponent("keep.txt")) == Data("kept".utf8))
    #expect(PrivateFolder.isStagedFolder("done.27569.1615304375.151.tmp"))
    for name in ["notes.tmp", "done.tmp", "a.b.c.d.tmp", "done.1.2.3.tmp.old", "done..2.3.tmp"] {
      #expect(!PrivateFolder.isStagedFolder(name), "\(name)")
    }
  }

  @Test func stagedFilesLeftWithoutAnIntentAreCleared() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let scratch = setting.root.appendingPathComponent(".pact/tmp")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    for number in 0..<30 {
      try Data("{}".utf8).write(to: scratch.appendingPathComponent("I\(number).json.1.2.1.tmp"))
    }
    _ = try setting.store().openWork()
    #expect(try setting.scratch().isEmpty)
  }
}
