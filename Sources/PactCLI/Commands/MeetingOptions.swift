import PactCore

/// The options `meeting add` and `meeting update` share, and how they become details.
enum MeetingOptions {
  static let specs: [OptionSpec] = [
    OptionSpec(long: "time", valueName: "hh:mm", help: "When it starts (24-hour), e.g. 19:00."),
    OptionSpec(
      long: "kind", valueName: "kind",
      help: "The kind of meeting (default: panel); a walkabout is an Environmental Visual "
        + "Audit.",
      allowedValues: MeetingKind.allCases.map(\.rawValue)),
    OptionSpec(
      long: "platform", valueName: "platform",
      help: "The online platform, e.g. Teams or Facebook Live."),
    OptionSpec(long: "link", valueName: "url", help: "The link to join or watch online."),
    OptionSpec(
      long: "venue", valueName: "venue", help: "Where it is held (default: the panel's venue)."),
    OptionSpec(
      long: "present", valueName: "member", help: "A member who attended.", isRepeatable: true),
    OptionSpec(
      long: "apologies", valueName: "member", help: "A member who sent apologies.",
      isRepeatable: true),
    OptionSpec(long: "public", valueName: "n", help: "How many members of the public came."),
    OptionSpec(long: "online-views", valueName: "n", help: "Views of the online broadcast."),
    OptionSpec(long: "questions", valueName: "n", help: "Questions asked, in the room or online."),
    OptionSpec(long: "notes", valueName: "text", help: "Anything else worth recording."),
  ]

  static func details(_ invocation: Invocation) throws -> MeetingDetails {
    let arguments = invocation.arguments
    var details = MeetingDetails()
    details.time = arguments.value("time")
    details.kind = try invocation.choice("kind", as: MeetingKind.self)
    details.platform = arguments.value("platform")
    details.link = arguments.value("link")
    details.venue = arguments.value("venue")
    if arguments.has("present") { details.present = arguments.values("present") }
    if arguments.has("apologies") { details.apologies = arguments.values("apologies") }
    details.publicAttendance = try invocation.int("public", in: 0...1_000_000)
    details.onlineViews = try invocation.int("online-views", in: 0...100_000_000)
    details.questions = try invocation.int("questions", in: 0...1_000_000)
    details.notes = arguments.value("notes")
    return details
  }

  /// The DATE argument of a meeting command.
  static func date(_ invocation: Invocation) throws -> Day {
    let text = invocation.arguments.positional("date") ?? ""
    guard let day = Day(text) else {
      throw invocation.usageError(
        "Invalid date '\(text)': expected a real date written YYYY-MM-DD")
    }
    return day
  }
}
