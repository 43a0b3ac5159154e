/// One panel's part of the website, made from what the public may see of it: its page,
/// a page per held meeting and for the next one, its calendar, its newsletter feed and its
/// priorities in the police.uk shape.
struct PanelSite: Sendable {
  let record: PublicRecord
  let asOf: Day
  let siteTitle: String
  /// The panel's folder in the site.
  let slug: String
  /// The panel's police.uk figures, for the evidence beside its priorities.
  var crime = CrimeHistory.none

  var records: PanelRecords { record.records }
  var panel: Panel { records.panel }

  /// The held meetings on or before the day, earliest first.
  var heldMeetings: [Meeting] {
    records.meetingsByDate.filter { $0.status == .held && $0.date <= asOf }
  }

  /// The next meeting: the first scheduled on or after the day.
  var nextMeeting: Meeting? { records.nextMeeting(after: asOf) }

  /// The page of a meeting, relative to the panel's folder.
  static func meetingPath(_ meeting: Meeting) -> String { "meetings/\(meeting.id).html" }

  /// Every file of the panel's part of the site, by path relative to its folder.
  func files() -> [(path: String, contents: String)] {
    var files: [(String, String)] = [("index.html", panelPage())]
    // Each newsletter is made once, for its page and for the feed; the panel as of each
    // meeting's documents is worked out in one pass over its history.
    var newsletters: [String: HTMLWriter] = [:]
    let held = heldMeetings
    var timeline = PanelTimeline(
      records,
      requests: held.flatMap { meeting in
        [
          NewsletterDocument.request(records, meeting: meeting, today: asOf),
          MinutesDocument.request(meeting),
        ]
      })
    let cache = MarkdownHTML.Cache()
    let phrases = NewsletterPhrases()
    for meeting in held {
      let forNewsletter = timeline.next()
      let forMinutes = timeline.next()
      let newsletter = newsletterHTML(
        meeting, view: forNewsletter, cache: cache, phrases: phrases)
      newsletters[meeting.id] = newsletter
      let page = heldMeetingPage(
        meeting, newsletter: newsletter,
        minutes: MinutesDocument(
          records, meeting: meeting, snapshot: forMinutes ?? records.asOf(meeting.date)),
        cache: cache)
      files.append((PanelSite.meetingPath(meeting), page))
    }
    if let next = nextMeeting {
      files.append((PanelSite.meetingPath(next), agendaPage(next)))
    }
    files.append(("calendar.ics", MeetingCalendar(records, today: asOf).ics))
    files.append(("feed.xml", NewsletterFeed(site: self, newsletters: newsletters).document))
    files.append(("priorities.json", PoliceUKExport(records).document))
    return files
  }

  /// A page of this panel's part of the site, `depth` folders below the site's root.
  func page(title: String, depth: Int, crumbs: [SitePage.Crumb], main: HTMLWriter) -> String {
    let up = String(repeating: "../", count: depth - 1)
    return SitePage(
      title: title, siteTitle: siteTitle, depth: depth,
      breadcrumbs: [.init(title: "All panels", href: SitePage.link("index.html", depth: depth))]
        + crumbs,
      feed: (title: "\(panel.name): newsletters", href: up + "feed.xml"), asOf: asOf, main: main
    ).document
  }

  // MARK: The panel's page

  func panelPage() -> String {
    var main = HTMLWriter()
    main.element("h1", text: panel.name)
    main.newline()
    main.append(facts())
    main.append(topThree())
    main.append(beingDone())
    main.append(changed())
    main.append(meetings())
    main.append(contacts())
    main.append(follow())
    return page(
      title: panel.name, depth: 1, crumbs: [.init(title: panel.name, href: nil)], main: main)
  }

