import Foundation
import PactTestSupport
import Testing

@testable import PactCore

@Suite struct ClosedActionIndexTests {
  private func day(_ text: String) throws -> Day { try #require(Day(text)) }

  @Test func theTextListsEachFileOnATabSeparatedLineAndReadsBack() throws {
    var index = ClosedActionIndex()
    index.set(
      .init(
        stamp: FileStamp(
          device: 2049, inode: 42, size: 623, modified: 1_700_000_000_123_456_789, changed: 7),
        dates: ActionDates(
          status: .done, agreedOn: try day("2023-09-12"), due: try day("2023-10-31"),
          completedOn: try day("2023-10-28"))),
      folder: "actions/done", name: "AKNE2J8.json")
    index.set(
      .init(
        stamp: FileStamp(device: 2049, inode: 9, size: 10, modified: 11, changed: 12),
        dates: ActionDates(status: .dropped, agreedOn: try day("2020-01-02"))),
      folder: "actions/dropped", name: "A1.json")
    #expect(
      index.text(panelPath: "/home/sec/bgwp") == """
        pact closed-action index 3\t/home/sec/bgwp
        actions/done\tAKNE2J8.json\t2049\t42\t623\t1700000000123456789\t7\tdone\t2023-09-12\t2023-10-31\t2023-10-28
        actions/dropped\tA1.json\t2049\t9\t10\t11\t12\tdropped\t2020-01-02\t\t

        """)
    #expect(ClosedActionIndex(bytes: Array(index.text(panelPath: "/home/sec/bgwp").utf8)) == index)
    #expect(ClosedActionIndex(bytes: Array(index.text().utf8)) == index)
    #expect(
      ClosedActionIndex(bytes: Array("pact closed-action index 3\n".utf8)) == ClosedActionIndex())
  }

  @Test(arguments: [
    "",
    "pact closed-action index 1\n",
    "pact closed-action index 2\n",
    "pact closed-action index 2\nactions/done\tA1.json\t1\t2\t3\t4\tdone\t2020-01-02\t\t\n",
    "pact closed-action index 3",
    "pact closed-action index 30\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t2\t3\t4\tdone\t2020-01-02\t\t",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t2\t3\t4\tdone\t2020-01-02\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\tx\t2\t3\t4\tdone\t2020-01-02\t\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t-1\t2\t3\t4\tdone\t2020-01-02\t\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t2\t3\t4\tfinished\t2020-01-02\t\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t2\t3\t4\tdone\t2020-02-30\t\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t2\t3\t4\tdone\t2020-01-02\tsoon\t\n",
    "pact closed-action index 3\n\tA1.json\t7\t1\t2\t3\t4\tdone\t2020-01-02\t\t\n",
    "pact closed-action index 3\nactions/done\tA1.json\t7\t1\t99999999999999999999\t3\t4\tdone\t2020-01-02\t\t\n",
  ])
  func anythingElseIsNotAnIndex(text: String) {
    #expect(ClosedActionIndex(bytes: Array(text.utf8)) == nil)
  }

  // MARK: Reading a panel through the index

  private func makePanel() throws -> (TemporaryDirectory, PanelStore) {
    let directory = try TemporaryDirectory()
    var store = PanelStore(root: directory.url.appendingPathComponent("panel"), display: "panel")
    store.cacheFolder = directory.url.appendingPathComponent("cache/pact")
    try store.create(
      PanelRecords.new(
        name: "Borough Green PACT", areas: ["Borough Green"], partnership: nil,
        policeForce: nil, today: try day("2024-03-12")))
    for (folder, id, status, dates) in [
      ("actions/done", "ADONE01", "done", #""due": "2023-10-31", "completedOn": "2023-10-28""#),
      ("actions/done", "ADONE02", "done", #""completedOn": "2024-01-05""#),
      ("actions/dropped", "ADROP01", "dropped", #""due": "2023-12-01""#),
      ("actions", "AOPEN01", "open", #""due": "2024-04-01""#),
    ] {
      try write(
        store, "\(folder)/\(id).json",
        """
        {"agreedOn": "2023-09-12", "lead": "police", "status": "\(status)", "title": "\(id)", \(dates)}
        """)
    }
    // Files written a moment ago count as settled, so that the index holds them at once.
    store.indexSettling = -60_000_000_000
    return (directory, store)
  }

  private func write(_ store: PanelStore, _ relative: String, _ text: String) throws {
    let url = store.root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The dates in a fixed order: the overview gives them in the order the folder lists them.
  private func sorted(_ dates: [ActionDates]) -> [ActionDates] {
    dates.sorted { "\($0)" < "\($1)" }
  }

  /// The problems a read finds in the panel's files: none when it succeeds.
  private func problems(_ read: () throws -> Void) -> [DataFileDiagnostic] {
    do {
      try read()
      return []
    } catch DataFileError.invalid(let diagnostics) {
      return diagnostics
    } catch {
      return [DataFileDiagnostic(file: "?", message: "\(error)")]
    }
  }

  /// The index file.
  private func indexURL(_ store: PanelStore) throws -> URL {
    try CachedPanel.cacheURL(store, "closed-actions", in: store.cacheFolder)
  }

  private func indexText(_ store: PanelStore) throws -> String {
    try String(contentsOf: try indexURL(store), encoding: .utf8)
  }

  @Test func theOverviewGivesWhatAFullReadGives() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let overview = try store.overview()
    let full = try store.records()
    #expect(overview.actions.map(\.id) == ["AOPEN01"])
    #expect(
      sorted(overview.closedActionDates)
        == sorted(full.actions.filter { !$0.isOpen }.map(ActionDates.init)))
    #expect(overview.closedActionDates.map(\.status) == [.done, .done, .dropped])
    #expect(
      overview.closedActionDates.compactMap(\.completedOn).sorted() == [
        try day("2023-10-28"), try day("2024-01-05"),
      ])
    for status in ActionStatus.allCases {
      #expect(overview.actionCount(status) == full.actionCount(status))
    }
    // Read again, now through the index.
    #expect(
      sorted(try store.overview().closedActionDates) == sorted(overview.closedActionDates))
    let lines = try indexText(store).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0] == "pact closed-action index 3\t\(store.root.path)")
    #expect(lines[1].hasPrefix("actions/done\tADONE01.json\t"))
    #expect(lines[3].hasSuffix("\tdropped\t2023-09-12\t2023-12-01\t"))
  }

  @Test func filesChangedWithinTheSettlingTimeAreNotIndexedYet() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    store.indexSettling = 2_000_000_000
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try indexText(store) == "pact closed-action index 3\t\(store.root.path)\n")
  }

  @Test func aPanelWrittenAllAtOnceIsIndexedOnceItsFilesAreOlderThanTheSettlingTime() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    // Every file was written within a moment: only the file system's own clock, read in
    // the cache folder, shows them older than the settling time.
    store.indexSettling = 20_000_000
    usleep(200_000)
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try indexText(store).split(separator: "\n").count == 4)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: #require(store.cacheFolder).path)
        .count == 1)
  }

  @Test func aFileRewrittenInTheSameSecondWithTheSameSizeAndTimeIsReadAgain() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    #expect(try indexText(store).contains("\t2024-01-05\n"))
    try SameStampEdit.replace(
      "2024-01-05", with: "2024-01-06",
      in: store.root.appendingPathComponent("actions/done/ADONE02.json"))
    let dates = try store.overview().closedActionDates
    #expect(dates.contains { $0.completedOn == (try? day("2024-01-06")) })
    #expect(!dates.contains { $0.completedOn == (try? day("2024-01-05")) })
  }

  @Test func anEntryIsUsedOnlyWhileItsFileIsUnchanged() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    // An entry whose stamp still matches is believed, whatever the file says: proof that
    // the index is what was read.
    let planted = try indexText(store).replacingOccurrences(
      of: "\tdone\t2023-09-12\t2023-10-31\t2023-10-28\n",
      with: "\tdone\t2023-09-12\t2023-10-31\t2023-10-30\n")
    #expect(planted != (try indexText(store)))
    try Data(planted.utf8).write(to: try indexURL(store))
    #expect(
      try store.overview().closedActionDates.compactMap(\.completedOn).sorted() == [
        try day("2023-10-30"), try day("2024-01-05"),
      ])
    // A hand edit changes the file's stamp, so the file is read again.
    try write(
      store, "actions/done/ADONE01.json",
      """
      {"agreedOn": "2023-09-12", "lead": "police", "status": "done", "title": "ADONE01", \
      "completedOn": "2023-11-15"}
      """)
    let edited = try store.overview().closedActionDates.filter { $0.status == .done }
    #expect(
      sorted(edited) == [
        ActionDates(
          status: .done, agreedOn: try day("2023-09-12"), completedOn: try day("2023-11-15")),
        ActionDates(
          status: .done, agreedOn: try day("2023-09-12"), completedOn: try day("2024-01-05")),
      ])
    #expect(try indexText(store).contains("\tdone\t2023-09-12\t\t2023-11-15\n"))
  }

  @Test func aRemovedFileLeavesTheIndexAndANewOneJoinsIt() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    try FileManager.default.removeItem(
      at: store.root.appendingPathComponent("actions/dropped/ADROP01.json"))
    try write(
      store, "actions/dropped/ADROP02.json",
      #"{"agreedOn": "2022-02-02", "lead": "police", "status": "dropped", "title": "New"}"#)
    let dates = try store.overview().closedActionDates
    #expect(dates.filter { $0.status == .dropped }.map(\.agreedOn) == [try day("2022-02-02")])
    #expect(dates.count == 3)
    let text = try indexText(store)
    #expect(!text.contains("ADROP01"))
    #expect(text.contains("actions/dropped\tADROP02.json\t"))
  }

  @Test func anIndexPactCannotReadIsRebuilt() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    let good = try indexText(store)
    // A good entry with a planted date, beside a line pact cannot read: the whole index is
    // set aside, the planted date with it.
    let planted = good.replacingOccurrences(
      of: "\t2023-10-28\n", with: "\t2023-10-30\n")
    #expect(planted != good)
    try Data((planted + "not\tan\tentry\n").utf8).write(to: try indexURL(store))
    let dates = try store.overview().closedActionDates
    #expect(dates.count == 3)
    #expect(dates.contains { $0.completedOn == (try? day("2023-10-28")) })
    #expect(!dates.contains { $0.completedOn == (try? day("2023-10-30")) })
    #expect(try indexText(store) == good)
  }

  @Test func anEditInPlaceThatKeepsTheSizeIsSeenByItsTime() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    let url = store.root.appendingPathComponent("actions/done/ADONE02.json")
    let before = try String(contentsOf: url, encoding: .utf8)
    let after = before.replacingOccurrences(of: "2024-01-05", with: "2024-01-06")
    #expect(after.utf8.count == before.utf8.count)
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data(after.utf8))
    try handle.close()
    // The same inode and size; only the times tell. Set the modification time apart from
    // the one indexed, as a clock tick later would.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: url.path)
    let dates = try store.overview().closedActionDates
    #expect(dates.contains { $0.completedOn == (try? day("2024-01-06")) })
    #expect(!dates.contains { $0.completedOn == (try? day("2024-01-05")) })
  }

  @Test func anOpenActionInTheDoneFolderIsReadWhole() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try write(
      store, "actions/done/AOPEN02.json",
      #"{"agreedOn": "2024-01-02", "lead": "police", "status": "open", "title": "Reopened"}"#)
    for _ in 0..<2 {
      let overview = try store.overview()
      #expect(overview.actions.map(\.id).sorted() == ["AOPEN01", "AOPEN02"])
      #expect(overview.closedActionDates.count == 3)
      #expect(overview.actionCount(.open) == 2)
      #expect(overview.actionCount(.done) == 2)
    }
    #expect(!(try indexText(store)).contains("AOPEN02"))
  }

  @Test func aClosedFilePactCannotReadIsReportedAsAFullReadReportsIt() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.overview()
    let index = try indexText(store)
    try write(store, "actions/done/ABAD001.json", #"{"agreedOn": "someday", "lead": "police"}"#)
    let overview = problems { _ = try store.overview() }
    #expect(overview.map(\.field) == ["title", "agreedOn"])
    #expect(overview.allSatisfy { $0.file == "panel/actions/done/ABAD001.json" })
    #expect(overview == problems { _ = try store.records() })
    #expect(try indexText(store) == index)
  }

  @Test func theStampsAFirstReadIndexesAreTheOnesTheNextReadFinds() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    // A first read has no index to check stamps against: each comes with its file's read.
    _ = try store.overview()
    let planted = try indexText(store).replacingOccurrences(
      of: "\t2024-01-05\n", with: "\t2024-01-07\n")
    #expect(planted != (try indexText(store)))
    try Data(planted.utf8).write(to: try indexURL(store))
    #expect(
      try store.overview().closedActionDates.contains {
        $0.completedOn == (try? day("2024-01-07"))
      })
  }

  @Test func aFirstReadRefusesWhatIsNotARecordFileAsAFullReadDoes() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let done = store.root.appendingPathComponent("actions/done")
    let manager = FileManager.default
    try manager.createDirectory(
      at: done.appendingPathComponent("AFOLDER.json"), withIntermediateDirectories: false)
    try manager.createSymbolicLink(
      at: done.appendingPathComponent("ALINK01.json"),
      withDestinationURL: done.appendingPathComponent("ADONE01.json"))
    // Opening a pipe for reading would wait for a writer that never comes.
    #expect(mkfifo(done.appendingPathComponent("APIPE01.json").path, 0o644) == 0)
    let first = problems { _ = try store.overview() }
    #expect(
      first.map(\.file).sorted() == [
        "panel/actions/done/AFOLDER.json", "panel/actions/done/ALINK01.json",
        "panel/actions/done/APIPE01.json",
      ])
    #expect(first.map(\.file).sorted() == problems { _ = try store.records() }.map(\.file).sorted())
    #expect(!manager.fileExists(atPath: try indexURL(store).path))
  }

  @Test func theReportWritesNothingIntoThePanel() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let manager = FileManager.default
    try manager.removeItem(at: store.root.appendingPathComponent(".pact"))
    let before = try fileTree(store.root)
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try fileTree(store.root) == before)
    #expect(!manager.fileExists(atPath: store.root.appendingPathComponent(".pact").path))
    #expect(try indexText(store).split(separator: "\n").count == 4)
    let folder = try #require(store.cacheFolder)
    let mode = try manager.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
    #expect(mode == 0o700)
  }

  @Test func aCacheThatCannotBeWrittenIsDoneWithout() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    // The cache folder's place is taken by a file.
    let blocked = directory.url.appendingPathComponent("blocked")
    try Data("a file\n".utf8).write(to: blocked)
    store.cacheFolder = blocked.appendingPathComponent("pact")
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try String(contentsOf: blocked, encoding: .utf8) == "a file\n")
  }

  @Test func theCacheFolderIsNeverFollowedThroughALink() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    let (link, elsewhere) = try directory.linkedFolder()
    store.cacheFolder = link
    #expect(try store.overview().closedActionDates.count == 3)
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }

  @Test func theStandardCacheFolderFollowsXDG() {
    #expect(
      CacheFolder.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.path
        == "/c/pact")
    #expect(CacheFolder.standard(environment: ["HOME": "/h"])?.path == "/h/.cache/pact")
    #expect(
      CacheFolder.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path
        == "/h/.cache/pact")
    #expect(CacheFolder.standard(environment: [:]) == nil)
  }
}
