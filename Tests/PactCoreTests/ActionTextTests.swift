import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// An action's file written straight from the action (`Action.fileBytes`) must be byte for
/// byte what the general writer makes of its JSON, or nil where the action has fields pact
/// does not know.
@Suite struct ActionTextTests {
  private static func general(_ action: Action) -> [UInt8] {
    Array(JSONWriter.prettyData(action.json))
  }

  @Test func everyFixtureActionIsWrittenAsTheGeneralWriterWritesIt() throws {
    let fixtures = TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures")
    let walker = try #require(FileManager.default.enumerator(atPath: fixtures.path))
    var count = 0
    for case let path as String in walker
    where path.contains("/actions/") && path.hasSuffix(".json") {
      let bytes = Array(try Data(contentsOf: fixtures.appendingPathComponent(path)))
      let id = String(path.split(separator: "/").last?.dropLast(5) ?? "")
      let action = try #require(bytes.withUnsafeBufferPointer { Action.read(id: id, bytes: $0) })
      #expect(action.fileBytes == Self.general(action), "\(path)")
      // A fixture's file is as pact writes it.
      #expect(action.fileBytes == bytes, "\(path)")
      count += 1
    }
    #expect(count > 30)
  }

  /// Text with what JSON escapes: quotes, backslashes, control characters, and non-ASCII.
  private static let texts = [
    "", "Speed watch", "Say \"no\" \\ yes", "tab\there\nnew line\r\u{1}\u{1F}\u{7F}",
    "caf\u{E9} \u{1F600} / slash", " ",
  ]

  private static func randomAction(_ generator: inout SplitMix64) -> Action {
    func text() -> String { texts.randomElement(using: &generator) ?? "" }
    func maybe<T>(_ value: @autoclosure () -> T) -> T? {
      Bool.random(using: &generator) ? value() : nil
    }
    func day() -> Day {
      Day(
        year: Int.random(in: 2015...2030, using: &generator),
        month: Int.random(in: 1...12, using: &generator),
        day: Int.random(in: 1...28, using: &generator)) ?? Day.first
    }
    var action = Action(id: "A1", title: text(), lead: text(), agreedOn: day())
    action.priority = maybe(text())
    action.priorityText = maybe(text())
    action.owner = maybe(text())
    action.due = maybe(day())
    action.agreedAt = maybe(text())
    action.status = ActionStatus.allCases.randomElement(using: &generator) ?? .open
    action.outcome = maybe(text())
    action.difference = maybe(text())
    action.completedOn = maybe(day())
    for _ in 0..<Int.random(in: 0...3, using: &generator) {
      var update = ActionUpdate(on: day(), note: maybe(text()))
      update.isInternal = Bool.random(using: &generator)
      update.status = maybe(ActionStatus.allCases.randomElement(using: &generator) ?? .open)
      update.due = maybe(day())
      update.owner = maybe(text())
      update.corrected = ActionField.allCases.filter { _ in Bool.random(using: &generator) }
      update.before = maybe(
        Dictionary(
          uniqueKeysWithValues: ActionField.allCases.filter { _ in Bool.random(using: &generator) }
            .map { ($0, text()) }))
      action.updates.append(update)
    }
    return action
  }

  @Test func actionsOfEveryShapeAreWrittenAsTheGeneralWriterWritesThem() throws {
    var generator = SplitMix64(seed: 16)
    var shapes = Set<Int>()
    for _ in 0..<2_000 {
      let action = Self.randomAction(&generator)
      let bytes = try #require(action.fileBytes)
      #expect(bytes == Self.general(action), "\(String(decoding: bytes, as: UTF8.self))")
      let emptyBefore = action.updates.contains { $0.before == [:] }
      shapes.insert(action.updates.count * 2 + (emptyBefore ? 1 : 0))
    }
    // Updates from none to three, and an update with `before` empty among them.
    #expect(shapes.isSuperset(of: [0, 2, 4, 6, 3, 5, 7]))
  }

  @Test func anActionWithFieldsPactDoesNotKnowIsLeftToTheGeneralWriter() {
    var action = Action(id: "A1", title: "Speed watch", lead: "police", agreedOn: Day.first)
    #expect(action.fileBytes != nil)
    action.unknownFields = ["colour": "red"]
    #expect(action.fileBytes == nil)
    action.unknownFields = [:]
    var update = ActionUpdate(on: Day.first, note: "Held")
    update.unknownFields = ["kind": "note"]
    action.updates = [update]
    #expect(action.fileBytes == nil)
    update.unknownFields = [:]
    update.beforeUnknownFields = ["colour": "red"]
    action.updates = [update]
    #expect(action.fileBytes == nil)
  }

  /// Two actions at one path (one id, by a hand edit, twice on a shelf): the last is
  /// written, whichever of them is written straight from the action.
  @Test func ofTwoActionsAtOnePathTheLastIsWritten() throws {
    var records = try PanelRecords.new(
      name: "Test PACT", areas: [], partnership: nil, policeForce: nil, today: Day.first)
    let plain = Action(id: "A1", title: "First", lead: "police", agreedOn: Day.first)
    var kept = Action(id: "A1", title: "Second", lead: "police", agreedOn: Day.first)
    kept.unknownFields = ["colour": "red"]
    for order in [[plain, kept], [kept, plain]] {
      records.actions = order
      let (json, texts) = RecordFiles.splitting(records, newBesides: [:])
      let path = "actions/A1.json"
      #expect(json[path] == nil || texts[path] == nil)
      let written = try #require(
        texts[path] ?? json[path].map { Array(JSONWriter.prettyData($0)) })
      let last = try #require(order.last)
      #expect(written == Array(JSONWriter.prettyData(last.json)))
    }
  }
}
