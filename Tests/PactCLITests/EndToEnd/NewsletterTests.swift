import Foundation
import PactTestSupport
import Testing

/// `pact newsletter`: the document residents read, pinned in golden files, rendered through
/// a real CommonMark renderer, safe against hostile text, and private about private members.
@Suite struct NewsletterTests {
  static let fixtures = [FixturePanel.boroughGreen, "medway-gillingham-north"]

  private func newsletter(_ panel: FixturePanel, _ extra: [String] = []) throws -> String {
    let result = try panel.run(["newsletter"] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    return result.stdout
  }

  /// The HTML cmark-gfm makes of `markdown`, raw HTML let through so that any would show.
  private func render(_ markdown: String, with renderer: URL) throws -> String {
    let result = try ProcessRunner.run(
      renderer, arguments: ["--unsafe", "-e", "table", "-e", "strikethrough"], environment: [:],
      stdin: markdown)
    #expect(result.status == 0)
    return result.stdout
  }

  /// Every tag in `html`, in order ("h1", "/h1", "li", …). Text never holds a bare `<`:
  /// the renderer writes it as `&lt;`.
  private func tags(_ html: String) -> [String] {
    html.split(separator: "<", omittingEmptySubsequences: true).dropFirst(
      html.hasPrefix("<") ? 0 : 1
    )
    .map { piece in
      String(piece.prefix { $0 != ">" && $0 != " " })
    }
  }

  @Test(arguments: fixtures)
  func goldenNewsletter(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let text = try newsletter(panel)
    assertSnapshot(text, named: "\(fixture)/newsletter.md")
    // Written for residents: no record ids (a kind letter and six characters).
    for folder in ["members", "priorities", "actions", "issues"] {
      let names = try FileManager.default.subpathsOfDirectory(
        atPath: panel.url.appendingPathComponent(folder).path
      ).map { ($0 as NSString).lastPathComponent }
      for name in names where name.hasSuffix(".json") {
        let id = String(name.dropLast(5))
        #expect(!text.contains(id.prefix(4)), "\(folder) id \(id) in the newsletter")
      }
    }
    #expect(!text.contains("2024-"), "an ISO date in the newsletter")
  }

  /// The sections the Medway proforma asks for render as headings and lists.
  @Test(arguments: fixtures)
  func rendersIntoTheIntendedStructure(fixture: String) throws {
    let renderer = try CommonMarkRenderer.url()
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let html = try render(try newsletter(panel), with: renderer)
    let headings = tags(html).filter { ["h1", "h2"].contains($0) }.count
    #expect(headings == 7, "\(html)")
    for section in [
      "The meeting", "You told us", "What is being done", "What has changed", "Next meeting",
      "Get in touch",
    ] {
      #expect(html.contains("<h2>\(section)</h2>"), "\(section)")
    }
    #expect(html.contains("<ol>\n<li>"), "the top three as a numbered list")
    // Three priorities, each a sub-heading under "What is being done".
    #expect(tags(html).filter { $0 == "h3" }.count == 3)
    let allowed: Set<String> = ["h1", "h2", "h3", "p", "ul", "ol", "li", "strong"]
    for tag in tags(html) {
      #expect(allowed.contains(tag.hasPrefix("/") ? String(tag.dropFirst()) : tag), "<\(tag)>")
    }
  }

  // MARK: Hostile text

  static let hostile = [
    "<script>alert(1)</script>", "*bold* _em_ __strong__", "# Heading", "| a | b |\n| --- |",
    "[x](http://evil.example)", "`code` ``more``", "&lt;b&gt; &amp; &#60;",
    "Line one\n# Heading\n- item\n1. item", "- item", "<img src=x onerror=alert(1)>",
    "![img](http://evil.example/y.png)", "> quote\n---\n===", "~~struck~~ \\*",
    "<!-- comment -->", "    indented", "1) list", "<http://evil.example>", "+ plus\n***",
  ]

  /// Sets text in every field the newsletter prints, with pact where it can and by
  /// editing the JSON files where it has no command, `text(n)` giving the nth text.
  private func fillEveryField(_ panel: FixturePanel, _ text: (Int) -> String) throws {
    func pact(_ arguments: [String]) throws {
      let result = try panel.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    func edit(_ relative: String, _ change: (inout [String: Any]) -> Void) throws {
      let url = panel.url.appendingPathComponent(relative)
      var object = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      change(&object)
      try JSONSerialization.data(withJSONObject: object).write(to: url)
    }
    func files(_ folder: String) throws -> [String] {
      try FileManager.default.contentsOfDirectory(
        atPath: panel.url.appendingPathComponent(folder).path
      ).filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }
    var counter = 100
    func next() -> String {
      counter += 1
      return text(counter)
    }
    // What pact takes only on one line.
    func line(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
    try edit("panel.json") { object in
      object["name"] = text(0)
      object["areas"] = [text(1), text(2)]
      object["policeForce"] = text(3)
    }
    for file in try files("members") {
      try edit(file) { object in object["name"] = next() }
    }
    for file in try files("priorities") {
      try edit(file) { object in object["title"] = next() }
    }
    for file in try files("actions") {
      try edit(file) { object in
        object["title"] = next()
        if object["outcome"] != nil { object["outcome"] = next() }
        if object["difference"] != nil { object["difference"] = next() }
        let updates = object["updates"] as? [[String: Any]] ?? []
        object["updates"] = updates.map { update in
          var update = update
          if update["note"] != nil { update["note"] = next() }
          return update
        }
      }
    }
    try pact(["panel", "set", "--contact", line(text(4))])
    try pact(["member", "add", line(text(5)), "--public", "--email", "a*b_c<i>@example.org"])
    for agency in try files("agencies") {
      let id = String(agency.dropFirst("agencies/".count).dropLast(5))
      try pact(["agency", "set", id, "--name", line(next()) + " " + id])
    }
    let meetings = try files("meetings").map { String($0.dropFirst("meetings/".count).dropLast(5)) }
    let held = try #require(meetings.last { $0 <= "2024-06-01" })
    let coming = try #require(meetings.last)
    try pact(["meeting", "update", held, "--venue", text(6), "--notes", text(7)])
    try pact([
      "meeting", "update", coming, "--kind", "hybrid", "--venue", text(8), "--platform", text(9),
      "--link", text(10),
    ])
    // Progress, an action done and a priority closed today, inside "What has changed".
    let listing = try panel.run(["action", "list", "--json"])
    let open = try #require(
      try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
    let ids = open.compactMap { $0["id"] as? String }
    try #require(ids.count >= 2)
    try pact(["action", "update", ids[0], "--note", text(11)])
    try pact(["action", "done", ids[1], "--outcome", text(12), "--difference", text(13)])
    try pact(["priority", "close", "3", "--outcome", text(14), "--achieved"])
    try pact(["priority", "add", line(text(15))])
    try pact(["action", "add", line(text(16)), "--lead", "police", "--priority", "3"])
  }

  @Test(arguments: fixtures)
  func hostileTextCannotChangeTheStructure(fixture: String) throws {
    let renderer = try CommonMarkRenderer.url()
    let plain = try FixturePanel(fixture)
    defer { plain.remove() }
    let hostile = try FixturePanel(fixture)
    defer { hostile.remove() }
    try fillEveryField(plain) { "Plain words \($0)" }
    try fillEveryField(hostile) { NewsletterTests.hostile[$0 % NewsletterTests.hostile.count] }
    let plainText = try newsletter(plain)
    let hostileText = try newsletter(hostile)
    // The hostile text really is in the document.
    #expect(hostileText.contains("\\<script>alert(1)\\</script>"))
    #expect(hostileText.contains("a\\*b\\_c\\<i>@example.org"))
    let plainHTML = try render(plainText, with: renderer)
    let hostileHTML = try render(hostileText, with: renderer)
    let plainTags = tags(plainHTML)
    let hostileTags = tags(hostileHTML)
    #expect(plainTags.filter { $0.hasPrefix("h") }.count > 7)
    #expect(
      hostileTags.filter { $0.hasPrefix("h") }.count
        == plainTags.filter { $0.hasPrefix("h") }.count)
    #expect(hostileTags.filter { $0 == "li" }.count == plainTags.filter { $0 == "li" }.count)
    // The same elements in the same order: nothing the text held became an element.
    #expect(hostileTags == plainTags, "\(hostileHTML)")
    #expect(!hostileHTML.contains("<script"))
    #expect(!hostileHTML.contains("<img"))
    #expect(!hostileHTML.contains("<a "))
  }

  // MARK: Privacy

  private struct Contact {
    var name: String
    var isPublic: Bool
    var details: [String]
  }

  private func contacts(_ panel: FixturePanel) throws -> [Contact] {
    let folder = panel.url.appendingPathComponent("members")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().compactMap {
      name in
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let details = ["email", "phone"].compactMap { object[$0] as? String }
      guard !details.isEmpty else { return nil }
      return Contact(
        name: object["name"] as? String ?? "", isPublic: object["public"] as? Bool ?? false,
        details: details)
    }
  }

  @Test(arguments: fixtures)
  func onlyPublicMembersContactDetailsArePrinted(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let text = try newsletter(panel)
    let people = try contacts(panel)
    #expect(people.contains { $0.isPublic } && people.contains { !$0.isPublic })
    for person in people {
      for detail in person.details {
        #expect(
          text.contains(detail) == person.isPublic,
          "\(person.name) (\(person.isPublic ? "public" : "private")): \(detail)")
      }
    }
  }

  @Test func aMemberMadePrivateOrWhoLeftDisappears() throws {
    let panel = try FixturePanel("medway-gillingham-north")
    defer { panel.remove() }
    let before = try newsletter(panel)
    #expect(before.contains("01634 555208"))
    #expect(before.contains("jade.turner@example.police.uk"))
    let members = try FileManager.default.contentsOfDirectory(
      atPath: panel.url.appendingPathComponent("members").path)
    let file = try #require(
      try members.first { try panel.json("members/\($0)").contains("01634 555208") })
    try panel.json("members/\(file)")
      .replacingOccurrences(of: "\"public\": true", with: "\"public\": false")
      .write(
        to: panel.url.appendingPathComponent("members/\(file)"), atomically: true,
        encoding: .utf8)
    #expect(try panel.run(["member", "remove", "PCSO Jade Turner"]).status == 0)
    let after = try newsletter(panel)
    #expect(!after.contains("01634 555208"))
    #expect(!after.contains("Colin Webb"))
    #expect(!after.contains("jade.turner@example.police.uk"))
    #expect(after.contains("Patricia Nwosu (Chair): pact.gillinghamnorth@example.org"))
  }

