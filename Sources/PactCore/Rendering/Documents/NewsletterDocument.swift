/// `pact newsletter`: what the community is told after a meeting, following the Medway
/// "How to Guide" proforma — the meeting, "You told us" (the top three), "What is being
/// done", "What has changed", the next meeting and how to get in touch.
///
/// Everything is written for residents: no record ids, agencies by name, UK dates, and
/// every piece of text people typed escaped so it prints as typed. What it shows of notes
/// and contacts follows `PublicView`: no internal note, and e-mail and phone only for
/// members who agreed to publish them.
public struct NewsletterDocument: Sendable {
  /// The panel as of `asOf`.
  let snapshot: PanelRecords
  let meeting: Meeting
  /// The day the newsletter describes the panel as of: today when no panel meeting has
  /// been held since `meeting`, else the day of the meeting.
  let asOf: Day
  /// The panel meeting held before this one, which bounds "What has changed".
  let previous: Meeting?
  /// The meeting the newsletter announces: the first after this one, not cancelled, still
  /// to come on `asOf`.
  let following: Meeting?
  /// The police.uk figures beside the priorities that have a crime type.
  public internal(set) var crimeEvidence = CrimeEvidenceSet()

  /// A newsletter after `meeting`, written on `today`.
  public init(_ records: PanelRecords, meeting: Meeting, today: Day) {
    self.init(PublicRecord(records), meeting: meeting, today: today)
  }

  /// A newsletter after `meeting`, written on `today`, from what the public may see.
  public init(_ record: PublicRecord, meeting: Meeting, today: Day) {
    self.init(record, meeting: meeting, today: today) { record.records.asOf($0) }
  }

  /// A newsletter after `meeting`, written on `today`, with the panel as of a day given by
  /// `view`: `PanelRecords.asOf`, or a `PanelTimeline` snapshot for `request`.
  init(
    _ record: PublicRecord, meeting: Meeting, today: Day, view: (Day) -> PanelRecords
  ) {
    let records = record.records
    self.meeting = meeting
    asOf = NewsletterDocument.day(records, meeting: meeting, today: today)
    snapshot = view(asOf)
    previous = snapshot.panelMeeting(before: meeting)
    // After the latest meeting, the one known on `asOf`; after an earlier one, the one that
    // followed it, which its write-up, often a day or two later, would have named.
    let (id, day) = (meeting.id, asOf)
    let meetings = (day > meeting.date ? snapshot : records).meetingsByDate
    following = meetings.first { $0.id > id && $0.status != .cancelled && $0.date >= day }
  }

  /// The day a newsletter after `meeting` written on `today` tells how things stand on:
  /// `today` when no panel meeting has been held since (meetings on or before `today` are as
  /// they stand in a view of it), else the day of the meeting.
  static func day(_ records: PanelRecords, meeting: Meeting, today: Day) -> Day {
    let latest = records.lastPanelMeeting(onOrBefore: today)
    return (latest.map { meeting.id >= $0.id } ?? true) ? max(today, meeting.date) : meeting.date
  }

  /// What a newsletter after `meeting` needs of the panel (`PanelTimeline`): the panel as of
  /// its day, with the work done since the panel meeting before.
  static func request(_ records: PanelRecords, meeting: Meeting, today: Day)
    -> PanelTimeline.Request
  {
    PanelTimeline.Request(
      day: day(records, meeting: meeting, today: today),
      since: records.panelMeeting(before: meeting)?.date ?? Day.first)
  }

  /// The meeting a newsletter is about when none is named: the latest panel meeting held
  /// on or before `today`.
  ///
  /// - Throws: `NewsletterError.noHeldMeeting` when there is none.
  public static func defaultMeeting(_ snapshot: PanelRecords, today: Day) throws -> Meeting {
    guard let meeting = snapshot.lastPanelMeeting(onOrBefore: today) else {
      throw NewsletterError.noHeldMeeting(today: today)
    }
    return meeting
  }

  /// The newsletter as CommonMark.
  public var markdown: String { markdown(phrases: NewsletterPhrases()) }

  /// The newsletter as CommonMark, with the pieces of text it shares with the panel's
  /// other newsletters taken from `phrases`.
  func markdown(phrases: NewsletterPhrases) -> String {
    var document = MarkdownDocument()
    document.heading(1, "\(snapshot.panel.name) — \(meeting.date.monthText) newsletter")
    document.raw(introduction)
    document.raw("## The meeting")
    document.raw(meetingSentence)
    if let attendance = attendanceSentence { document.raw(attendance) }
    if let notes = meeting.notes { document.paragraph(notes) }
    let priorities = topThree
    youToldUs(priorities, into: &document)
    beingDone(priorities, phrases: phrases, into: &document)
    changed(into: &document)
    nextMeeting(into: &document)
    getInTouch(into: &document)
    return document.text
  }

  // MARK: The meeting

