import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// `PanelTimeline`: every meeting's newsletter and minutes made from its snapshots are those
/// made from the whole panel as of the day (`PanelRecords.asOf`).
@Suite struct PanelTimelineTests {
  static let fixtures = ["borough-green-wrotham-platt", "medway-gillingham-north", "chorley-east"]

  private func records(_ fixture: String) throws -> PanelRecords {
    try PanelService(
      at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(fixture)")
    )
    .records()
  }

  /// `records` with actions whose history a snapshot could get wrong: one done and then
  /// reopened, one with news after it was done, one dropped with no day, one done long ago.
  private func tricky(_ records: PanelRecords) throws -> PanelRecords {
    var records = records
    let lead = try #require(records.agencies.first).id
    let held = records.meetingsByDate.filter { $0.status == .held }
    let first = try #require(held.first).date
    let middle = held[held.count / 2].date
    var reopened = Action(
      id: "AREOPEN", title: "Reopened lighting repair", lead: lead, agreedOn: first)
    var done = ActionUpdate(on: first.adding(days: 3))
    done.status = .done
    var again = ActionUpdate(on: middle.adding(days: 1))
    again.status = .open
    again.note = "Lights out again"
    reopened.updates = [done, again]
    var late = Action(id: "ALATE", title: "Bins collected", lead: lead, agreedOn: first)
    late.status = .done
    late.completedOn = first.adding(days: 10)
    var closing = ActionUpdate(on: first.adding(days: 10))
    closing.status = .done
    var after = ActionUpdate(on: middle.adding(days: 2))
    after.note = "Still fine a while later"
    late.updates = [closing, after]
    var dropped = Action(id: "ADROP", title: "Leaflet drop", lead: lead, agreedOn: first)
    dropped.status = .dropped
    var drop = ActionUpdate(on: middle)
    drop.status = .dropped
    dropped.updates = [drop]
    var old = Action(id: "AOLD", title: "Old graffiti removed", lead: lead, agreedOn: first)
    old.status = .done
    old.completedOn = first
    records.actions += [reopened, late, dropped, old]
    return records
  }

  @Test(arguments: fixtures)
  func documentsFromSnapshotsAreThoseOfTheWholePanel(fixture: String) throws {
    for records in [try records(fixture), try tricky(records(fixture))] {
      let record = PublicRecord(records)
      let published = record.records
      for today in [Day("2024-06-01"), Day("2025-12-31")].compactMap({ $0 }) {
        let held = published.meetingsByDate.filter { $0.status == .held && $0.date <= today }
        var timeline = PanelTimeline(
          published,
          requests: held.flatMap {
            [
              NewsletterDocument.request(published, meeting: $0, today: today),
              MinutesDocument.request($0),
            ]
          })
        for meeting in held {
          let taken = [timeline.next(), timeline.next()]
          let forNewsletter = try #require(taken[0])
          let forMinutes = try #require(taken[1])
          let whole = NewsletterDocument(record, meeting: meeting, today: today).markdown
          let fast = NewsletterDocument(record, meeting: meeting, today: today) { _ in
            forNewsletter
          }.markdown
          #expect(fast == whole, "\(fixture) \(meeting.id) newsletter as of \(today)")
          let minutes = MinutesDocument(published, meeting: meeting).markdown
          let fastMinutes = MinutesDocument(published, meeting: meeting, snapshot: forMinutes)
            .markdown
          #expect(fastMinutes == minutes, "\(fixture) \(meeting.id) minutes")
          // The snapshots leave out what is long settled.
          #expect(forNewsletter.actions.count <= published.asOf(meeting.date).actions.count + 4)
        }
        let after = timeline.next()
        #expect(after == nil)
        #expect(held.count > 0 || fixture == "chorley-east")
      }
    }
  }

  @Test func aSnapshotLeavesOutWorkSettledBeforeItsSince() throws {
    let records = try tricky(records("borough-green-wrotham-platt"))
    let last = try #require(records.meetingsByDate.last { $0.status == .held })
    var timeline = PanelTimeline(
      records, requests: [PanelTimeline.Request(day: last.date, since: last.date)])
    let taken = timeline.next()
    let snapshot = try #require(taken)
    let ids = Set(snapshot.actions.map(\.id))
    #expect(!ids.contains("AOLD") && !ids.contains("ALATE") && !ids.contains("ADROP"))
    #expect(ids.contains("AREOPEN"))
    #expect(
      ids
        == Set(records.asOf(last.date).actions.filter { $0.isOpen }.map(\.id)).union(
          snapshot.actions.filter { !$0.isOpen }.map(\.id)))
  }
}
