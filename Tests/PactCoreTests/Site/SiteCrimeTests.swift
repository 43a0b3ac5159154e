import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// The police.uk figures beside the top three on a panel's page: a chart per priority with a
/// type of crime and figures, the month it was set marked, its table, and the newsletter's
/// sentence.
@Suite struct SiteCrimeTests {
  static let gillingham = "medway-gillingham-north"

  @Test func aPriorityWithACrimeTypeAndFiguresHasAChartTableAndTheNewslettersSentence() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    let texts = try fixture.texts()
    let page = try #require(texts["\(SiteCrimeTests.gillingham)/index.html"])
    #expect(page.contains("<h3>What the police figures show</h3>"))
    // Priorities 1 (ASB) and 2 (drugs) have a type; 3 (parking) has none.
    #expect(
      page.contains("id=\"chart-crime-1-title\"") && page.contains("id=\"chart-crime-2-title\""))
    #expect(!page.contains("chart-crime-3"))
    #expect(page.contains("<th scope=\"row\">Jan 2024 (priority set)</th>"))
    #expect(page.contains("<th scope=\"row\">Jul 2023</th>"))
    #expect(page.contains("<th scope=\"row\">Apr 2024</th>"))
    #expect(!page.contains("<th scope=\"row\">Jun 2023</th>"))
    // The words are the newsletter's, from the same evidence.
    let service = PanelService(at: fixture.panel(SiteCrimeTests.gillingham))
    let newsletter = try service.newsletter(asOf: SiteFixture.asOf)
    let statements = newsletter.topThree.compactMap { newsletter.crimeEvidence[$0.id]?.statement }
    #expect(statements.count == 2)
    for statement in statements {
      #expect(page.contains(HTMLEscape.text(PlainWords.capitalisingFirst(statement))))
    }
    #expect(page.contains("These are small numbers (fewer than 10 a month)"))
    let other = try #require(texts["borough-green-wrotham-platt/index.html"])
    #expect(!other.contains("police figures") && !other.contains("chart-crime"))
  }

  @Test func aMonthWithoutFiguresIsSaidToHaveNone() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try FileManager.default.removeItem(
      at: fixture.panel(SiteCrimeTests.gillingham).appendingPathComponent("crime/2023-10.json"))
    try fixture.build()
    let page = try #require(try fixture.texts()["\(SiteCrimeTests.gillingham)/index.html"])
    #expect(page.contains("<th scope=\"row\">Oct 2023</th><td class=\"numeric\">No figures</td>"))
    #expect(page.contains("There are no figures for Oct 2023."))
  }

  @Test func aCrimeFileThatCannotBeReadIsNamedAndTheOtherPanelsBuilt() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try Data("{\"month\": 7}".utf8).write(
      to: fixture.panel(SiteCrimeTests.gillingham).appendingPathComponent("crime/2023-10.json"))
    let build = try fixture.build()
    #expect(build.failures.map(\.path) == ["panels/\(SiteCrimeTests.gillingham)"])
    #expect(try fixture.texts()["borough-green-wrotham-platt/index.html"] != nil)
  }
}

extension SiteCrimeTests {
  @Test func eachNewsletterPageGivesThePoliceFiguresAsTheNewsletterCommandDoes() throws {
    let fixture = try SiteFixture()
    defer { fixture.remove() }
    try fixture.build()
    let texts = try fixture.texts()
    let service = PanelService(at: fixture.panel(SiteCrimeTests.gillingham))
    var checked = 0
    for meeting in try service.records().meetings where meeting.status == .held {
      let newsletter = try service.newsletter(after: meeting.id, asOf: SiteFixture.asOf)
      let page = try #require(texts["\(SiteCrimeTests.gillingham)/meetings/\(meeting.id).html"])
      for priority in newsletter.topThree {
        guard let evidence = newsletter.crimeEvidence[priority.id] else { continue }
        #expect(page.contains(HTMLEscape.text(evidence.statement)), "\(meeting.id)")
        checked += 1
      }
    }
    #expect(checked >= 4)
  }
}