  /// A summary list: term, then the description written by `body`.
  static func summaryList(_ rows: [(String, (inout HTMLWriter) -> Void)]) -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("dl", [.init("class", "summary-list")]) { list in
      for (term, body) in rows {
        list.element("div") { row in
          row.element("dt", text: term)
          row.element("dd", [], body)
        }
        list.newline()
      }
    }
    writer.newline()
    return writer
  }

  /// "Tuesday 9 July 2024 at 7pm, Borough Green Village Hall".
  static func meetingWhen(_ meeting: Meeting) -> String {
    var text = meeting.date.longText
    if let time = meeting.time { text += " at " + PlainWords.time(time) }
    if let place = meeting.venue ?? meeting.platform { text += ", " + place }
    return text
  }

  private func facts() -> HTMLWriter {
    var rows: [(String, (inout HTMLWriter) -> Void)] = []
    if !panel.areas.isEmpty {
      rows.append(("Area", { $0.text(PlainWords.list(panel.areas)) }))
    }
    rows.append(("Status", { $0.text(PanelSite.statusText(panel.status)) }))
    if let chair = panel.roles[.chair],
      let member = records.members.first(where: { $0.id == chair })
    {
      rows.append(("Chair", { $0.text(member.name) }))
    }
    if let partnership = panel.partnership {
      rows.append(("Partnership", { $0.text(partnership) }))
    }
    if let police = panel.policeForce {
      rows.append(("Police force", { $0.text(police) }))
    }
    let next = nextMeeting
    rows.append(
      (
        "Next meeting",
        { row in
          if let next {
            row.element(
              "a", [.init("href", PanelSite.meetingPath(next))], text: PanelSite.meetingWhen(next))
          } else {
            row.text("To be announced")
          }
        }
      ))
    return PanelSite.summaryList(rows)
  }

  static func statusText(_ status: PanelStatus) -> String {
    switch status {
    case .proposed: "Proposed"
    case .endorsed: "Endorsed by the Community Safety Partnership"
    case .active: "Active"
    case .closed: "Closed"
    }
  }

  private func topThree() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "You told us: the top three")
    writer.newline()
    let priorities = records.activePriorities.filter { $0.setOn <= asOf }
    guard !priorities.isEmpty else {
      writer.element("p", text: "The panel has not set its top three priorities yet.")
      writer.newline()
      return writer
    }
    writer.element("ol", [.init("class", "list list-number")]) { list in
      for priority in priorities {
        list.element("li") { item in
          item.element("strong", text: priority.title)
          item.text(" (a priority since \(priority.setOn.monthText))")
        }
      }
    }
    writer.newline()
    writer.append(crimeFigures(priorities))
    return writer
  }

  private func contacts() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "Get in touch")
    writer.newline()
    if let contact = panel.contact {
      writer.element("p") {
        $0.text("Contact the panel: ")
        $0.text(contact)
      }
      writer.newline()
    }
    let people = record.contacts
    if !people.isEmpty {
      let roles = records.rolesByMember
      writer.element("ul", [.init("class", "list")]) { list in
        for member in people {
          list.element("li") { item in
            var about = roles[member.id, default: []].map(\.title)
            if let agency = member.agency { about.append(records.agencyName(agency)) }
            item.element("strong", text: member.name)
            if !about.isEmpty { item.text(" (" + about.joined(separator: ", ") + ")") }
            let details = [member.email, member.phone].compactMap { $0 }
            if !details.isEmpty { item.text(": " + details.joined(separator: ", ")) }
          }
        }
      }
      writer.newline()
    }
    if panel.contact == nil, people.isEmpty {
      writer.element("p", text: "Come to the next meeting: everyone is welcome.")
      writer.newline()
    }
    return writer
  }

  private func follow() -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("h2", text: "Follow the panel")
    writer.newline()
    writer.element("ul", [.init("class", "feeds")]) { list in
      list.element("li") {
        $0.element("a", [.init("href", "calendar.ics")], text: "Meetings calendar")
        $0.text(" (iCalendar file: add it to your calendar app)")
      }
      list.element("li") {
        $0.element("a", [.init("href", "feed.xml")], text: "Newsletters feed")
        $0.text(" (Atom: follow it in a feed reader)")
      }
      list.element("li") {
        $0.element("a", [.init("href", "priorities.json")], text: "The top three as data")
        $0.text(" (JSON, in the shape police.uk publishes neighbourhood priorities)")
      }
    }
    writer.newline()
    return writer
  }
}
