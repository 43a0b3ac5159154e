import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Reading a folder's files on several cores must give what one loop in order of name
/// would: the same records, the same problems in the same order, the same first error.
@Suite struct ParallelReadingTests {
  private struct Failed: Error, Equatable {
    var index: Int
  }

  @Test func valuesComeInIndexOrder() throws {
    let values = try ParallelReading.map(1_000) { $0 * 3 }
    #expect(values == (0..<1_000).map { $0 * 3 })
  }

  @Test func theErrorOfTheLowestIndexIsThrown() {
    let failing: Set<Int> = [150, 300, 700, 999]
    #expect(throws: Failed(index: 150)) {
      _ = try ParallelReading.map(1_000) { index in
        if failing.contains(index) { throw Failed(index: index) }
        return index
      }
    }
  }

  @Test func problemsInAManyFileFolderAreReportedInOrderOfName() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let root = directory.url.appendingPathComponent("panel")
    let store = PanelStore(root: root, display: "panel")
    let today = try #require(Day("2024-03-12"))
    try store.create(
      PanelRecords.new(
        name: "Borough Green PACT", areas: ["Borough Green"], partnership: nil,
        policeForce: nil, today: today))
    let members = root.appendingPathComponent("members")
    try FileManager.default.createDirectory(at: members, withIntermediateDirectories: true)
    // Written in reverse, so that the listing is unlikely to be in order of name already.
    let bad = Set(stride(from: 7, to: 600, by: 37))
    var expected: [DataFileDiagnostic] = []
    for number in (0..<600).reversed() {
      let id = "M" + String(format: "%07d", number)
      let text =
        bad.contains(number)
        ? #"{"name": 7, "roles": ["a", 3], "public": "yes"}"#
        : #"{"name": "Resident \#(number)", "roles": [], "public": false}"#
      try Data(text.utf8).write(to: members.appendingPathComponent("\(id).json"))
    }
    for number in bad.sorted() {
      let file = "panel/members/M" + String(format: "%07d", number) + ".json"
      expected += [
        DataFileDiagnostic(file: file, field: "name", message: "expected a string, found 7"),
        DataFileDiagnostic(file: file, field: "roles[1]", message: "expected a string, found 3"),
        DataFileDiagnostic(
          file: file, field: "public", message: "expected true or false, found \"yes\""),
      ]
    }
    #expect(throws: DataFileError.invalid(expected)) { try store.records() }
  }

  @Test func aManyFileFolderIsReadWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let root = directory.url.appendingPathComponent("panel")
    let store = PanelStore(root: root, display: "panel")
    let today = try #require(Day("2024-03-12"))
    try store.create(
      PanelRecords.new(
        name: "Borough Green PACT", areas: ["Borough Green"], partnership: nil,
        policeForce: nil, today: today))
    let members = root.appendingPathComponent("members")
    try FileManager.default.createDirectory(at: members, withIntermediateDirectories: true)
    for number in 0..<500 {
      let text = #"{"name": "Resident \#(number)", "roles": [], "public": false}"#
      try Data(text.utf8).write(to: members.appendingPathComponent("M\(100_000 + number).json"))
    }
    let names = try store.records().members.map(\.name)
    #expect(names == (0..<500).map { "Resident \($0)" })
  }
}
