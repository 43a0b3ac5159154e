import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Thousands of seeded mutations of the fixtures' files: whatever a file holds, pact
/// loads it or reports it, and every view of what loads renders, without a runtime trap.
@Suite struct MutationTests {
  /// One step into a JSON value.
  enum Step {
    case key(String)
    case index(Int)
  }

  /// Every path to a value inside `value` (the top level included).
  static func paths(_ value: JSONValue, prefix: [Step] = []) -> [[Step]] {
    var result = [prefix]
    switch value {
    case .object(let members):
      for key in members.keys.sorted() {
        if let child = members[key] { result += paths(child, prefix: prefix + [.key(key)]) }
      }
    case .array(let items):
      for (index, item) in items.enumerated() {
        result += paths(item, prefix: prefix + [.index(index)])
      }
    default: break
    }
    return result
  }

  /// `value` with the value at `path` replaced by `new`, or removed when `new` is nil.
  static func replacing(_ value: JSONValue, at path: [Step], with new: JSONValue?) -> JSONValue {
    guard let step = path.first else { return new ?? .null }
    let rest = Array(path.dropFirst())
    switch (value, step) {
    case (.object(var members), .key(let key)):
      guard let child = members[key] else { return value }
      if rest.isEmpty, new == nil {
        members[key] = nil
      } else {
        members[key] = replacing(child, at: rest, with: new)
      }
      return .object(members)
    case (.array(var items), .index(let index)) where items.indices.contains(index):
      if rest.isEmpty, new == nil {
        items.remove(at: index)
      } else {
        items[index] = replacing(items[index], at: rest, with: new)
      }
      return .array(items)
    default:
      return value
    }
  }

