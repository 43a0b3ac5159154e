/// A panel meeting, walkabout, workshop, surgery or online session, named by its date
/// (`2024-03-12`; a second on the same day is `2024-03-12b`).
public struct Meeting: Record, Equatable {
  static let kind = RecordKind.meeting

  /// The date, with a letter for a second or later meeting that day.
  public let id: String
  public var time: String?
  public var kind: MeetingKind
  /// The online platform, for online and hybrid meetings.
  public var platform: String?
  public var link: String?
  public var venue: String?
  /// Member ids of those present.
  public var present: [String]
  /// Member ids of those who sent apologies.
  public var apologies: [String]
  /// How many members of the public came.
  public var publicAttendance: Int?
  /// Views of an online or hybrid meeting (Lancashire counts these).
  public var onlineViews: Int?
  /// Questions asked, in the room or online.
  public var questions: Int?
  public var notes: String?
  public var status: MeetingStatus
  /// The day it was scheduled, when it was added before it took place: a view of an
  /// earlier day does not show it as to come.
  public var scheduledOn: Day?
  public var unknownFields: [String: JSONValue] = [:]

  public init(id: String, kind: MeetingKind = .panel, status: MeetingStatus) {
    self.id = id
    self.kind = kind
    self.status = status
    present = []
    apologies = []
  }

  /// The day of the meeting.
  public var date: Day { Meeting.day(ofID: id) ?? Day.first }

  /// The day a meeting id names, or nil when it is not `YYYY-MM-DD` with an optional letter.
  public static func day(ofID id: String) -> Day? {
    if let day = Day(id) { return day }
    guard id.count == 11, let letter = id.last, ("b"..."z").contains(letter) else { return nil }
    return Day(String(id.prefix(10)))
  }

  /// Whether `text` is a time of day written `HH:MM` (24-hour).
  public static func isValidTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let hours = Int(parts[0]), let minutes = Int(parts[1])
    else { return false }
    return (0...23).contains(hours) && (0...59).contains(minutes)
  }

  init?(id: String, reading reader: inout RecordReader) {
    var meeting = Meeting(
      id: id, kind: reader.optionalEnum("kind", as: MeetingKind.self) ?? .panel,
      status: reader.optionalEnum("status", as: MeetingStatus.self) ?? .held)
    meeting.time = reader.optionalString("time")
    if let time = meeting.time, !Meeting.isValidTime(time) {
      reader.report("time", "expected a time written HH:MM, found \"\(time)\"")
    }
    meeting.platform = reader.optionalString("platform")
    meeting.link = reader.optionalString("link")
    meeting.venue = reader.optionalString("venue")
    meeting.present = reader.strings("present")
    meeting.apologies = reader.strings("apologies")
    meeting.publicAttendance = reader.optionalInt("publicAttendance", in: 0...1_000_000)
    meeting.onlineViews = reader.optionalInt("onlineViews", in: 0...100_000_000)
    meeting.questions = reader.optionalInt("questions", in: 0...1_000_000)
    meeting.notes = reader.optionalString("notes")
    meeting.scheduledOn = reader.optionalDay("scheduledOn")
    meeting.unknownFields = reader.unknownFields
    guard Meeting.day(ofID: id) != nil else {
      reader.report(
        whole: "(file name)",
        "expected a meeting date such as 2024-03-12 or 2024-03-12b, found \"\(id)\"")
      return nil
    }
    self = meeting
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("time", time)
    builder.set("kind", kind)
    builder.set("platform", platform)
    builder.set("link", link)
    builder.set("venue", venue)
    builder.set("present", present)
    builder.set("apologies", apologies)
    builder.set("publicAttendance", publicAttendance)
    builder.set("onlineViews", onlineViews)
    builder.set("questions", questions)
    builder.set("notes", notes)
    builder.set("status", status)
    builder.set("scheduledOn", scheduledOn)
    return builder.value
  }
}

/// The ways a panel meets its community.
public enum MeetingKind: String, CaseIterable, Sendable {
  case panel
  /// A walk round the area, also called an Environmental Visual Audit (EVA).
  case walkabout
  /// A community workshop that chooses priorities.
  case workshop
  /// A drop-in surgery.
  case surgery
  case online
  /// In a room and online at once.
  case hybrid

  /// The kind as a phrase: "panel meeting", "walkabout (Environmental Visual Audit)".
  public var title: String {
    switch self {
    case .panel: "panel meeting"
    case .walkabout: "walkabout (Environmental Visual Audit)"
    case .workshop: "community workshop"
    case .surgery: "surgery"
    case .online: "online meeting"
    case .hybrid: "hybrid meeting"
    }
  }

  /// The kind as a phrase with its article: "a panel meeting", "an online meeting".
  public var titleWithArticle: String {
    ("aeiou".contains(title.prefix(1)) ? "an " : "a ") + title
  }

  /// Whether people take part online.
  public var isOnline: Bool { self == .online || self == .hybrid }
}

/// Whether a meeting is still to come, took place, or was called off.
public enum MeetingStatus: String, CaseIterable, Sendable {
  case scheduled
  case held
  case cancelled
}
