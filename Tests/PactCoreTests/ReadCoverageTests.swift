import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Every rule holds however much of a panel was read: on records read without the done and
/// dropped actions, a change either does exactly what it does on the whole panel, or
/// throws `IncompleteRead` (and `PanelService` runs it again on the whole panel).
@Suite struct ReadCoverageTests {
  /// A rule applied to records, with what it returned or threw, as text to compare.
  struct Rule: CustomTestStringConvertible, Sendable {
    let name: String
    let apply: @Sendable (inout PanelRecords) throws -> String
    var testDescription: String { name }

    init(_ name: String, _ apply: @escaping @Sendable (inout PanelRecords) throws -> String) {
      self.name = name
      self.apply = apply
    }
  }

  static let today = Day(year: 2024, month: 6, day: 1) ?? .last

  static func describe(_ value: Any) -> String { String(describing: value) }

  static let rules: [Rule] = [
    Rule("remove an agency only a done action names") { describe(try $0.removeAgency("fire")) },
    Rule("remove an agency only a dropped action names") {
      describe(try $0.removeAgency("platt-parish"))
    },
    Rule("remove an agency no action names") { describe(try $0.removeAgency("probation")) },
    Rule("remove an agency an open action names") { describe(try $0.removeAgency("school")) },
    Rule("update an open action by id prefix") {
      describe(try $0.updateAction("A9Z9", ActionChange(note: "Three sessions"), on: today))
    },
    Rule("update an open action by title") {
      describe(try $0.updateAction("Lockable height", ActionChange(note: "Quote"), on: today))
    },
    Rule("reopen a done action by id prefix") {
      var change = ActionChange(note: "Lights out again")
      change.status = .open
      return describe(try $0.updateAction("AHAJ", change, on: today))
    },
    Rule("update a done action by title") {
      describe(try $0.updateAction("Evening patrols", ActionChange(note: "More"), on: today))
    },
    Rule("complete an open action") {
      describe(try $0.completeAction("AEN3", outcome: "Six volunteers", difference: nil, on: today))
    },
    Rule("complete a done action") {
      describe(try $0.completeAction("AMQH", outcome: "Again", difference: nil, on: today))
    },
    Rule("name an action no one has") {
      describe(try $0.updateAction("AZZZ", ActionChange(note: "x"), on: today))
    },
    Rule("add an action whose first id drawn is a done action's") {
      // Both reads must agree on the id: the ids of unread actions are known.
      var generator = SplitMix64(seed: 3)
      return describe(
        try $0.addAction(
          ActionDraft(title: "Litter pick", lead: "council"), today: today, using: &generator))
    },
    Rule("add a member") {
      var generator = SplitMix64(seed: 4)
      return describe(
        try $0.addMember(MemberDraft(name: "Jo Smith"), on: today, using: &generator))
    },
    Rule("remove a member") { describe(try $0.removeMember("Aisha Khan", on: today)) },
    Rule("add an agency") { describe(try $0.addAgency(AgencyDraft(name: "Clarion Housing"))) },
    Rule("rename an agency") {
      var changes = AgencyChanges()
      changes.name = "Kent Fire and Rescue"
      return describe(try $0.setAgency("fire", changes))
    },
    Rule("add a meeting") {
      describe(try $0.addMeeting(on: today, MeetingDetails(), scheduled: false, today: today))
    },
    Rule("cancel a meeting") { describe(try $0.cancelMeeting("2024-07-09")) },
    Rule("raise an issue") {
      var generator = SplitMix64(seed: 5)
      return describe(
        try $0.raiseIssue(
          "Dog fouling on footpaths", category: nil, on: today, source: nil, using: &generator))
    },
    Rule("close an issue") { describe(try $0.closeIssue("Drug dealing", on: today)) },
    Rule("close a priority") {
      describe(try $0.closePriority("2", outcome: "Fewer dumps", achieved: true, on: today))
    },
    Rule("rank a priority") { describe(try $0.rankPriority("3", to: 1)) },
    Rule("set the panel") {
      var changes = PanelChanges()
      changes.venue = "Platt Memorial Hall"
      try $0.apply(changes)
      return JSONWriter.prettyString($0.panel.json)
    },
    Rule("correct a member") {
      var changes = MemberChanges()
      changes.email = "graham@example.org"
      changes.isPublic = false
      return describe(try $0.setMember("Graham Fuller", changes))
    },
    Rule("a former member rejoins") {
      _ = try $0.removeMember("Cllr Derek Young", on: today)
      var generator = SplitMix64(seed: 7)
      return describe(
        try $0.addMember(MemberDraft(name: "Cllr Derek Young"), on: today, using: &generator))
    },
    Rule("correct an open action") {
      var corrections = ActionCorrections()
      corrections.lead = "council"
      corrections.priority = ""
      return JSONWriter.prettyString(
        try $0.correctAction("A6QW", corrections, on: today).action.json)
    },
    Rule("correct a done action by title") {
      var corrections = ActionCorrections()
      corrections.title = "Evening patrols at the rec"
      return JSONWriter.prettyString(
        try $0.correctAction("Evening patrols", corrections, on: today).action.json)
    },
    Rule("move a meeting done actions name") {
      var details = MeetingDetails()
      details.date = Day(year: 2023, month: 11, day: 15)
      return describe(try $0.updateMeeting("2023-11-14", details, today: today))
    },
    Rule("re-kind a meeting") {
      var details = MeetingDetails()
      details.kind = .surgery
      return describe(try $0.updateMeeting("2023-10-07", details, today: today))
    },
    Rule("remove a meeting nothing names") { describe(try $0.removeMeeting("2024-02-17")) },
    Rule("remove a meeting only done actions and history name") {
      describe(try $0.removeMeeting("2023-09-12"))
    },
    Rule("correct an issue") {
      var changes = IssueChanges()
      changes.title = "Dog fouling on the Platt footpaths"
      return describe(try $0.setIssue("IZ5R", changes))
    },
    Rule("merge an issue into a promoted one") {
      describe(try $0.mergeIssue("Street lights", into: "Parking at school"))
    },
    Rule("correct a priority") {
      var changes = PriorityChanges()
      changes.category = "fly tipping"
      return describe(try $0.setPriority("2", changes))
    },
    Rule("import an action log") {
      let sheet = try ActionSpreadsheet(
        text: "Action,Lead\nLitter pick,council\n", file: "log.csv")
      var generator = SplitMix64(seed: 6)
      return describe(
        try $0.importActions(sheet, options: ImportOptions(), today: today, using: &generator))
    },
  ]