  /// Text spliced into a file in place of a value: things JSONValue cannot hold.
  static let rawValues = [
    "\"\\ud800\"", "\"\\udc00 lone\"", "\"a\\ud800b\"", "\"\\u0000\"",
    String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
    String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300),
    "1e400", "-0", "99999999999999999999999", "1.5", "NaN", "'single'", "\"\u{FEFF}\"",
  ]

  /// Values of the wrong type or odd content.
  static let oddValues: [JSONValue] = [
    .number("42"), .number("-1"), .number("0"), .number("2147483648"), .string(""),
    .string(" "), .array([]), .object([:]), .null, .bool(true), .string("2024-02-30"),
    .string("0000-01-01"), .string("9999-12-31"), .string("../../etc/passwd"),
    .string(String(repeating: "a long pasted note ", count: 5_300)),
    .string(String(repeating: "x", count: 10_000)),
    .string("\u{0}"), .string("\u{200F}שלום\u{200E}"), .string("e\u{301}\u{301}\u{301}\u{20DD}"),
    .string("👩‍👩‍👧‍👦🇬🇧"), .string("line\nbreak\r\n\t"), .string("<script>alert(1)</script>"),
    .string("| a | b |\n# heading\n```"), .array([.string("M53R3K7"), .number("1")]),
    .array([.string("x"), .string("x"), .string("x")]),
    .object(["on": .string("2024-01-01")]),
  ]

  /// A mutation of `data`, chosen by `random`.
  static func mutate(_ data: Data, using random: inout SplitMix64) -> Data {
    var bytes = [UInt8](data)
    let kind = Int.random(in: 0..<10, using: &random)
    switch kind {
    case 0:
      // Flip bits in a few bytes.
      for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
        let index = Int.random(in: 0..<bytes.count, using: &random)
        bytes[index] ^= UInt8.random(in: 1...255, using: &random)
      }
      return Data(bytes)
    case 1:
      return Data(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
    case 2:
      // Conflict markers at a random line.
      var lines = String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
      let at = Int.random(in: 0...lines.count, using: &random)
      lines.insert(
        contentsOf: ["<<<<<<< HEAD", "  \"x\": 1,", "=======", ">>>>>>> theirs"], at: at)
      return Data(lines.joined(separator: "\n").utf8)
    default:
      break
    }
    guard let json = try? JSONParser.parse(data) else { return Data(bytes.reversed()) }
    let paths = paths(json)
    let path = paths[Int.random(in: 0..<paths.count, using: &random)]
    switch kind {
    case 3, 4:
      return JSONWriter.prettyData(replacing(json, at: path, with: nil))
    case 5, 6, 7:
      let value = oddValues[Int.random(in: 0..<oddValues.count, using: &random)]
      return JSONWriter.prettyData(replacing(json, at: path, with: value))
    default:
      let marker = "@@pact-mutation@@"
      let text = JSONWriter.prettyString(replacing(json, at: path, with: .string(marker)))
      let raw = rawValues[Int.random(in: 0..<rawValues.count, using: &random)]
      return Data(text.replacingOccurrences(of: "\"\(marker)\"", with: raw).utf8)
    }
  }

  /// Loads the panel and renders every view of it; returns whether it loaded.
  static func exercise(_ store: PanelStore, today day: Day) throws -> Bool {
    let snapshot: PanelRecords
    do {
      snapshot = try store.records()
    } catch is DataFileError {
      _ = try IntegrityCheck(store: store, today: day)
      return false
    }
    var sink = 0
    let status = StatusReport(snapshot, asOf: day)
    sink += status.text(width: 80, color: true).count + JSONWriter.prettyString(status.json).count
    let log = ActionLog(snapshot)
    sink += log.text(width: 80).count + log.csv.count + JSONWriter.prettyString(log.json).count
    let views: [any Presentable] = [
      PanelSummary(snapshot), MemberListing(snapshot, includingFormer: true),
      AgencyListing(snapshot), MeetingListing(snapshot), IssueListing(snapshot, all: true),
      PriorityListing(snapshot, today: day, all: true),
      ActionListing(snapshot, filter: ActionFilter()),
    ]
    for view in views {
      sink += view.text(width: 40).count + JSONWriter.prettyString(view.json).count
    }
    // The first, last held and next meetings: every kind of paper, kept few for speed.
    let meetings = [
      snapshot.meetingsByDate.first, snapshot.lastHeldMeeting(onOrBefore: day),
      snapshot.nextMeeting(after: day),
    ].compactMap { $0 }
    for meeting in meetings {
      sink += AgendaDocument(snapshot, meeting: meeting, today: day).markdown.count
      sink += MinutesDocument(snapshot, meeting: meeting).markdown.count
      sink += MeetingDetail(snapshot, meeting: meeting).text(width: 80).count
    }
    for action in snapshot.actions.prefix(3) {
      sink += ActionDetail(snapshot, action: action).text(width: 80).count
    }
    let check = IntegrityCheck(snapshot, today: day, displayPath: store.displayPath)
    sink += check.text.count + JSONWriter.prettyString(check.json).count
    #expect(sink > 0)
    return true
  }

  @Test(arguments: [
    ("borough-green-wrotham-platt", UInt64(20_240_601)), ("medway-gillingham-north", 7),
  ])
  func mutatedFilesLoadOrAreReported(fixture: String, seed: UInt64) throws {
    let temporary = try TemporaryDirectory.copyFixture(fixture)
    defer { temporary.remove() }
    let root = temporary.url.appendingPathComponent(fixture)
    let store = PanelStore(root: root, display: fixture)
    let files = try fileTree(root).keys.filter { $0.hasSuffix(".json") }.sorted()
    let today = try #require(Day("2024-06-01"))
    var random = SplitMix64(seed: seed)
    var loaded = 0
    var refused = 0
    var unexpected: [String] = []
    for _ in 0..<1_000 {
      let relative = files[Int.random(in: 0..<files.count, using: &random)]
      let url = root.appendingPathComponent(relative)
      let original = try Data(contentsOf: url)
      let mutated = Self.mutate(original, using: &random)
      try mutated.write(to: url)
      do {
        if try Self.exercise(store, today: today) { loaded += 1 } else { refused += 1 }
      } catch is StorageError {
        refused += 1
      } catch {
        unexpected.append("\(relative): \(error)")
      }
      try original.write(to: url)
    }
    #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
    // The mutations reach both sides: some files still load, others are refused.
    #expect(loaded > 100, "only \(loaded) loaded")
    #expect(refused > 100, "only \(refused) refused")
  }
}
