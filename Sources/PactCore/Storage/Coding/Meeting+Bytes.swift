/// Reading a meeting straight from its file's bytes, as `Action+Bytes` reads an action: a
/// county's report and website read tens of thousands of meeting files.
///
/// Only a file that the general reader (`init(id:reading:)`) would read without a problem
/// and without a field pact does not know is read here, to the same meeting; anything else
/// gives nil, and the file is then read the general way, which keeps the unknown fields and
/// names every problem.
extension Meeting {
  /// The fields of a meeting's file.
  private enum Key: String, CaseIterable {
    case time, kind, platform, link, venue, present, apologies, publicAttendance
    case onlineViews, questions, notes, status, scheduledOn
  }

  private static let keyNames = KeyNames<Key>()

  static func read(id: String, bytes: UnsafeBufferPointer<UInt8>) -> Meeting? {
    Meeting(id: id, bytes: bytes)
  }

  init?(id: String, bytes: UnsafeBufferPointer<UInt8>) {
    guard Meeting.day(ofID: id) != nil else { return nil }
    var reader = JSONShapeReader(bytes)
    guard var object = reader.enterObject() else { return nil }
    var meeting = Meeting(id: id, status: .held)
    var seen: UInt32 = 0
    members: while true {
      guard let next = reader.nextKey(of: &object, in: Meeting.keyNames, seen: &seen) else {
        return nil
      }
      guard let key = next else { break members }
      switch key {
      case .time:
        guard let text = reader.optionalString() else { return nil }
        if let text, !Meeting.isValidTime(text) { return nil }
        meeting.time = text
      case .kind:
        guard let kind = reader.optionalValue(as: MeetingKind.self) else { return nil }
        meeting.kind = kind ?? .panel
      case .status:
        guard let status = reader.optionalValue(as: MeetingStatus.self) else {
          return nil
        }
        meeting.status = status ?? .held
      case .platform:
        guard let text = reader.optionalString() else { return nil }
        meeting.platform = text
      case .link:
        guard let text = reader.optionalString() else { return nil }
        meeting.link = text
      case .venue:
        guard let text = reader.optionalString() else { return nil }
        meeting.venue = text
      case .notes:
        guard let text = reader.optionalString() else { return nil }
        meeting.notes = text
      case .present:
        guard let ids = reader.strings() else { return nil }
        meeting.present = ids
      case .apologies:
        guard let ids = reader.strings() else { return nil }
        meeting.apologies = ids
      case .publicAttendance:
        guard let count = Meeting.optionalCount(&reader, upTo: 1_000_000) else { return nil }
        meeting.publicAttendance = count
      case .onlineViews:
        guard let count = Meeting.optionalCount(&reader, upTo: 100_000_000) else { return nil }
        meeting.onlineViews = count
      case .questions:
        guard let count = Meeting.optionalCount(&reader, upTo: 1_000_000) else { return nil }
        meeting.questions = count
      case .scheduledOn:
        guard let day = reader.optionalDay() else { return nil }
        meeting.scheduledOn = day
      }
    }
    guard reader.isAtEnd() else { return nil }
    self = meeting
  }

  /// A count from 0 to `limit`, or null (`.some(nil)`).
  private static func optionalCount(_ reader: inout JSONShapeReader, upTo limit: Int) -> Int?? {
    if reader.null() { return .some(nil) }
    guard let count = reader.plainWholeNumber(), count <= limit else { return nil }
    return .some(count)
  }
}
