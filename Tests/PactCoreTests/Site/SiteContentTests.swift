import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// What the website may and may not show: private contacts, record ids, typed markup and
/// control characters, links to other sites.
@Suite struct SiteContentTests {
  /// The e-mail and phone of every member of the sample panels, by whether they are public.
  private func contacts(_ fixture: SiteFixture) throws -> (
    public: Set<String>, private: Set<String>
  ) {
    var published: Set<String> = []
    var hidden: Set<String> = []
    for name in SiteFixture.fixtures {
      let records = try PanelService(at: fixture.panel(name)).records()
      for member in records.members {
        let details = [member.email, member.phone].compactMap { $0 }
        if member.isPublic && member.isCurrent {
          published.formUnion(details)
        } else {
          hidden.formUnion(details)
        }
      }
    }
    return (published, hidden)
  }

  @Test func showsOnlyPublicContacts() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    let site = try fixture.texts().values.joined(separator: "\n")
    let (published, hidden) = try contacts(fixture)
    #expect(!hidden.isEmpty && !published.isEmpty)
    for detail in hidden { #expect(!site.contains(detail), "private \(detail) published") }
    for detail in published { #expect(site.contains(detail), "public \(detail) missing") }
  }

  @Test func showsNoRecordIDs() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    var ids: [String] = []
    for name in SiteFixture.fixtures {
      let records = try PanelService(at: fixture.panel(name)).records()
      ids +=
        records.members.map(\.id) + records.actions.map(\.id)
        + records.priorities.map(\.id) + records.issues.map(\.id)
    }
    #expect(ids.count > 20)
    for (path, text) in try fixture.texts() where path != ".pact-site" {
      for id in ids { #expect(!text.contains(id), "\(path) shows the id \(id)") }
    }
  }

  @Test func typedMarkupAndControlCharactersShowAsText() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    let hostile = "<script>alert(1)</script> **bold** [x](http://e.org) & \u{7}bell\u{1B}[31m"
    let json = "\\u003cscript\\u003e"
    _ = json
    try fixture.edit("borough-green-wrotham-platt", "panel.json") {
      $0.replacingOccurrences(
        of: "\"name\": \"Borough Green, Wrotham and Platt PACT\"",
        with: "\"name\": \"" + SiteContentTests.jsonEscaped(hostile) + "\"")
    }
    let priorities = fixture.panel("borough-green-wrotham-platt").appendingPathComponent(
      "priorities")
    for file in try FileManager.default.contentsOfDirectory(atPath: priorities.path)
    where file.hasSuffix(".json") {
      try fixture.edit("borough-green-wrotham-platt", "priorities/\(file)") {
        $0.replacingOccurrences(
          of: "\"title\": \"", with: "\"title\": \"" + SiteContentTests.jsonEscaped(hostile) + " ")
      }
    }
    try fixture.build()
    let texts = try fixture.texts()
    let page = try #require(texts["borough-green-wrotham-platt/index.html"])
    #expect(
      page.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt; **bold** [x](http://e.org) &amp; bell[31m"))
    for (path, text) in texts where path.hasSuffix(".html") || path.hasSuffix(".xml") {
      #expect(!text.contains("<script"), "\(path) holds a script")
      #expect(!text.contains("href=\"http"), "\(path) links to another site")
      let controls = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
      #expect(controls.isEmpty, "\(path) holds control characters")
    }
    let index = try #require(texts["index.html"])
    #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt; **bold**"))
  }

  /// `text` as the inside of a JSON string.
  static func jsonEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  @Test func everyPageUsesRelativeLinksOnlyAndNoScript() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    for (path, text) in try fixture.texts() where path.hasSuffix(".html") {
      #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
      #expect(!text.contains("<script"))
      for marker in ["href=\"/", "src=\"", "href=\"http", "href=\"//"] {
        #expect(!text.contains(marker), "\(path): \(marker)")
      }
      for landmark in ["<header", "<nav", "<main id=\"main\"", "<footer", "class=\"skip-link\""] {
        #expect(text.contains(landmark), "\(path) lacks \(landmark)")
      }
    }
  }

  @Test func theFeedHasAStableEntryPerHeldMeetingDatedByTheMeeting() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    let feed = try #require(try fixture.texts()["borough-green-wrotham-platt/feed.xml"])
    let entries = feed.components(separatedBy: "<entry>").count - 1
    #expect(entries == 6)
    #expect(feed.contains("<updated>2024-05-14T00:00:00Z</updated>"))
    #expect(feed.contains("href=\"meetings/2024-05-14.html\""))
    try fixture.build(output: "later", asOf: Day("2024-06-20") ?? SiteFixture.asOf)
    let later = try #require(try fixture.texts("later")["borough-green-wrotham-platt/feed.xml"])
    func ids(_ text: String) -> [String] {
      text.components(separatedBy: "<id>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }
    #expect(ids(feed) == ids(later))
    #expect(Set(ids(feed)).count == entries + 1)
  }

  @Test func theFeedHoldsTheLatestTwelveNewslettersAndEveryMeetingKeepsItsPage() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    let service = PanelService(
      at: fixture.panel("borough-green-wrotham-platt"), clock: .fixed(SiteFixture.asOf))
    // Eight more held meetings, a month apart, before the fixture's first.
    for month in 1...8 {
      let day = try #require(Day("2022-0\(month)-10"))
      try service.addMeeting(on: day, MeetingDetails())
    }
    try fixture.build()
    let texts = try fixture.texts()
    let feed = try #require(texts["borough-green-wrotham-platt/feed.xml"])
    #expect(feed.components(separatedBy: "<entry>").count - 1 == NewsletterFeed.entries)
    #expect(feed.contains("href=\"meetings/2024-05-14.html\""))
    #expect(!feed.contains("href=\"meetings/2022-01-10.html\""))
    #expect(texts["borough-green-wrotham-platt/meetings/2022-01-10.html"] != nil)
  }
}
