import Foundation
import PactCore
import PactTestSupport
import Testing

/// Random records and random edits to them, from a seed: actions with updates, meetings with
/// attendance, priorities with closings, unknown fields nested anywhere.
struct RandomRecords {
  var generator: SplitMix64

  private mutating func pick<T>(_ items: [T]) -> T {
    items[Int.random(in: 0..<items.count, using: &generator)]
  }

  private mutating func chance(_ percent: Int) -> Bool {
    Int.random(in: 0..<100, using: &generator) < percent
  }

  private mutating func day() -> JSONValue {
    .string(
      "2024-0\(Int.random(in: 1...9, using: &generator))-1\(Int.random(in: 0...9, using: &generator))"
    )
  }

  private mutating func text() -> JSONValue {
    .string(pick(["Speed watch", "Letter sent", "é", "e\u{301}", "Zebra", "", "A25 \"quoted\""]))
  }

  private mutating func update() -> JSONValue {
    var entry: [String: JSONValue] = ["on": day()]
    if chance(70) { entry["note"] = text() }
    if chance(30) { entry["status"] = .string(pick(["open", "blocked", "done", "dropped"])) }
    if chance(20) { entry["due"] = day() }
    if chance(10) { entry["owner"] = text() }
    return .object(entry)
  }

  /// A record of a random kind.
  mutating func record() -> [String: JSONValue] {
    var record: [String: JSONValue] = ["title": text()]
    if chance(60) {
      record["agreedOn"] = day()
      record["updates"] = .array(
        (0..<Int.random(in: 0...4, using: &generator)).map { _ in update() })
    } else if chance(50) {
      record["setOn"] = day()
    }
    if chance(50) {
      record["status"] = .string(pick(["open", "done", "dropped", "held", "active"]))
    }
    if chance(50) { record["present"] = .array([.string("M1"), .string("M2")]) }
    if chance(30) { record["roles"] = .object(["chair": .string("M1")]) }
    if chance(30) { record["extra"] = .object(["a": .number("1"), "b": .array([.bool(true)])]) }
    return record
  }

  /// `record` with a few random changes, as one copy might make them.
  mutating func edited(_ record: [String: JSONValue]) -> [String: JSONValue] {
    var edited = record
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      switch Int.random(in: 0..<9, using: &generator) {
      case 0: edited["title"] = text()
      case 1: edited["status"] = .string(pick(["open", "done", "dropped", "achieved", "closed"]))
      case 2: edited["due"] = chance(80) ? day() : nil
      case 3:
        var updates = edited["updates"]?.arrayValue ?? []
        updates.append(update())
        edited["updates"] = .array(updates)
      case 4:
        var updates = edited["updates"]?.arrayValue ?? []
        if !updates.isEmpty {
          updates.remove(at: Int.random(in: 0..<updates.count, using: &generator))
        }
        edited["updates"] = .array(updates)
      case 5:
        var present = edited["present"]?.arrayValue ?? []
        if chance(50), !present.isEmpty {
          present.removeFirst()
        } else {
          present.append(.string(pick(["M3", "M4", "M5"])))
        }
        edited["present"] = .array(present)
      case 6:
        edited["roles"] = .object([
          "chair": .string(pick(["M1", "M2"])), "secretary": .string("M3"),
        ])
      case 7: edited["extra"] = .object(["a": .number(pick(["1", "2", "1.0"])), "c": text()])
      default: edited["closedOn"] = day()
      }
    }
    return edited
  }
}

@Suite struct RecordMergePropertyTests {
  private func data(_ record: [String: JSONValue]) -> Data {
    JSONWriter.prettyData(.object(record))
  }

  /// Merging (base, A, B) and (base, B, A) gives the same bytes, for thousands of seeded
  /// random records and pairs of edits: the heart of every copy converging.
  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func theMergeIsTheSameWhicheverSideIsOurs(seed: UInt64) throws {
    var random = RandomRecords(generator: SplitMix64(seed: seed))
    for _ in 0..<500 {
      let base = random.record()
      let ours = random.edited(base)
      let theirs = random.edited(base)
      let forward = try RecordFileMerge.merge(
        base: data(base), ours: data(ours), theirs: data(theirs))
      let backward = try RecordFileMerge.merge(
        base: data(base), ours: data(theirs), theirs: data(ours))
      #expect(
        forward == backward,
        "base \(JSONValue.object(base))\nours \(JSONValue.object(ours))\ntheirs \(JSONValue.object(theirs))"
      )
      // A record is valid JSON, and every update either side added is in it.
      let merged = try JSONParser.parse(forward)
      let kept = Set((merged["updates"]?.arrayValue ?? []).map(\.description))
      let baseUpdates = Set((base["updates"]?.arrayValue ?? []).map(\.description))
      for side in [ours, theirs] {
        for update in side["updates"]?.arrayValue ?? []
        where !baseUpdates.contains(update.description) {
          #expect(kept.contains(update.description))
        }
      }
    }
  }

  /// A side that changed nothing takes the other's change; both sides alike give that.
  @Test(arguments: [5, 6] as [UInt64])
  func aSideThatChangedNothingTakesTheOthersRecord(seed: UInt64) throws {
    var random = RandomRecords(generator: SplitMix64(seed: seed))
    for _ in 0..<300 {
      let base = random.record()
      let changed = random.edited(base)
      let expected = data(changed)
      #expect(
        try RecordFileMerge.merge(base: data(base), ours: data(base), theirs: expected) == expected)
      #expect(
        try RecordFileMerge.merge(base: data(base), ours: expected, theirs: expected) == expected)
    }
  }
}
