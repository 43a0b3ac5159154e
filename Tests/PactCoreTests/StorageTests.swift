import Foundation
import PactTestSupport
import Testing

@testable import PactCore

@Suite struct StorageTests {
  private func makePanel() throws -> (TemporaryDirectory, PanelStore) {
    let directory = try TemporaryDirectory()
    let root = directory.url.appendingPathComponent("panel")
    let store = PanelStore(root: root, display: "panel")
    let today = try #require(Day("2024-03-12"))
    try store.create(
      PanelRecords.new(
        name: "Borough Green PACT", areas: ["Borough Green", "Platt"],
        partnership: "Tonbridge and Malling CSP", policeForce: "Kent Police", today: today))
    return (directory, store)
  }

  private func text(_ store: PanelStore, _ relative: String) throws -> String {
    try String(contentsOf: store.root.appendingPathComponent(relative), encoding: .utf8)
  }

  private func write(_ store: PanelStore, _ relative: String, _ text: String) throws {
    try Data(text.utf8).write(to: store.root.appendingPathComponent(relative))
  }

  @Test func createWritesPrettySortedJSONWithAFinalNewline() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let fire = try text(store, "agencies/fire.json")
    #expect(
      fire == """
        {
          "handles": [
            "arson",
            "deliberate fires",
            "fire safety",
            "home safety visits"
          ],
          "kind": "fire",
          "name": "Fire and Rescue Service"
        }

        """)
    let panel = try text(store, "panel.json")
    #expect(panel.hasPrefix("{\n  \"areas\": [\n    \"Borough Green\",\n    \"Platt\"\n  ],\n"))
    #expect(panel.contains("\n  \"schema\": 2,\n"))
    #expect(panel.hasSuffix("}\n"))
    #expect(try text(store, ".gitignore").contains(".pact/\n"))
  }

  @Test func createRefusesAFolderThatHoldsAPanel() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let before = try fileTree(store.root)
    #expect(throws: StorageError.panelExists(path: "panel")) {
      try store.create(PanelRecords(panel: Panel(name: "Other")))
    }
    #expect(try fileTree(store.root) == before)
  }

  @Test func membersRoundTripAndUnknownFieldsSurviveARewrite() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    var generator = SystemRandomNumberGenerator()
    let today = try #require(Day("2024-03-12"))
    var draft = MemberDraft(name: "PCSO Dan Hart", agency: "pol")
    draft.roles = ["PCSO"]
    draft.email = "dan.hart@example.org"
    let member = try store.change(wholePanel: true) {
      try $0.addMember(draft, on: today, using: &generator)
    }
    #expect(member.agency == "police")
    let relative = "members/\(member.id).json"
    // A hand edit that adds a field pact does not know, nested and at the top.
    var json = try JSONParser.parse(Data(try text(store, relative).utf8))
    guard case .object(var object) = json else {
      Issue.record("member file is not an object")
      return
    }
    object["shoeSize"] = 11
    object["notes"] = ["private": true]
    json = .object(object)
    try Data(JSONWriter.prettyData(json)).write(to: store.root.appendingPathComponent(relative))

    try store.change(wholePanel: true) { snapshot in
      try snapshot.apply(
        {
          var changes = PanelChanges()
          changes.roles[.chair] = "PCSO Dan Hart"
          return changes
        }())
      snapshot.members[0].phone = "01732 844522"
    }
    let reread = try JSONParser.parse(Data(try text(store, relative).utf8))
    #expect(reread["shoeSize"] == 11)
    #expect(reread["notes"] == ["private": true])
    #expect(reread["phone"] == "01732 844522")
    #expect(reread["name"] == "PCSO Dan Hart")
    let loaded = try store.records()
    #expect(
      loaded.members == [
        {
          var expected = member
          expected.phone = "01732 844522"
          expected.unknownFields = ["shoeSize": 11, "notes": ["private": true]]
          return expected
        }()
      ])
    #expect(loaded.panel.roles[.chair] == member.id)
  }

  @Test func unknownFieldsInPanelJSONSurviveIncludingNestedOnes() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    var json = try JSONParser.parse(Data(try text(store, "panel.json").utf8))
    guard case .object(var object) = json else { return }
    object["website"] = "https://example.org/pact"
    object["roles"] = ["treasurer": "M2222222"]
    object["criteria"] = ["need": ["met": true, "evidenceFile": "asb.pdf"]]
    json = .object(object)
    try JSONWriter.prettyData(json).write(to: store.root.appendingPathComponent("panel.json"))
    let today = try #require(Day("2024-04-01"))
    try store.change(wholePanel: true) {
      try $0.setCriterion(.need, met: true, note: "ASB calls up", on: today)
    }
    let reread = try JSONParser.parse(Data(try text(store, "panel.json").utf8))
    #expect(reread["website"] == "https://example.org/pact")
    #expect(reread["roles"]?["treasurer"] == "M2222222")
    #expect(reread["criteria"]?["need"]?["evidenceFile"] == "asb.pdf")
    #expect(reread["criteria"]?["need"]?["note"] == "ASB calls up")
  }

  @Test func anUnchangedPanelIsNotRewritten() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    // Odd but valid formatting by hand: a rewrite would normalise it.
    try write(
      store, "agencies/fire.json", "{\"name\":\"Fire and Rescue Service\",\"kind\":\"fire\"}")
    try store.change(wholePanel: true) { _ in }
    #expect(
      try text(store, "agencies/fire.json")
        == "{\"name\":\"Fire and Rescue Service\",\"kind\":\"fire\"}")
  }

  @Test func truncatedJSONIsNamedWithItsPositionAndNothingChanges() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let panel = try text(store, "panel.json")
    try write(store, "panel.json", String(panel.prefix(40)))
    let before = try fileTree(store.root)
    do {
      try store.change(wholePanel: true) { snapshot in snapshot.panel.venue = "Village hall" }
      Issue.record("a truncated panel.json was accepted")
    } catch let error as DataFileError {
      let message = error.errorDescription ?? ""
      #expect(message.hasPrefix("panel/panel.json: not valid JSON: line "))
      #expect(error.kind == .invalidData)
    }
    #expect(
      try fileTree(store.root).filter { !$0.key.hasPrefix(".pact/") }
        == before.filter {
          !$0.key.hasPrefix(".pact/")
        })
  }

  @Test func everyBadFieldInEveryFileIsReported() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try FileManager.default.createDirectory(
      at: store.root.appendingPathComponent("members"), withIntermediateDirectories: true)
    try write(store, "members/M2222222.json", #"{"name": 7, "roles": ["a", 3], "public": "yes"}"#)
    try write(store, "agencies/fire.json", #"{"name": "Fire", "kind": "volcano"}"#)
    #expect(
      throws: DataFileError.invalid([
        DataFileDiagnostic(
          file: "panel/members/M2222222.json", field: "name", message: "expected a string, found 7"),
        DataFileDiagnostic(
          file: "panel/members/M2222222.json", field: "roles[1]",
          message: "expected a string, found 3"),
        DataFileDiagnostic(
          file: "panel/members/M2222222.json", field: "public",
          message: "expected true or false, found \"yes\""),
        DataFileDiagnostic(
          file: "panel/agencies/fire.json", field: "kind",
          message:
            "expected one of \(AgencyKind.allCases.map(\.rawValue).joined(separator: ", ")), "
            + "found \"volcano\""),
      ])
    ) {
      try store.records()
    }
  }

  /// A record file whose name is not an id is named, and nothing is read from it.
  @Test(arguments: ["A7K3MQ2\u{00E9}.json", "a b.json"])
  func aFileNameThatIsNotAnIDIsReportedNotRead(name: String) throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try FileManager.default.createDirectory(
      at: store.root.appendingPathComponent("members"), withIntermediateDirectories: true)
    try write(store, "members/" + name, #"{"name": "Sam Patel", "roles": ["resident"]}"#)
    #expect(
      throws: DataFileError.invalid([
        DataFileDiagnostic(
          file: "panel/members/" + name,
          message: "the file name is not a valid member id (letters, digits and hyphens only)")
      ])
    ) {
      try store.records()
    }
  }

  @Test func aNewerSchemaIsRefusedBeforeAnythingElse() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try write(store, "panel.json", #"{"schema": 3, "title": "from the future"}"#)
    #expect(
      throws: DataFileError.newerSchema(file: "panel/panel.json", found: 3, supported: 2)
    ) {
      try store.records()
    }
  }

  @Test func aFileNameThatIsNotAnIDIsReported() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try write(store, "agencies/fire brigade.json", #"{"name": "Fire"}"#)
    #expect(throws: DataFileError.self) { try store.records() }
  }

  @Test func aWriterWaitsForTheLockThenReportsBusy() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let root = try store.folder.openRoot()
    let privateFolder = try #require(
      try PrivateFolder.open(store.folder, root: root, create: true))
    var held: FileLock? = try privateFolder.lock(timeout: 1)
    #expect(held != nil)
    var impatient = store
    impatient.lockTimeout = 0.3
    let started = Date()
    #expect(throws: StorageError.busy(path: "panel", waitedSeconds: 0)) {
      try impatient.change(wholePanel: true) { $0.panel.venue = "Hall" }
    }
    #expect(Date().timeIntervalSince(started) >= 0.25)
    held = nil
    // Released: the same update now succeeds.
    try impatient.change(wholePanel: true) { $0.panel.venue = "Hall" }
    #expect(try store.records().panel.venue == "Hall")
  }

  @Test func writesLeaveNoTemporaryFilesBehind() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    try store.change(wholePanel: true) { $0.panel.venue = "Hall" }
    let scratch = store.root.appendingPathComponent(".pact/tmp")
    let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []
    #expect(leftovers.isEmpty)
  }

  @Test func aFailingChangeWritesNothing() throws {
    let (directory, store) = try makePanel()
    defer { directory.remove() }
    let before = try fileTree(store.root)
    #expect(throws: LookupError.self) {
      try store.change(wholePanel: true) { snapshot in
        snapshot.panel.venue = "Hall"
        try snapshot.apply(
          {
            var changes = PanelChanges()
            changes.roles[.chair] = "Nobody"
            return changes
          }())
      }
    }
    #expect(
      try fileTree(store.root).filter { !$0.key.hasPrefix(".pact/") }
        == before.filter {
          !$0.key.hasPrefix(".pact/")
        })
  }
}
