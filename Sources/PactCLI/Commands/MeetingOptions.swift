import PactCore

/// The options `meeting add` and `meeting update` share, and how they become details.
enum MeetingOptions {
  static let time = Key<String>.text(
    "time", valueName: "hh:mm", help: "When it starts (24-hour), e.g. 19:00.", field: .time)
  static let kind = Key<MeetingKind>.choice(
    "kind", valueName: "kind",
    help: "The kind of meeting (default: panel); a walkabout is an Environmental Visual Audit.")
  static let platform = Key<String>.text(
    "platform", valueName: "platform", help: "The online platform, e.g. Teams or Facebook Live.",
    field: .platform)
  static let link = Key<String>.text(
    "link", valueName: "url", help: "The link to join or watch online.", field: .link)
  static let venue = Key<String>.text(
    "venue", valueName: "venue", help: "Where it is held (default: the panel's venue).",
    field: .venue)
  static let present = Key<String>.text(
    "present", valueName: "member", help: "A member who attended.", field: .present,
    isRepeatable: true)
  static let apologies = Key<String>.text(
    "apologies", valueName: "member", help: "A member who sent apologies.", field: .apologies,
    isRepeatable: true)
  static let publicAttendance = Key<Int>.int(
    "public", help: "How many members of the public came.", in: 0...1_000_000,
    field: .publicAttendance)
  static let onlineViews = Key<Int>.int(
    "online-views", help: "Views of the online broadcast.", in: 0...100_000_000,
    field: .onlineViews)
  static let questions = Key<Int>.int(
    "questions", help: "Questions asked, in the room or online.", in: 0...1_000_000,
    field: .questions)
  static let notes = Key<String>.text(
    "notes", valueName: "text", help: "Anything else worth recording.", field: .notes)

  static let specs: [OptionSpec] = [
    time.spec, kind.spec, platform.spec, link.spec, venue.spec, present.spec, apologies.spec,
    publicAttendance.spec, onlineViews.spec, questions.spec, notes.spec,
  ]

  static func details(_ invocation: Invocation) throws -> MeetingDetails {
    var details = MeetingDetails()
    details.time = try invocation.value(time)
    details.kind = try invocation.value(kind)
    details.platform = try invocation.value(platform)
    details.link = try invocation.value(link)
    details.venue = try invocation.value(venue)
    if invocation.has(present) { details.present = try invocation.values(present) }
    if invocation.has(apologies) { details.apologies = try invocation.values(apologies) }
    details.publicAttendance = try invocation.value(publicAttendance)
    details.onlineViews = try invocation.value(onlineViews)
    details.questions = try invocation.value(questions)
    details.notes = try invocation.value(notes)
    return details
  }

  /// The DATE argument of `meeting add`.
  static func date(_ invocation: Invocation) throws -> Day {
    let text = try invocation.required(MeetingAddCommand.date)
    guard let day = Day(text) else {
      throw invocation.usageError(
        "Invalid date '\(text)': expected a real date written YYYY-MM-DD")
    }
    return day
  }
}