  private var introduction: String {
    let panel = snapshot.panel
    let police = panel.policeForce.map(Markdown.inline) ?? "the police"
    var text =
      "PACT (Partners and Communities Together) brings residents, \(police), the council "
      + "and other agencies together to agree the community's top three priorities and "
      + "act on them."
    if !panel.areas.isEmpty {
      text += " This panel covers \(PlainWords.list(panel.areas.map(Markdown.inline)))."
    }
    return text
  }

  /// "The panel met on Tuesday 14 May 2024 at 7pm, at Borough Green Village Hall."
  private var meetingSentence: String {
    var when = meeting.date.longText
    if let time = meeting.time { when += " at " + PlainWords.time(time) }
    let venue = meeting.venue.map { ", at " + Markdown.inline($0) } ?? ""
    let platform = meeting.platform.map { " on " + Markdown.inline($0) } ?? ""
    switch meeting.kind {
    case .panel:
      return "The panel met on \(when)\(venue)."
    case .walkabout:
      return "Panel members walked round the area to look at problems for themselves (an "
        + "Environmental Visual Audit) on \(when)"
        + (meeting.venue.map { ", starting from " + Markdown.inline($0) } ?? "") + "."
    case .workshop:
      return "The panel held a community workshop on \(when)\(venue)."
    case .surgery:
      return "The panel held a drop-in surgery on \(when)\(venue)."
    case .online:
      return "The panel met online on \(when)\(platform.isEmpty ? "" : "," + platform)."
    case .hybrid:
      return "The panel met on \(when)\(venue), and online\(platform)."
    }
  }

  /// "22 residents came, the meeting was watched 310 times online and 14 questions were
  /// asked. Thank you to everyone who took part."
  private var attendanceSentence: String? {
    var parts: [String] = []
    if let count = meeting.publicAttendance {
      parts.append(
        count == 0 ? "no residents came" : PlainWords.count(count, "resident") + " came")
    }
    if let views = meeting.onlineViews {
      parts.append(
        "the meeting was watched " + (views == 1 ? "once" : "\(PlainWords.number(views)) times")
          + " online")
    }
    if let questions = meeting.questions {
      parts.append(
        PlainWords.count(questions, "question") + (questions == 1 ? " was" : " were") + " asked")
    }
    guard !parts.isEmpty else { return nil }
    return PlainWords.capitalisingFirst(PlainWords.list(parts))
      + ". Thank you to everyone who took part."
  }

  // MARK: You told us

  /// The priorities on the list as of `asOf`.
  var topThree: [Priority] { snapshot.activePriorities }

  private func youToldUs(_ priorities: [Priority], into document: inout MarkdownDocument) {
    document.raw("## You told us")
    guard !priorities.isEmpty else {
      document.raw("The panel has not set its top three priorities yet.")
      return
    }
    let words = [2: "two", 3: "three"]
    document.raw(
      priorities.count == 1
        ? "Your priority is:"
        : "Your top \(words[priorities.count] ?? String(priorities.count)) priorities are:")
    document.numbered(
      priorities.map { priority in
        Markdown.inline(priority.title)
          + (priority.setAt == meeting.id || priority.setOn == meeting.date
            ? " (new)" : " (a priority since \(priority.setOn.monthText))")
      })
    crimeEvidence.newsletterSection(priorities, into: &document)
  }

  // MARK: What is being done

  private func beingDone(
    _ priorities: [Priority], phrases: NewsletterPhrases, into document: inout MarkdownDocument
  ) {
    document.raw("## What is being done")
    // Sorted as indexes, so that the actions themselves are copied once.
    let all = snapshot.actions
    let open = all.indices.filter { all[$0].isOpen }
      .sorted {
        (all[$0].due ?? Day.last, all[$0].agreedOn, all[$0].id, $0)
          < (all[$1].due ?? Day.last, all[$1].agreedOn, all[$1].id, $1)
      }
      .map { all[$0] }
    guard !open.isEmpty else {
      document.raw("No actions are open at the moment.")
      return
    }
    document.raw("Every action has a lead agency responsible for seeing it done.")
    let listed = Set(priorities.map(\.id))
    for (index, priority) in priorities.enumerated() {
      document.raw("### \(index + 1). " + Markdown.inline(priority.title))
      let actions = open.filter { $0.priority == priority.id }
      if actions.isEmpty {
        document.raw("No action is open on this priority at the moment.")
      } else {
        document.list(actions.map { actionItem($0, phrases) })
      }
    }
    let others = open.filter { action in action.priority.map { !listed.contains($0) } ?? true }
    if !others.isEmpty {
      document.raw(priorities.isEmpty ? "### Actions" : "### Other work")
      document.list(others.map { actionItem($0, phrases) })
    }
  }

