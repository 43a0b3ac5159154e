import Foundation
import Testing

@testable import PactCore

/// The HTML builder, the Markdown it converts, and the charts.
@Suite struct HTMLRenderingTests {
  @Test(arguments: [
    ("<b>&</b>", "&lt;b&gt;&amp;&lt;/b&gt;"),
    ("a\u{7}b\u{1B}c\u{0}d\u{85}e\u{FFFE}", "abcde"),
    ("  two   words\n\tthen ", " two words then "),
    ("'\"", "'\""),
  ])
  func textIsEscaped(text: String, expected: String) {
    #expect(HTMLEscape.text(text) == expected)
  }

  @Test func attributesEscapeQuotes() {
    var writer = HTMLWriter()
    writer.element("a", [.init("href", "x\" onclick=\"y'")], text: "z")
    #expect(writer.output == "<a href=\"x&quot; onclick=&quot;y&#39;\">z</a>")
  }

  @Test func pactMarkdownBecomesHTMLWithTypedTextAsTyped() {
    var document = MarkdownDocument()
    document.heading(1, "Title <i>")
    document.raw("**Bold** and " + Markdown.inline("**not bold** <b> & 1. [x](y)"))
    document.list(["- " + Markdown.inline("# item"), "second"])
    document.numbered(["one", "two"])
    document.table(header: ["A", "B|C"], rows: [["1", "x|y"]])
    document.raw("**Venue:** Hall  \n**Online:** Teams")
    let html = MarkdownHTML(headingLevel: { $0 + 1 }).html(document.text).output
    #expect(html.contains("<h2>Title &lt;i&gt;</h2>"))
    #expect(
      html.contains(
        "<p><strong>Bold</strong> and **not bold** &lt;b&gt; &amp; 1. [x](y)</p>"))
    #expect(html.contains("<li>- # item</li><li>second</li>"))
    #expect(html.contains("<ol class=\"list list-number\"><li>one</li><li>two</li></ol>"))
    #expect(html.contains("<th scope=\"col\">B|C</th>"))
    #expect(html.contains("<td>x|y</td>"))
    #expect(html.contains("<strong>Venue:</strong> Hall<br><strong>Online:</strong> Teams"))
  }

  @Test(arguments: [(0, 1), (3, 1), (5, 1), (6, 2), (10, 2), (11, 5), (26, 10), (310, 100)])
  func axisSteps(top: Int, step: Int) {
    #expect(BarChart.step(for: top) == step)
  }

  @Test func aChartHasANameADescriptionPatternsAndATableOfItsFigures() {
    let chart = BarChart(
      id: "c", title: "Agreed & done", summary: "Two quarters.", categoryHeader: "Quarter",
      categories: ["Q1 2024", "Q2 2024"],
      series: [
        .init(name: "Agreed", values: [3, 1_200], colour: "#1d70b8", fill: .solid),
        .init(name: "Done", values: [2, 0], colour: "#00703c", fill: .stripes),
      ])
    let html = chart.html().output
    #expect(html.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
    #expect(html.contains("<title id=\"c-title\">Agreed &amp; done</title>"))
    #expect(html.contains("<pattern id=\"c-fill-1\""))
    #expect(html.contains("fill=\"url(#c-fill-1)\""))
    #expect(html.contains("<caption>Agreed &amp; done</caption>"))
    #expect(html.contains("<th scope=\"row\">Q2 2024</th><td class=\"numeric\">1,200</td>"))
    #expect(html.contains("<p class=\"chart-summary\">Two quarters.</p>"))
  }

  @Test func monthlyCountsDrawAChartWithTheirTable() {
    let counts = MonthlyCounts(
      what: "Anti-social behaviour",
      months: [
        .init(year: 2024, month: 3, count: 14), .init(year: 2024, month: 4, count: 9),
      ])
    let html = counts.chart(id: "crime-asb").html().output
    #expect(html.contains("<caption>Anti-social behaviour reported each month</caption>"))
    #expect(html.contains("<th scope=\"row\">Mar 2024</th><td class=\"numeric\">14</td>"))
    #expect(html.contains("Anti-social behaviour: 23 reports from Mar 2024 to Apr 2024"))
    #expect(html.contains("role=\"img\""))
    #expect(!html.contains("stroke-dasharray") && !html.contains("dashed line"))
  }

  @Test func monthlyCountsMarkTheMonthSetAndShowMissingMonthsAsMissing() {
    let counts = MonthlyCounts(
      what: "Drugs",
      months: [
        .init(year: 2023, month: 12, count: 0), .init(year: 2024, month: 1, count: nil),
        .init(year: 2024, month: 2, count: 7),
      ], setIndex: 1)
    let html = counts.chart(id: "crime-drugs", title: "Drugs, priority 2").html().output
    // The month set, in the table and in words, and a dashed line in the picture.
    #expect(html.contains("<th scope=\"row\">Jan 2024 (priority set)</th>"))
    #expect(html.contains("The dashed line marks Jan 2024, the month the panel made this a"))
    #expect(html.contains("stroke-dasharray=\"6 4\"") && html.contains(">Priority set</text>"))
    // A month without figures is not a month of none.
    #expect(html.contains("(priority set)</th><td class=\"numeric\">No figures</td>"))
    #expect(html.contains("<th scope=\"row\">Dec 2023</th><td class=\"numeric\">0</td>"))
    #expect(html.contains("There are no figures for Jan 2024."))
    #expect(html.contains("Drugs: 7 reports from Dec 2023 to Feb 2024"))
  }

  @Test func monthlyCountsFromEvidenceRunFromSixMonthsBeforeTheMonthSet() throws {
    var priority = Priority(id: "P1", title: "Drugs", setOn: try #require(Day("2024-03-12")))
    priority.crimeTypeSetting = .type(.drugs)
    var figures: [YearMonth: CrimeMonth] = [:]
    for (offset, count) in [(-7, 50), (-6, 1), (-5, 2), (-3, 4), (0, 8), (1, 9)] {
      let month = YearMonth(year: 2024, month: 3)?.adding(months: offset)
      let found = try #require(month)
      figures[found] = CrimeMonth(
        month: found,
        sources: [.init(file: "f.csv", rows: 100, noLocation: 0, counts: [.drugs: count])])
    }
    let latest = try #require(YearMonth(year: 2024, month: 4))
    let evidence = try #require(CrimeEvidence.of(priority, latest: latest, figures: figures))
    let counts = MonthlyCounts(evidence)
    #expect(counts.what == "Drugs")
    #expect(counts.months.map(\.label).first == "Sep 2023")
    #expect(counts.months.map(\.label).last == "Apr 2024")
    #expect(counts.months.map(\.count) == [1, 2, nil, 4, nil, nil, 8, 9])
    #expect(counts.setIndex == 6)
  }

  @Test func stableIDsAreUUIDsThatDependOnlyOnTheirNames() {
    let one = StableID.urn("newsletter", "bgwp", "2024-05-14")
    #expect(one == StableID.urn("newsletter", "bgwp", "2024-05-14"))
    #expect(one != StableID.urn("newsletter", "bgwp", "2024-03-12"))
    #expect(one.hasPrefix("urn:uuid:") && one.count == 45)
    #expect(Array(one)[23] == "8")
  }

  /// The quarterly chart starts with the panel, not two years before it; a panel older
  /// than two years gets the last eight quarters.
  @Test func theQuarterlyChartStartsWithThePanel() throws {
    let asOf = try #require(Day("2024-06-20"))
    let young = SiteCharts.actionsByQuarter(
      [], asOf: asOf, since: Day("2023-12-04"), id: "chart-quarters")
    #expect(young.categories == ["Q4 2023", "Q1 2024", "Q2 2024"])
    let old = SiteCharts.actionsByQuarter(
      [], asOf: asOf, since: Day("2015-01-10"), id: "chart-quarters")
    #expect(old.categories.count == 8)
    #expect(old.categories.first == "Q3 2022")
  }
}
