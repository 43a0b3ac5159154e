/// A panel's newsletters as an Atom feed (RFC 4287): one entry per held meeting, the latest
/// `entries` of them, latest first, each with a stable id and the meeting's date as its
/// `updated`, so that the same records give the same feed whenever it is built.
struct NewsletterFeed: Sendable {
  /// How many newsletters a feed holds: a year of monthly meetings. Feed readers keep what
  /// they have seen; the meetings' pages keep every newsletter.
  static let entries = 12

  let site: PanelSite
  /// Each held meeting's newsletter as HTML, by meeting id, when already made.
  var newsletters: [String: HTMLWriter] = [:]

  /// `2024-05-14T00:00:00Z`.
  static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }

  var document: String {
    let panel = site.panel
    let meetings = Array(site.heldMeetings.reversed().prefix(NewsletterFeed.entries))
    var writer = HTMLWriter()
    writer.appendMarkup("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
    writer.open("feed", [.init("xmlns", "http://www.w3.org/2005/Atom")])
    writer.newline()
    writer.element("title", text: "\(panel.name): newsletters")
    writer.newline()
    writer.element("id", text: StableID.urn("feed", site.slug))
    writer.newline()
    writer.element("updated", text: NewsletterFeed.timestamp(meetings.first?.date ?? site.asOf))
    writer.newline()
    writer.void("link", [.init("rel", "self"), .init("href", "feed.xml")], selfClosing: true)
    writer.newline()
    writer.void(
      "link", [.init("rel", "alternate"), .init("type", "text/html"), .init("href", "index.html")],
      selfClosing: true)
    writer.newline()
    writer.element("author") { $0.element("name", text: panel.name) }
    writer.newline()
    for meeting in meetings {
      writer.element("entry") { entry in
        entry.newline()
        entry.element("title", text: "\(panel.name): \(meeting.date.monthText) newsletter")
        entry.newline()
        entry.element("id", text: StableID.urn("newsletter", site.slug, meeting.id))
        entry.newline()
        entry.element("updated", text: NewsletterFeed.timestamp(meeting.date))
        entry.newline()
        entry.void(
          "link",
          [
            .init("rel", "alternate"), .init("type", "text/html"),
            .init("href", PanelSite.meetingPath(meeting)),
          ],
          selfClosing: true)
        entry.newline()
        entry.element(
          "summary", text: "After the \(meeting.kind.title) on \(meeting.date.longText).")
        entry.newline()
        // The newsletter's HTML, escaped as the text of a `type="html"` content element.
        entry.element(
          "content", [.init("type", "html")],
          text: (newsletters[meeting.id] ?? site.newsletterHTML(meeting)).output)
        entry.newline()
      }
      writer.newline()
    }
    writer.close("feed")
    writer.newline()
    return writer.output
  }
}