  /// "**Title** — led by Kent Police. Under way; due by 31 July 2024. Latest news
  /// (25 May 2024): …", or "…; late: was due 31 March 2024." once its day has passed.
  private func actionItem(_ action: Action, _ phrases: NewsletterPhrases) -> String {
    var item =
      "**" + phrases.inline(action.title) + "** — led by "
      + phrases.sentence(snapshot.agencyName(action.lead))
    let state: String =
      switch action.status {
      case .inProgress: "Under way"
      case .blocked: "Held up"
      default: action.agreedAt == meeting.id ? "Agreed at this meeting" : "Agreed"
      }
    let due = action.due.map { due in
      let text = phrases.mediumText(due)
      return due < asOf ? "; late: was due \(text)." : "; due by \(text)."
    }
    item += " " + state + (due ?? ".")
    if let note = PublicView.latestNote(of: action), let text = note.note {
      item += " Latest news (\(phrases.mediumText(note.on))): " + phrases.paragraphs(text)
    }
    return item
  }

  // MARK: What has changed

  private func changed(into document: inout MarkdownDocument) {
    document.raw("## What has changed")
    let since = previous?.date
    func inWindow(_ day: Day?) -> Bool {
      guard let day, day <= asOf else { return false }
      return since.map { day > $0 } ?? true
    }
    // One set aside by a merge of two copies was not closed by the panel.
    let closed = snapshot.priorities.filter {
      !$0.isActive && !$0.setAside && inWindow($0.closedOn)
    }
    .sorted { ($0.closedOn ?? Day.first, $0.id) < ($1.closedOn ?? Day.first, $1.id) }
    let done = snapshot.actions.filter { $0.status == .done && inWindow($0.completedOn) }
      .sorted { ($0.completedOn ?? Day.first, $0.id) < ($1.completedOn ?? Day.first, $1.id) }
    let period = since.map { "Since the meeting on \($0.longText)" } ?? "Since the panel began"
    guard !closed.isEmpty || !done.isEmpty else {
      document.raw(
        period + ", no action has been completed and no priority closed: work goes on "
          + "on the actions above.")
      return
    }
    document.raw(period + ":")
    var items = closed.map { priority in
      (priority.status == .achieved ? "Priority achieved: **" : "Priority closed: **")
        + Markdown.inline(priority.title) + "**."
        + (priority.outcome.map { " " + PlainWords.paragraphs($0) } ?? "")
    }
    items += done.map { action in
      var item =
        "Done: **" + Markdown.inline(action.title) + "** ("
        + Markdown.inline(snapshot.agencyName(action.lead)) + ")."
      if let outcome = action.outcome { item += " " + PlainWords.paragraphs(outcome) }
      if let difference = action.difference {
        item += " The difference it made: " + PlainWords.paragraphs(difference)
      }
      return item
    }
    document.list(items)
  }

  // MARK: Next meeting and contacts

  private func nextMeeting(into document: inout MarkdownDocument) {
    document.raw("## Next meeting")
    // For the latest meeting, a meeting left scheduled on a day already past is not
    // announced.
    guard let next = following else {
      document.raw("The date of the next meeting will be announced soon.")
      return
    }
    let kind: String =
      switch next.kind {
      case .panel: "The next meeting"
      case .walkabout: "The next walkabout"
      case .workshop: "The next community workshop"
      case .surgery: "The next drop-in surgery"
      case .online: "The next meeting, online,"
      case .hybrid: "The next meeting, in person and online,"
      }
    var text = kind + " is on " + next.date.longText
    if let time = next.time { text += " at " + PlainWords.time(time) }
    if let venue = next.venue { text += ", at " + Markdown.inline(venue) }
    text += ". Everyone is welcome."
    var lines = [text]
    if let platform = next.platform {
      lines.append(
        "You can join online on " + Markdown.inline(platform)
          + (next.link.map { ": " + Markdown.link($0) } ?? "."))
    } else if let link = next.link {
      lines.append("You can join online: " + Markdown.link(link))
    }
    document.raw(lines.joined(separator: "\n\n"))
  }

  private func getInTouch(into document: inout MarkdownDocument) {
    document.raw("## Get in touch")
    if let contact = snapshot.panel.contact {
      document.raw("Contact the panel: " + PlainWords.sentence(contact))
    }
    let roles = snapshot.rolesByMember
    // Office holders first, in the order of their offices, then everyone else by name.
    func order(_ member: Member) -> Int {
      roles[member.id]?.compactMap { PanelRole.allCases.firstIndex(of: $0) }.min()
        ?? PanelRole.allCases.count
    }
    let people = PublicView.contacts(snapshot)
      .sorted { (order($0), $0.name) < (order($1), $1.name) }
    if !people.isEmpty {
      document.raw("Or contact a member of the panel:")
      document.list(
        people.map { member in
          var about = roles[member.id, default: []].map(\.title)
          if let agency = member.agency { about.append(snapshot.agencyName(agency)) }
          var item = Markdown.inline(member.name)
          if !about.isEmpty { item += " (" + Markdown.inline(about.joined(separator: ", ")) + ")" }
          let details = [member.email, member.phone].compactMap { $0 }.map(Markdown.inline)
          if !details.isEmpty { item += ": " + details.joined(separator: ", ") }
          return item
        })
    }
    document.raw(
      "To report a crime or anti-social behaviour, call 101 or report it online. "
        + "In an emergency, always call 999.")
  }
}
