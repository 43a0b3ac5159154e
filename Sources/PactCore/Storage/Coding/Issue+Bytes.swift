/// Reading an issue straight from its file's bytes, as `Action+Bytes` reads an action.
///
/// Only a file that the general reader (`init(id:reading:)`) would read without a problem
/// and without a field pact does not know is read here, to the same issue; anything else
/// gives nil, and the file is then read the general way, which keeps the unknown fields and
/// names every problem.
extension Issue {
  /// The fields of an issue's file.
  private enum Key: String, CaseIterable {
    case title, category, status, priority, closedOn, mergedFrom, raised
  }

  /// The fields of an entry of `raised`.
  private enum RaisingKey: String, CaseIterable {
    case on, meeting, source
  }

  private static let keyNames = KeyNames<Key>()
  private static let raisingKeyNames = KeyNames<RaisingKey>()

  static func read(id: String, bytes: UnsafeBufferPointer<UInt8>) -> Issue? {
    Issue(id: id, bytes: bytes)
  }

  init?(id: String, bytes: UnsafeBufferPointer<UInt8>) {
    var reader = JSONShapeReader(bytes)
    guard var object = reader.enterObject() else { return nil }
    var title: String?
    var issue = Issue(id: id, title: "")
    var seen: UInt32 = 0
    members: while true {
      guard let next = reader.nextKey(of: &object, in: Issue.keyNames, seen: &seen) else {
        return nil
      }
      guard let key = next else { break members }
      switch key {
      case .title:
        guard let text = reader.string(), !text.isBlank else { return nil }
        title = text
      case .category:
        guard let text = reader.optionalString() else { return nil }
        issue.category = text
      case .priority:
        guard let text = reader.optionalString() else { return nil }
        issue.priority = text
      case .status:
        guard let status = reader.optionalValue(as: IssueStatus.self) else { return nil }
        issue.status = status ?? .open
      case .closedOn:
        guard let day = reader.optionalDay() else { return nil }
        issue.closedOn = day
      case .mergedFrom:
        guard let ids = reader.strings() else { return nil }
        issue.mergedFrom = ids
      case .raised:
        guard let raisings = reader.array({ Issue.raising(&$0) }) else { return nil }
        issue.raisings = raisings
      }
    }
    guard reader.isAtEnd(), let title else { return nil }
    issue.title = title
    self = issue
  }

  private static func raising(_ reader: inout JSONShapeReader) -> Raising? {
    guard var object = reader.enterObject() else { return nil }
    var on: Day?
    var meeting: String?
    var source: String?
    var seen: UInt32 = 0
    members: while true {
      guard let next = reader.nextKey(of: &object, in: raisingKeyNames, seen: &seen) else {
        return nil
      }
      guard let key = next else { break members }
      switch key {
      case .on:
        guard let day = reader.day() else { return nil }
        on = day
      case .meeting:
        guard let text = reader.optionalString() else { return nil }
        meeting = text
      case .source:
        guard let text = reader.optionalString() else { return nil }
        source = text
      }
    }
    guard let on else { return nil }
    return Raising(on: on, meeting: meeting, source: source)
  }
}
