import Foundation
import Testing

@testable import PactCore

/// The one selection of what the public may see.
@Suite struct PublicRecordTests {
  private func records() -> PanelRecords {
    var quiet = Member(id: "M1", name: "Quiet", email: "quiet@example.org", phone: "01 2")
    quiet.isPublic = false
    let open = Member(id: "M2", name: "Open", email: "open@example.org", isPublic: true)
    var gone = Member(id: "M3", name: "Gone", email: "gone@example.org", isPublic: true)
    gone.leftOn = Day("2024-01-01")
    var action = Action(id: "A1", title: "Do", lead: "police", agreedOn: Day.first)
    action.updates = [ActionUpdate(on: Day.first, note: "said")]
    return PanelRecords(
      panel: Panel(name: "P"), members: [quiet, open, gone], agencies: [], meetings: [],
      issues: [], priorities: [], actions: [action])
  }

  @Test func keepsContactDetailsOnlyOfCurrentMembersWhoAskedForThem() {
    let record = PublicRecord(records())
    #expect(record.records.members.map(\.email) == [nil, "open@example.org", nil])
    #expect(record.records.members.map(\.phone) == [nil, nil, nil])
    #expect(record.contacts.map(\.name) == ["Open"])
  }

  @Test func keepsEveryPublishableNote() {
    let record = PublicRecord(records())
    #expect(record.records.actions.first?.updates.map(\.note) == ["said"])
  }
}
