import Testing

@testable import PactCore

/// `pact action show --json`: everything the log gives for an action, and its history.
@Suite struct ActionDetailTests {
  private static func day(_ text: String) -> Day {
    Day(text) ?? .first
  }

  @Test func anOpenActionUnderAPriority() {
    var action = Action(
      id: "AZ9F6H5", title: "Speed survey", lead: "highways", agreedOn: Self.day("2024-01-16"))
    action.agreedAt = "2024-01-16"
    action.priority = "PPBME4G"
    action.owner = "Owen Pritchard"
    action.due = Self.day("2024-04-30")
    action.status = .blocked
    var blocked = ActionUpdate(on: Self.day("2024-02-20"), note: "Waiting for funds")
    blocked.status = .blocked
    var moved = ActionUpdate(on: Self.day("2024-03-12"))
    moved.due = Self.day("2024-04-30")
    moved.owner = "Owen Pritchard"
    action.updates = [blocked, moved]
    var snapshot = PanelRecords(
      panel: Panel(name: "Platt PACT"), agencies: [Agency(id: "highways", name: "KCC Highways")])
    snapshot.priorities = [
      Priority(id: "PPBME4G", title: "Speeding on the A25", setOn: Self.day("2024-01-16"), rank: 1)
    ]
    snapshot.actions = [action]
    #expect(
      JSONWriter.prettyString(ActionDetail(snapshot, action: action).json) == """
        {
          "agreedAt": "2024-01-16",
          "agreedOn": "2024-01-16",
          "completedOn": null,
          "difference": null,
          "due": "2024-04-30",
          "id": "AZ9F6H5",
          "lead": "highways",
          "leadName": "KCC Highways",
          "outcome": null,
          "owner": "Owen Pritchard",
          "priority": "PPBME4G",
          "priorityTitle": "Speeding on the A25",
          "progress": "Waiting for funds",
          "progressOn": "2024-02-20",
          "represented": false,
          "status": "blocked",
          "title": "Speed survey",
          "updates": [
            {
              "corrected": [],
              "due": null,
              "internal": false,
              "note": "Waiting for funds",
              "on": "2024-02-20",
              "owner": null,
              "status": "blocked"
            },
            {
              "corrected": [],
              "due": "2024-04-30",
              "internal": false,
              "note": null,
              "on": "2024-03-12",
              "owner": "Owen Pritchard",
              "status": null
            }
          ]
        }

        """)
  }

  /// A done action shows its outcome as its progress; a priority the panel does not have
  /// is named as the imported log named it, and an unknown lead by its id.
  @Test func aDoneActionFromAnImportedLog() {
    var action = Action(
      id: "A6EXPDC", title: "Litter pick", lead: "parish", agreedOn: Self.day("2024-01-16"))
    action.priority = "PZZZZZZ"
    action.priorityText = "Litter (P3)"
    action.status = .done
    action.outcome = "Two pick-ups held"
    action.difference = "The rec is clear"
    action.completedOn = Self.day("2024-03-01")
    let member = Member(
      id: "MVER5XH", name: "Jo Smith", agency: "parish", joinedOn: Self.day("2024-01-01"))
    var snapshot = PanelRecords(panel: Panel(name: "Platt PACT"), members: [member])
    snapshot.actions = [action]
    #expect(
      JSONWriter.prettyString(ActionDetail(snapshot, action: action).json) == """
        {
          "agreedAt": null,
          "agreedOn": "2024-01-16",
          "completedOn": "2024-03-01",
          "difference": "The rec is clear",
          "due": null,
          "id": "A6EXPDC",
          "lead": "parish",
          "leadName": "parish",
          "outcome": "Two pick-ups held",
          "owner": null,
          "priority": "PZZZZZZ",
          "priorityTitle": "Litter (P3)",
          "progress": "Two pick-ups held",
          "progressOn": "2024-03-01",
          "represented": true,
          "status": "done",
          "title": "Litter pick",
          "updates": []
        }

        """)
  }
}