  // MARK: Which meeting

  @Test func anEarlierMeetingIsToldAsItStoodThen() throws {
    let panel = try FixturePanel("medway-gillingham-north")
    defer { panel.remove() }
    let text = try newsletter(panel, ["--meeting", "2024-04-09"])
    #expect(text.hasPrefix("# Gillingham North PACT — April 2024 newsletter\n"))
    // Online figures of the hybrid meeting, in words.
    #expect(
      text.contains(
        "22 residents came, the meeting was watched 310 times online and 14 questions were asked."))
    // Speeding on Pier Road was new then; it closed on 21 May, after that meeting.
    #expect(text.contains("3. Speeding on Pier Road (new)"))
    #expect(!text.contains("Priority closed: **Speeding on Pier Road**"))
    // Changes since the meeting before (19 March) up to this one: the alley gates.
    #expect(text.contains("Since the meeting on Tuesday 19 March 2024:"))
    #expect(
      text.contains("Priority achieved: **Fly-tipping in the alleys behind Canterbury Street**"))
    #expect(!text.contains("Done: **Speed survey on Pier Road**"))
    #expect(text.contains("The next meeting is on Tuesday 21 May 2024 at 6.30pm"))
  }

  @Test func refusesAMeetingNotHeldAndAPanelThatHasNotMet() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let scheduled = try panel.run(["newsletter", "--meeting", "2024-07-09"])
    #expect(scheduled.status == 1)
    #expect(scheduled.stderr.hasPrefix("Error: the meeting of 2024-07-09 is scheduled, not held\n"))
    let early = try panel.run(["newsletter"], environment: ["PACT_TODAY": "2023-09-01"])
    #expect(early.status == 1)
    #expect(
      early.stderr.hasPrefix(
        "Error: the panel has not held a meeting on or before 1 September 2023\n"))
    #expect(early.stdout.isEmpty)
  }

  @Test func writesToAFileWithOutput() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["newsletter", "-o", "../june.md"])
    #expect(result.status == 0 && result.stdout.isEmpty)
    #expect(try panel.json("../june.md") == (try newsletter(panel)))
  }

  @Test func helpReadsWellIn80Columns() throws {
    let result = try PactBinary.run(["help", "newsletter"])
    #expect(result.status == 0)
    for line in result.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    assertSnapshot(result.stdout, named: "help/newsletter.txt")
  }
}