  static func reads() throws -> (partial: PanelRecords, whole: PanelRecords) {
    let root = TemporaryDirectory.packageRoot.appendingPathComponent(
      "Fixtures/borough-green-wrotham-platt")
    let reader = PanelReader(folder: PanelFolder(root: root, display: "."))
    let open = try reader.read(.openActions)
    let partial = PanelRecords(
      open, closed: .unread(ids: open.unreadIDs, counts: open.unreadCounts))
    return (partial, PanelRecords(try reader.read(.everything), closed: .read))
  }

  static func outcome(_ rule: Rule, on records: inout PanelRecords) -> String {
    do {
      return try rule.apply(&records)
    } catch {
      return "threw \(error)"
    }
  }

  @Test(arguments: rules)
  func aRuleDoesOnPartOfThePanelWhatItDoesOnTheWhole(rule: Rule) throws {
    var (partial, whole) = try Self.reads()
    let expected = Self.outcome(rule, on: &whole)
    let found = Self.outcome(rule, on: &partial)
    if found == "threw \(IncompleteRead())" { return }
    #expect(found == expected)
    // What the partial read holds was changed exactly as the whole panel was.
    let partialFiles = RecordFiles.of(partial)
    let wholeFiles = RecordFiles.of(whole)
    for (path, json) in partialFiles { #expect(wholeFiles[path] == json, "\(path)") }
    let unread = Set(wholeFiles.keys).subtracting(partialFiles.keys)
    #expect(unread.allSatisfy { $0.hasPrefix("actions/done/") || $0.hasPrefix("actions/dropped/") })
    #expect(partial.actionIDs == whole.actionIDs)
  }

  @Test func removingAnAgencyThatOnlyHistoryNamesNeedsTheWholePanel() throws {
    var (partial, whole) = try Self.reads()
    #expect(throws: IncompleteRead()) { try partial.removeAgency("fire") }
    #expect(throws: PanelError.agencyInUse(id: "fire", members: [], actions: 1)) {
      try whole.removeAgency("fire")
    }
  }

  @Test func removingAMeetingThatDoneActionsNameNeedsTheWholePanel() throws {
    var (partial, whole) = try Self.reads()
    #expect(throws: IncompleteRead()) { try partial.removeMeeting("2023-09-12") }
    #expect(
      throws: PanelError.meetingInUse(id: "2023-09-12", actions: 2, priorities: 1, issues: 5)
    ) {
      try whole.removeMeeting("2023-09-12")
    }
  }

  @Test func theServiceReadsMoreWhenARuleNeedsIt() throws {
    let temporary = try TemporaryDirectory.copyFixture("borough-green-wrotham-platt")
    defer { temporary.remove() }
    let panel = PanelService(
      at: temporary.url.appendingPathComponent("borough-green-wrotham-platt"),
      clock: .fixed(Self.today))
    #expect(throws: PanelError.agencyInUse(id: "fire", members: [], actions: 1)) {
      try panel.removeAgency("fire")
    }
    var change = ActionChange(note: "Lights out again")
    change.status = .open
    let reopened = try panel.updateAction("AHAJ", change)
    #expect(reopened.id == "AHAJ6WE")
    #expect(reopened.status == .open)
    #expect(try panel.actions(ActionQuery()).json.arrayValue?.count == 8)
  }
}
