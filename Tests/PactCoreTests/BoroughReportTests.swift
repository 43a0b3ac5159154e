import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// The borough report's figures and how it finds panels.
@Suite struct BoroughReportTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? .first
  }

  private static let today = day("2024-06-01")

  @Test(
    arguments: [
      ([], nil), ([5], 5), ([3, 1, 2], 2), ([4, 1, 3, 2], 2.5), ([10, 20], 15),
      ([7, 7, 100, 1, 7], 7), ([-2, 4], 1),
    ] as [([Int], Double?)])
  func median(values: [Int], expected: Double?) {
    #expect(BoroughReport.median(values) == expected)
  }

  private func done(
    _ id: String, agreed: String, completed: String, due: String?, lead: String = "police"
  ) -> Action {
    var action = Action(id: id, title: id, lead: lead, agreedOn: Self.day(agreed))
    action.status = .done
    action.completedOn = Self.day(completed)
    action.due = due.map(Self.day)
    return action
  }

  private func open(_ id: String, due: String?, lead: String, status: ActionStatus = .open)
    -> Action
  {
    var action = Action(id: id, title: id, lead: lead, agreedOn: Self.day("2024-01-10"))
    action.status = status
    action.due = due.map(Self.day)
    return action
  }

  @Test func onTimeShareCountsOnlyDoneActionsWithADueDate() throws {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    snapshot.actions = [
      // Completed on its due date: on time.
      done("A1", agreed: "2024-01-10", completed: "2024-02-10", due: "2024-02-10"),
      // A day late.
      done("A2", agreed: "2024-01-10", completed: "2024-02-11", due: "2024-02-10"),
      // Early.
      done("A3", agreed: "2024-01-10", completed: "2024-01-20", due: "2024-03-01"),
      // No due date: in the median, not in the share.
      done("A4", agreed: "2024-01-10", completed: "2024-05-09", due: nil),
      open("A5", due: "2024-05-31", lead: "police"),
      open("A6", due: "2024-06-01", lead: "police", status: .blocked),
      open("A7", due: nil, lead: "council", status: .dropped),
    ]
    let report = BoroughReport([("platt", snapshot)], asOf: Self.today)
    let figures = try #require(report.panels.first)
    #expect(figures.done == 4)
    #expect(figures.doneWithDueDate == 3)
    #expect(figures.doneOnTime == 2)
    #expect(figures.onTimePercent == 67)
    // 31, 32, 10 and 120 days: the middle two are 31 and 32.
    #expect(figures.medianDaysToComplete == 31.5)
    #expect(figures.open == 2)
    // Due yesterday is overdue; due today is not.
    #expect(figures.overdue == 1)
    #expect(figures.blocked == 1)
    #expect(figures.dropped == 1)
    #expect(BoroughReport.daysText(figures.medianDaysToComplete) == "31.5")
  }

  @Test func noDatedDoneActionsMeansNoShare() throws {
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"))
    snapshot.actions = [done("A1", agreed: "2024-01-10", completed: "2024-01-12", due: nil)]
    let figures = try #require(BoroughReport([("p", snapshot)], asOf: Self.today).panels.first)
    #expect(figures.onTimePercent == nil)
    #expect(figures.medianDaysToComplete == 2)
    #expect(BoroughReport.percentText(figures.onTimePercent) == "–")
  }

  @Test(arguments: [
    ("2024-04-06", PanelStatus.active, false),  // 56 days: exactly eight weeks
    ("2024-04-05", .active, true),  // 57 days
    ("2024-04-05", .closed, false),
  ])
  func meetingOverdueFollowsTheCadence(last: String, status: PanelStatus, overdue: Bool) throws {
    var panel = Panel(name: "Platt PACT")
    panel.cadenceWeeks = 8
    panel.status = status
    var snapshot = PanelRecords(panel: panel)
    snapshot.meetings = [Meeting(id: last, status: .held)]
    let figures = try #require(BoroughReport([("p", snapshot)], asOf: Self.today).panels.first)
    #expect(figures.isMeetingOverdue == overdue)
  }

  @Test func agenciesAreGroupedByNameIgnoringCaseAndSpacing() {
    var first = PanelRecords(
      panel: Panel(name: "Wrotham PACT"), agencies: [Agency(id: "police", name: "Kent Police")])
    first.actions = [
      open("A1", due: "2024-05-01", lead: "police"), open("A2", due: nil, lead: "police"),
    ]
    var second = PanelRecords(
      panel: Panel(name: "Platt PACT"),
      agencies: [
        Agency(id: "kp", name: "KENT  police"), Agency(id: "council", name: "Tonbridge Council"),
      ])
    second.actions = [
      open("A3", due: "2024-07-01", lead: "kp"), open("A4", due: "2024-05-01", lead: "council"),
      open("A5", due: "2024-05-01", lead: "council", status: .dropped),
    ]
    let report = BoroughReport([("a", first), ("b", second)], asOf: Self.today)
    #expect(
      report.agencies == [
        .init(name: "Kent Police", panels: ["Wrotham PACT", "Platt PACT"], open: 3, overdue: 1),
        .init(name: "Tonbridge Council", panels: ["Platt PACT"], open: 1, overdue: 1),
      ])
  }

  // MARK: Finding panels

  private func makePanel(_ folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("{}\n".utf8).write(to: folder.appendingPathComponent("panel.json"))
  }

  @Test func findsPanelsInNestedFoldersButNotInsidePanelsOrHiddenFolders() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let root = temporary.url.appendingPathComponent("kent")
    try makePanel(root.appendingPathComponent("tonbridge/borough-green"))
    try makePanel(root.appendingPathComponent("tonbridge/malling/west-malling"))
    try makePanel(root.appendingPathComponent("medway"))
    // Inside a panel's folder: never searched.
    try makePanel(root.appendingPathComponent("medway/actions/copy"))
    try makePanel(root.appendingPathComponent("medway/.pact/copy"))
    try makePanel(root.appendingPathComponent("medway/old-panel"))
    // Hidden folders are skipped.
    try makePanel(root.appendingPathComponent(".trash/old"))
    try makePanel(root.appendingPathComponent("tonbridge/.git/panel"))
    // A file is not a folder.
    try Data().write(to: root.appendingPathComponent("notes.txt"))

    let found = try PanelFinder.find(["kent/"], in: temporary.url)
    #expect(
      found.map(\.display) == [
        "kent/medway", "kent/tonbridge/borough-green", "kent/tonbridge/malling/west-malling",
      ])
    #expect(found.first?.url.path == root.appendingPathComponent("medway").path)
  }

  @Test func aFolderGivenThatIsAPanelCountsOnce() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    try makePanel(temporary.url.appendingPathComponent("platt"))
    try makePanel(temporary.url.appendingPathComponent(".hidden-but-named"))
    let found = try PanelFinder.find(["platt", ".", ".hidden-but-named"], in: temporary.url)
    #expect(found.map(\.display) == [".hidden-but-named", "platt"])
  }

  @Test func aPathThatIsNotAFolderIsAnError() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    #expect(throws: BoroughReportError.notAFolder(path: "nowhere")) {
      try PanelFinder.find(["nowhere"], in: temporary.url)
    }
    #expect(try PanelFinder.find(["."], in: temporary.url).isEmpty)
  }

  @Test func aPanelThatFailsToLoadIsReportedWithItsFileAndField() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let folder = temporary.url.appendingPathComponent("bad")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("{\"schema\": 1, \"name\": []}\n".utf8).write(
      to: folder.appendingPathComponent("panel.json"))
    let report = BoroughReport(
      loading: [PanelFinder.Found(url: folder, display: "bad")], asOf: Self.today)
    #expect(report.panels.isEmpty)
    #expect(report.failures.first?.path == "bad")
    #expect(report.failures.first?.problems.first?.file == "bad/panel.json")
    #expect(report.failures.first?.problems.first?.field == "name")
    #expect(
      report.markdown.contains("## Panels that could not be read\n\n- bad/panel.json: name: "))
  }
}
