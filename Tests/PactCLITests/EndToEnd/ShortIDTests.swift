import Foundation
import PactTestSupport
import Testing

/// The ids listings show are what a secretary types next: each must name its action among
/// all the panel's actions, done and dropped ones too, as the commands that take an action
/// resolve it — not only among the open ones the listing reads.
@Suite struct ShortIDTests {
  @Test(arguments: [["action", "list"], ["status"]])
  func aListedIDNamesItsActionAmongTheDoneOnesToo(listing: [String]) throws {
    let directory = try TemporaryDirectory.copyFixture(FixturePanel.boroughGreen)
    defer { directory.remove() }
    let panel = directory.url.appendingPathComponent(FixturePanel.boroughGreen)
    // A done action whose id begins as the open action A6QWQHH's does.
    try FileManager.default.copyItem(
      at: panel.appendingPathComponent("actions/done/A6EXPDC.json"),
      to: panel.appendingPathComponent("actions/done/A6QWZZZ.json"))
    let environment = ["PACT_TODAY": "2024-06-01"]
    let listed = try PactBinary.run(listing, environment: environment, currentDirectory: panel)
    #expect(listed.status == 0, "\(listed.stderr)")
    let words = listed.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
    let shown = try #require(words.first { $0.hasPrefix("A6QW") }, "\(listed.stdout)")
    #expect(shown == "A6QWQ", "\(listed.stdout)")
    let update = try PactBinary.run(
      ["action", "update", shown, "--note", "Signs ordered"], environment: environment,
      currentDirectory: panel)
    #expect(update.status == 0, "\(update.stderr)")
    let show = try PactBinary.run(
      ["action", "show", "A6QWQHH"], environment: environment, currentDirectory: panel)
    #expect(show.stdout.contains("Signs ordered"), "\(show.stdout)")
  }
}
