import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// The names of done and dropped actions kept with their folder's stamp, which the chair's
/// briefing counts instead of listing years of files.
@Suite struct FolderNamesTests {
  @Test func theTextKeepsTheStampAndEachNameAndReadsBack() throws {
    let stamp = FileStamp(device: 2049, inode: 42, size: 4096, modified: 5, changed: 6)
    let text = FolderNames.text(
      stamp: stamp, names: [Array("A1.json".utf8), Array("A2.json".utf8)], panelPath: "/p")
    #expect(
      String(decoding: text, as: UTF8.self)
        == "pact folder names 1\t/p\n2049\t42\t4096\t5\t6\nA1.json\nA2.json\nend\t2\n")
    let names = try #require(FolderNames(bytes: text))
    #expect(names.stamp == stamp && names.count == 2)
    var read: [String] = []
    names.forEachName { read.append(String(decoding: $0, as: UTF8.self)) }
    #expect(read == ["A1.json", "A2.json"])
  }

  @Test(arguments: [
    "", "pact folder names 1\n", "pact folder names 2\n1\t2\t3\t4\t5\nend\t0\n",
    "pact folder names 1\n1\t2\t3\t4\t5\nA1.json\nend\t2\n",
    "pact folder names 1\n1\t2\t3\t4\t5\nA1.json\n", "pact folder names 1\n1\t2\t3\t4\nend\t0\n",
    "pact folder names 1\n1\t2\t3\t4\t5\n\nend\t1\n",
  ])
  func anythingElseIsNotKeptNames(text: String) {
    #expect(FolderNames(bytes: Array(text.utf8)) == nil)
  }

  private func makePanel() throws -> (TemporaryDirectory, PanelStore) { try CachedPanel.make() }

  /// The kept names of the done actions.
  private func namesURL(_ store: PanelStore) throws -> URL {
    try CachedPanel.cacheURL(store, "names-actions-done", in: store.recordCacheFolder)
  }

  @Test func theBriefingCountsTheKeptNamesWhileTheFolderIsUnchanged() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let done = try store.records().actionCount(.done)
    #expect(try store.openWork().actionCount(.done) == done)
    // A name planted in the kept list, the stamp kept: proof that the list is what is read.
    let kept = try String(contentsOf: namesURL(store), encoding: .utf8)
    try Data(
      kept.replacingOccurrences(of: "\nend\t\(done)\n", with: "\nAPLANT1.json\nend\t\(done + 1)\n")
        .utf8
    ).write(to: namesURL(store))
    #expect(try store.openWork().actionCount(.done) == done + 1)
    // The ids near an open one's come from the kept names too (`ShortIDTests`).
    try Data(
      kept.replacingOccurrences(of: "\nend\t\(done)\n", with: "\nA6QWZZZ.json\nend\t\(done + 1)\n")
        .utf8
    ).write(to: namesURL(store))
    #expect(try store.openWork().otherActionIDs == ["A6QWZZZ"])
    // A file added to the folder changes its stamp: the folder is listed again.
    let folder = store.root.appendingPathComponent("actions/done")
    let first = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first)
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent(first),
      to: folder.appendingPathComponent("ANEW001.json"))
    #expect(try store.openWork().actionCount(.done) == done + 1)
    #expect(try String(contentsOf: namesURL(store), encoding: .utf8).contains("ANEW001.json"))
    #expect(try !String(contentsOf: namesURL(store), encoding: .utf8).contains("APLANT1"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent(first))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("ANEW001.json"))
    #expect(try store.openWork().actionCount(.done) == done - 1)
  }

  @Test func aFolderChangedWithinTheSettlingTimeIsNotKeptYet() throws {
    let (directory, settled) = try makePanel()
    defer { directory.remove() }
    var store = settled
    store.indexSettling = 2_000_000_000
    _ = try store.openWork()
    #expect(!FileManager.default.fileExists(atPath: try namesURL(store).path))
  }
}
