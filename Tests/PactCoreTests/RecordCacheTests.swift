import Foundation
import PactTestSupport
import Testing

@testable import PactCore

@Suite struct RecordCacheTests {
  @Test func theFileListsEachRecordWithItsStampAndBytesAndReadsBack() throws {
    var writer = RecordCache.Writer(panelPath: "/home/sec/bgwp")
    writer.add(
      folder: "actions/done", name: "A1.json",
      stamp: FileStamp(device: 2049, inode: 42, size: 3, modified: 5, changed: 6),
      mayHoldControls: false, contents: Array("{}\n".utf8))
    writer.add(
      folder: "actions/done", name: "A2.json",
      stamp: FileStamp(device: 2049, inode: 43, size: 2, modified: 7, changed: 8),
      mayHoldControls: true, contents: Array("{}".utf8))
    // A stamp whose size is not the bytes' is never written.
    writer.add(
      folder: "actions/done", name: "A3.json",
      stamp: FileStamp(device: 2049, inode: 44, size: 9, modified: 7, changed: 8),
      mayHoldControls: false, contents: Array("{}".utf8))
    let text = String(decoding: writer.finished, as: UTF8.self)
    #expect(
      text == """
        pact record cache 1\t/home/sec/bgwp
        actions/done\tA1.json\t2049\t42\t3\t5\t6\t0
        {}

        actions/done\tA2.json\t2049\t43\t2\t7\t8\t1
        {}
        end\t2

        """)
    let cache = try #require(RecordCache(bytes: writer.finished))
    #expect(cache.count == 2)
    #expect(cache.folder == "actions/done")
    let entry = try #require(cache.entry("A1.json"))
    #expect(entry.stamp == FileStamp(device: 2049, inode: 42, size: 3, modified: 5, changed: 6))
    #expect(Array(cache.contents(entry)) == Array("{}\n".utf8))
    #expect(entry.mayHoldControls == false)
    #expect(cache.entry("A2.json")?.mayHoldControls == true)
  }

  @Test(arguments: [
    "",
    "pact record cache 1",
    "pact record cache 2\nend\t0\n",
    "pact record cache 1\n",
    "pact record cache 1\nend\t1\n",
    "pact record cache 1\nend\t0\nmore",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t2\t3\t4\t0\n{}\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t5\t3\t4\t0\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t1\t3\t4\t0\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t-2\t3\t4\t0\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\tx\t2\t3\t4\t0\n{}\nend\t1\n",
    "pact record cache 1\n\tM1.json\t1\t2\t2\t3\t4\t0\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t2\t3\t4\t2\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t2\t3\t4\n{}\nend\t1\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t2\t3\t4\t0\n{}\n"
      + "agencies\tG1.json\t1\t5\t2\t3\t4\t0\n{}\nend\t2\n",
    "pact record cache 1\nmembers\tM1.json\t1\t2\t2\t3\t4\t0\n{}\n"
      + "members\tM1.json\t1\t5\t2\t3\t4\t0\n{}\nend\t2\n",
  ])
  func anythingElseIsNotACache(text: String) {
    #expect(RecordCache(bytes: Array(text.utf8)) == nil)
  }

  // MARK: Reading a panel through the cache

  private func makePanel() throws -> (TemporaryDirectory, PanelStore) { try CachedPanel.make() }

  /// The cache file of the done actions.
  private func cacheURL(_ store: PanelStore) throws -> URL {
    try CachedPanel.cacheURL(store, "records-actions-done", in: store.recordCacheFolder)
  }

  private func cacheText(_ store: PanelStore) throws -> String {
    try String(contentsOf: try cacheURL(store), encoding: .utf8)
  }

  private func title(_ store: PanelStore, _ id: String) throws -> String? {
    try store.records().actions.first { $0.id == id }?.title
  }

  private let doneFile = "actions/done/A6EXPDC.json"

  @Test func aReadThroughTheCacheGivesWhatAReadOfTheFilesGives() throws {
    let (directory, cached) = try makePanel()
    defer { directory.remove() }
    var uncached = cached
    uncached.recordCacheFolder = nil
    let expected = try uncached.reader.read(.everything)
    for _ in 1...2 {
      let read = try cached.reader.read(.everything)
      #expect(read.panel == expected.panel)
      #expect(read.members == expected.members)
      #expect(read.agencies == expected.agencies)
      #expect(read.meetings == expected.meetings)
      #expect(read.issues == expected.issues)
      #expect(read.priorities == expected.priorities)
      #expect(read.actions == expected.actions)
    }
    let files = try FileManager.default.subpathsOfDirectory(atPath: cached.root.path)
      .filter { $0.hasSuffix(".json") && $0 != "panel.json" }
    let folder = try #require(cached.recordCacheFolder)
    let caches = try FileManager.default.contentsOfDirectory(atPath: folder.path).map {
      try #require(RecordCache(bytes: Array(Data(contentsOf: folder.appendingPathComponent($0)))))
    }
    #expect(caches.map(\.count).reduce(0, +) == files.count)
    let folders = files.map { ($0 as NSString).deletingLastPathComponent }
    #expect(Set(caches.map(\.folder)) == Set(folders))
  }

  @Test func anEntryIsUsedOnlyWhileItsFileIsUnchanged() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let original = try #require(try title(store, "A6EXPDC"))
    // An entry whose stamp still matches is believed, whatever the file says: proof that
    // the cache is what was read. The planted title is as long as the real one.
    let planted = String(repeating: "P", count: original.utf8.count)
    let text = try cacheText(store)
    #expect(text.contains(original))
    try Data(text.replacingOccurrences(of: original, with: planted).utf8)
      .write(to: try cacheURL(store))
    #expect(try title(store, "A6EXPDC") == planted)
    // A hand edit changes the file's stamp, so the file is read again.
    let url = store.root.appendingPathComponent(doneFile)
    let file = try String(contentsOf: url, encoding: .utf8)
    try Data(file.replacingOccurrences(of: original, with: "Edited by hand").utf8).write(to: url)
    #expect(try title(store, "A6EXPDC") == "Edited by hand")
    #expect(try cacheText(store).contains("Edited by hand"))
  }

  @Test func aFileRewrittenInTheSameSecondWithTheSameSizeAndTimeIsReadAgain() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let original = try #require(try title(store, "A6EXPDC"))
    #expect(try title(store, "A6EXPDC") == original)
    let same = String(repeating: "S", count: original.utf8.count)
    try SameStampEdit.replace(original, with: same, in: store.root.appendingPathComponent(doneFile))
    #expect(try title(store, "A6EXPDC") == same)
  }

  @Test func filesChangedWithinTheSettlingTimeAreNotKeptYet() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    store.indexSettling = 2_000_000_000
    _ = try store.records()
    #expect(!FileManager.default.fileExists(atPath: try cacheURL(store).path))
  }

  @Test func aRemovedFileLeavesTheCacheAndANewOneJoinsIt() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    _ = try store.records()
    let url = store.root.appendingPathComponent(doneFile)
    let text = try String(contentsOf: url, encoding: .utf8)
    try FileManager.default.removeItem(at: url)
    try Data(text.utf8).write(to: store.root.appendingPathComponent("actions/done/ANEW001.json"))
    let actions = try store.records().actions
    #expect(actions.contains { $0.id == "ANEW001" } && !actions.contains { $0.id == "A6EXPDC" })
    let cache = try cacheText(store)
    #expect(!cache.contains("A6EXPDC.json"))
    #expect(cache.contains("actions/done\tANEW001.json\t"))
  }

  @Test func bytesInTheCacheThatDoNotReadWellAreNotTrusted() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let original = try #require(try title(store, "A6EXPDC"))
    let good = try cacheText(store)
    // The title's quotes are broken, the length kept: the bytes are no longer JSON.
    let broken = good.replacingOccurrences(of: "\"\(original)\"", with: "{\(original)}")
    #expect(broken != good)
    try Data(broken.utf8).write(to: try cacheURL(store))
    #expect(try title(store, "A6EXPDC") == original)
    #expect(try cacheText(store) == good)
  }

  @Test func aCacheCutShortIsSetAsideWhole() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let original = try #require(try title(store, "A6EXPDC"))
    let good = try cacheText(store)
    let planted = String(repeating: "P", count: original.utf8.count)
    let cut = good.replacingOccurrences(of: original, with: planted).dropLast(4)
    try Data(cut.utf8).write(to: try cacheURL(store))
    #expect(try title(store, "A6EXPDC") == original)
    #expect(try cacheText(store) == good)
  }

  @Test func theCacheWritesNothingIntoThePanel() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let before = try FileManager.default.subpathsOfDirectory(atPath: store.root.path).sorted()
    _ = try store.records()
    _ = try store.records()
    #expect(try FileManager.default.subpathsOfDirectory(atPath: store.root.path).sorted() == before)
    let folder = try #require(store.recordCacheFolder)
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(kept.contains(try cacheURL(store).lastPathComponent))
    #expect(kept.allSatisfy { $0.hasPrefix("records-") })
  }

  @Test func aCacheFolderThatIsALinkIsNotUsed() throws {
    let (directory, settledStore) = try makePanel()
    defer { directory.remove() }
    var store = settledStore
    let (link, elsewhere) = try directory.linkedFolder()
    store.recordCacheFolder = link
    #expect(try store.records().actions.isEmpty == false)
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }

  @Test func aControlCharacterIsFoundByCheckThroughTheCache() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let original = try #require(try title(store, "A6EXPDC"))
    let url = store.root.appendingPathComponent(doneFile)
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(text.replacingOccurrences(of: original, with: "Bell\\u0007 here").utf8).write(to: url)
    for _ in 1...2 {
      let check = try IntegrityCheck(store: store, today: try #require(Day("2024-06-01")))
      #expect(
        check.errors.contains {
          $0.file == "bgwp/\(doneFile)" && $0.field == "title"
            && $0.problem == .controlCharacters(first: 7, count: 1)
        }, "\(check.errors)")
    }
    #expect(try cacheText(store).contains("A6EXPDC.json\t") && cacheText(store).contains("Bell"))
  }
}
