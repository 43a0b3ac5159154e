import Testing

@testable import PactCore

/// A view says what to do next only in the front end's words: PactCore's own text names no
/// command or flag, so a web page or a script can show it as it is.
@Suite struct ViewWordingTests {
  static let today = Day(year: 2024, month: 6, day: 1) ?? .last

  static func views(_ records: PanelRecords) -> [any Presentable] {
    [
      PanelSummary(records), MemberListing(records), AgencyListing(records),
      MeetingListing(records), IssueListing(records), PriorityListing(records, today: today),
      ActionLog(records), ActionListing(records, filter: ActionFilter()),
    ]
  }

  @Test func emptyListingsNameNoCommandUnlessAsked() {
    let records = PanelRecords(panel: Panel(name: "Platt PACT"))
    for view in Self.views(records) {
      let text = view.text(width: 80)
      #expect(!text.contains("pact "), "\(type(of: view)): \(text)")
      #expect(!text.contains("--"), "\(type(of: view)): \(text)")
    }
  }

  @Test func eachListingAsksForItsOwnNextStep() {
    let records = PanelRecords(panel: Panel(name: "Platt PACT"))
    var asked: [NextStep] = []
    for view in Self.views(records) {
      let before = asked.count
      let text = view.text(width: 80) { step in
        asked.append(step)
        return "DO-\(step)"
      }
      for step in asked[before...] { #expect(text.contains("DO-\(step)"), "\(text)") }
    }
    #expect(
      asked == [
        .setCriterion, .addMember, .addAgency, .addMeeting, .raiseIssue, .addPriority,
        .addAction,
      ])
  }
}
