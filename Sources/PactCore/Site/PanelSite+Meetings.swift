/// The pages of a panel's meetings: for a held meeting its newsletter and minutes, for the
/// next one its agenda — the same documents `pact newsletter`, `pact minutes` and
/// `pact agenda` write, made from what the public may see.
extension PanelSite {
  /// "Panel meeting on Tuesday 14 May 2024".
  static func meetingTitle(_ meeting: Meeting) -> String {
    PlainWords.capitalisingFirst(meeting.kind.title) + " on " + meeting.date.longText
  }

  /// The newsletter of a held meeting as HTML, its headings one level down (the
  /// newsletter's title is a section of the page), with the police.uk figures beside its
  /// priorities as `pact newsletter` gives them.
  func newsletterHTML(
    _ meeting: Meeting, view: PanelRecords? = nil, cache: MarkdownHTML.Cache? = nil,
    phrases: NewsletterPhrases = NewsletterPhrases()
  ) -> HTMLWriter {
    var document = NewsletterDocument(record, meeting: meeting, today: asOf) { day in
      view ?? record.records.asOf(day)
    }
    document.crimeEvidence = crime.evidence(document.topThree, asOf: document.asOf)
    return MarkdownHTML(headingLevel: { min(6, $0 + 1) }, cache: cache).html(
      document.markdown(phrases: phrases))
  }

  func heldMeetingPage(
    _ meeting: Meeting, newsletter: HTMLWriter, minutes: MinutesDocument,
    cache: MarkdownHTML.Cache? = nil
  ) -> String {
    var main = HTMLWriter()
    let title = PanelSite.meetingTitle(meeting)
    main.element("h1") { heading in
      heading.element("span", [.init("class", "caption")], text: panel.name)
      heading.text(" " + title)
    }
    main.newline()
    main.element("p", [.init("class", "no-print")]) { line in
      line.text("On this page: ")
      line.element("a", [.init("href", "#newsletter")], text: "the newsletter")
      line.text(" and ")
      line.element("a", [.init("href", "#minutes")], text: "the minutes")
      line.text(".")
    }
    main.newline()
    main.element("section", [.init("id", "newsletter"), .init("aria-label", "Newsletter")]) {
      $0.newline()
      $0.append(newsletter)
    }
    main.newline()
    // The minutes are left off a printed page, so that the newsletter prints as a
    // notice-board sheet.
    main.element(
      "section",
      [.init("id", "minutes"), .init("class", "no-print"), .init("aria-label", "Minutes")]
    ) {
      $0.newline()
      let markdown = minutes.markdown
      $0.append(MarkdownHTML(headingLevel: { $0 == 1 ? nil : $0 }, cache: cache).html(markdown))
    }
    main.newline()
    main.element(
      "p", [.init("class", "print-only")],
      text: "The minutes of this meeting and the panel's other news are on its web page.")
    main.newline()
    return page(
      title: title + " – " + panel.name, depth: 2,
      crumbs: [.init(title: panel.name, href: "../index.html"), .init(title: title, href: nil)],
      main: main)
  }

  func agendaPage(_ meeting: Meeting) -> String {
    var main = HTMLWriter()
    let title = "Agenda: " + PanelSite.meetingTitle(meeting)
    main.element("h1") { heading in
      heading.element("span", [.init("class", "caption")], text: panel.name)
      heading.text(" " + title)
    }
    main.newline()
    main.element(
      "p", [.init("class", "lead")],
      text: "The next meeting: " + PanelSite.meetingWhen(meeting) + ". Everyone is welcome.")
    main.newline()
    let markdown = AgendaDocument(records, meeting: meeting, today: asOf).markdown
    main.append(MarkdownHTML(headingLevel: { $0 == 1 ? nil : $0 }).html(markdown))
    return page(
      title: title + " – " + panel.name, depth: 2,
      crumbs: [.init(title: panel.name, href: "../index.html"), .init(title: title, href: nil)],
      main: main)
  }
}
