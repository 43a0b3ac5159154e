/// The borough's pages: the register of every panel (`index.html`) and each lead agency's
/// open and overdue actions across them (`agencies.html`).
struct BoroughPages: Sendable {
  let entries: [SiteEntry]
  let siteTitle: String
  let asOf: Day

  /// The register: one entry per panel, linking to its page.
  var index: String {
    var main = HTMLWriter()
    main.element("h1", text: siteTitle)
    main.newline()
    main.element(
      "p", [.init("class", "lead")],
      text: "PACT (Partners and Communities Together) panels bring residents, the police, the "
        + "council and other agencies together to agree each neighbourhood's top three "
        + "priorities and act on them.")
    main.newline()
    main.element("p") { line in
      line.text(
        "This register lists " + PlainWords.count(entries.count, "panel")
          + ", as of \(asOf.longText). See also ")
      line.element("a", [.init("href", "agencies.html")], text: "each lead agency's open actions")
      line.text(".")
    }
    main.newline()
    for entry in entries { main.append(register(entry)) }
    return SitePage(title: siteTitle, siteTitle: siteTitle, depth: 0, asOf: asOf, main: main)
      .document
  }

  private func register(_ entry: SiteEntry) -> HTMLWriter {
    var writer = HTMLWriter()
    writer.element("section", [.init("class", "panel-entry"), .init("aria-label", entry.name)]) {
      section in
      section.element("h2") {
        $0.element("a", [.init("href", "\(entry.slug)/index.html")], text: entry.name)
      }
      var rows: [(String, (inout HTMLWriter) -> Void)] = []
      if !entry.areas.isEmpty { rows.append(("Area", { $0.text(PlainWords.list(entry.areas)) })) }
      rows.append(("Status", { $0.text(PanelSite.statusText(entry.status)) }))
      rows.append(("Chair", { $0.text(entry.chair ?? "None at present") }))
      rows.append(
        (
          "Next meeting",
          { row in
            if let next = entry.nextMeeting {
              row.element(
                "a", [.init("href", "\(entry.slug)/" + PanelSite.meetingPath(next))],
                text: PanelSite.meetingWhen(next))
            } else {
              row.text("To be announced")
            }
          }
        ))
      rows.append(
        (
          "Top three",
          { row in
            if entry.priorities.isEmpty {
              row.text("Not set yet")
            } else {
              row.element("ol", [.init("class", "list list-number")]) { list in
                for title in entry.priorities { list.element("li", text: title) }
              }
            }
          }
        ))
      rows.append(
        (
          "Actions",
          { row in
            row.text(PlainWords.count(entry.open, "open action"))
            if entry.overdue > 0 {
              row.text(", ")
              row.element(
                "span", [.init("class", "overdue")],
                text: "\(PlainWords.number(entry.overdue)) overdue")
            }
          }
        ))
      if let contact = entry.contact { rows.append(("Contact", { $0.text(contact) })) }
      section.append(PanelSite.summaryList(rows))
    }
    writer.newline()
    return writer
  }

  /// Each lead agency's open and overdue actions across the borough, agencies matched by
  /// name as `pact report` matches them.
  var agencies: String {
    let report = BoroughReport(entries.map { (path: $0.slug, snapshot: $0.openWork) }, asOf: asOf)
    var slugs: [String: String] = [:]
    for entry in entries where slugs[entry.name] == nil { slugs[entry.name] = entry.slug }
    var main = HTMLWriter()
    main.element("h1", text: "Lead agencies' open actions")
    main.newline()
    main.element(
      "p", [.init("class", "lead")],
      text: "Every action a panel agrees has a lead agency responsible for seeing it done. "
        + "These are the actions still open across the borough, as of \(asOf.longText).")
    main.newline()
    main.element(
      "p",
      text: "An action is overdue when its due date has passed. Agencies are matched by name "
        + "across panels.")
    main.newline()
    guard !report.agencies.isEmpty else {
      main.element("p", text: "No actions are open.")
      return page(main)
    }
    main.append(SiteCharts.agencies(report.agencies, id: "chart-agencies").html())
    main.element("h2", text: "Where each agency leads open actions")
    main.newline()
    main.element("ul", [.init("class", "list")]) { list in
      for agency in report.agencies {
        list.element("li") { item in
          item.element("strong", text: agency.name)
          item.text(": " + PlainWords.count(agency.open, "open action"))
          if agency.overdue > 0 { item.text(", \(PlainWords.number(agency.overdue)) overdue") }
          item.text(". Panels: ")
          for (index, name) in agency.panels.enumerated() {
            if index > 0 { item.text(", ") }
            if let slug = slugs[name] {
              item.element("a", [.init("href", "\(slug)/index.html")], text: name)
            } else {
              item.text(name)
            }
          }
          item.text(".")
        }
        list.newline()
      }
    }
    main.newline()
    return page(main)
  }

  private func page(_ main: HTMLWriter) -> String {
    SitePage(
      title: "Lead agencies' open actions", siteTitle: siteTitle, depth: 0,
      breadcrumbs: [
        .init(title: "All panels", href: "index.html"),
        .init(title: "Lead agencies", href: nil),
      ], asOf: asOf, main: main
    ).document
  }
}
