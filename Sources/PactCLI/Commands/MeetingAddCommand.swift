import PactCore

/// `pact meeting add DATE` and `pact meeting update DATE`.
enum MeetingAddCommand {
  static let date = Positional("date", help: "The day of the meeting (YYYY-MM-DD).")
  static let scheduled = Flag(
    "scheduled", help: "It is still to come, even if the date has passed.")
  static let newDate = Key<Day>.day(
    "date", valueName: "date", help: "The day it was really on, when entered on the wrong one.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Record a meeting: held if the date has come, else scheduled.",
      discussion: """
        A meeting on or before today is recorded as held; a later one as scheduled (or give \
        --scheduled). Adding a meeting on the day of a scheduled one records that meeting as \
        held, with the details given. A second meeting on a day that has one is named with \
        a letter (2024-03-12b). Members are named by name.
        """,
      arguments: [date.spec],
      options: MeetingOptions.specs + [scheduled.spec],
      examples: [
        "pact meeting add 2024-03-12 --time 19:00 --present \"Margaret Ellis\" \\\n"
          + "    --present \"Sam Okafor\" --apologies \"Cllr Peter Hale\" --public 14",
        "pact meeting add 2024-04-20 --kind walkabout --venue \"Platt recreation ground\"",
        "pact meeting add 2024-05-14 --scheduled --time 19:00",
      ]),
    run: add)

  static let updateNode: CommandNode = CommandNode(
    CommandSpec(
      name: "update",
      abstract: "Change what is recorded about a meeting, or the day it was on.",
      discussion: """
        Give only what changes; --present and --apologies replace their lists. --date moves \
        a meeting entered on the wrong day, and with it the actions agreed, priorities set \
        and issues raised at it; --kind corrects what kind of meeting it was.
        """,
      arguments: [MeetingCommands.meetingArgument.spec],
      options: MeetingOptions.specs + [newDate.spec],
      examples: [
        "pact meeting update 2024-03-12 --public 16 --notes \"Cllr Hale joined late\"",
        "pact meeting update 2024-03-12 --date 2024-03-13",
      ]),
    run: update)

  static func add(_ invocation: Invocation) throws {
    let date = try MeetingOptions.date(invocation)
    let details = try MeetingOptions.details(invocation)
    let result = try invocation.panel().addMeeting(
      on: date, details, scheduled: invocation.flag(scheduled))
    let meeting = result.meeting
    switch result {
    case .heldAsScheduled:
      invocation.say("Recorded the scheduled \(meeting.kind.title) of \(date.longText) as held.")
    case .added where meeting.status == .scheduled:
      invocation.say(
        "Scheduled \(meeting.kind.titleWithArticle) for \(date.longText) (\(meeting.id)).")
    case .added:
      invocation.say(
        "Recorded the \(meeting.kind.title) of \(date.longText) (\(meeting.id)): "
          + "\(meeting.present.count) present, apologies from \(meeting.apologies.count).")
    }
  }

  static func update(_ invocation: Invocation) throws {
    let query = try invocation.required(MeetingCommands.meetingArgument)
    var details = try MeetingOptions.details(invocation)
    details.date = try invocation.value(newDate)
    let result = try invocation.panel().updateMeeting(query, details)
    let meeting = result.meeting
    guard let old = result.movedFrom else {
      invocation.say("Updated the \(meeting.kind.title) of \(meeting.date.longText).")
      return
    }
    let references = result.references
    let named =
      references.isEmpty
      ? "nothing else names it"
      : PlainCount.list([
        (references.actions, "action"), (references.priorities, "priority"),
        (references.issues, "issue"),
      ]) + " name it"
    invocation.say(
      "Moved the \(meeting.kind.title) of \(old.date.longText) to \(meeting.date.longText) "
        + "(\(meeting.id)): \(named).")
  }
}
