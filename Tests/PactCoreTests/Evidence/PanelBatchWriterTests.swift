import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Writing many panels' files as one run: all of them, or none.
@Suite struct PanelBatchWriterTests {
  private struct Refused: Error {}

  /// Three new panels under a temporary folder.
  private func panels(in directory: TemporaryDirectory) throws -> [PanelStore] {
    try (1...3).map { index in
      let root = directory.url.appendingPathComponent("panel-\(index)")
      try PanelService.create(at: root, name: "Panel \(index)")
      var store = PanelStore(root: root, display: "panel-\(index)")
      store.changeLabel = "pact crime import"
      return store
    }
  }

  private func job(_ store: PanelStore, fails: Bool = false) -> PanelBatchWriter.Job {
    PanelBatchWriter.Job(store: store, paths: ["crime/2024-03.json"]) { files in
      if fails { throw Refused() }
      var files = files
      files["crime/2024-03.json"] = .object(["month": .string("2024-03")])
      return files
    }
  }

  @Test func everyPanelIsWrittenWithItsOwnUndoEntry() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let stores = try panels(in: directory)
    let outcomes = try PanelBatchWriter.run(stores.map { job($0) }, groupSize: 2)
    #expect(outcomes.map(\.changed) == Array(repeating: ["crime/2024-03.json"], count: 3))
    for store in stores {
      #expect(try store.readJSON("crime/2024-03.json") == .object(["month": .string("2024-03")]))
    }
    let undone = try stores[1].undo()
    #expect(undone.label == "pact crime import")
    #expect(try stores[1].readJSON("crime/2024-03.json") == nil)
    #expect(try stores[2].readJSON("crime/2024-03.json") != nil)
    let again = try PanelBatchWriter.run(stores.map { job($0) }, groupSize: 2)
    #expect(again.map { $0.changed.isEmpty } == [true, false, true])
  }

  @Test func aPanelThatFailsAfterOthersWereWrittenPutsThemBack() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let stores = try panels(in: directory)
    let jobs = [job(stores[0]), job(stores[1]), job(stores[2], fails: true)]
    // One panel a group: the first two are written and flushed before the third fails.
    #expect(throws: Refused.self) { try PanelBatchWriter.run(jobs, groupSize: 1) }
    for store in stores {
      #expect(try store.readJSON("crime/2024-03.json") == nil)
      #expect(throws: UndoError.nothingToUndo) { try store.undo() }
    }
  }
}
