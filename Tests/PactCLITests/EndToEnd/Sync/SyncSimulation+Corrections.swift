import Foundation
import PactCore
import PactTestSupport

/// The corrections a clone makes: `member set`, `action set`, `meeting update --date`,
/// `meeting remove`, `issue set`, `issue merge` and `priority set`. Many are refused (a
/// meeting still named by records, a held meeting moved into the future), as they would be
/// for a secretary; the ones pact takes are what the other clones must merge with.
extension SyncSimulation {
  func correct(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    switch number(0...6) {
    case 0: try setMember(records, panelName, clone)
    case 1: try setAction(records, panelName, clone)
    case 2:
      guard let meeting = pick(records.meetings.sorted { $0.id < $1.id }) else { return }
      let date = meeting.date.adding(days: chance(50) ? number(1...3) : -number(1...3))
      try pact(
        ["meeting", "update", meeting.id, "--date", date.description], panel: panelName,
        clone: clone)
    case 3:
      guard let meeting = pick(records.meetings.map(\.id).sorted()) else { return }
      try pact(["meeting", "remove", meeting], panel: panelName, clone: clone)
    case 4:
      guard let issue = pick(records.issues.map(\.id).sorted()) else { return }
      let change =
        chance(50)
        ? ["--title", pick(Self.issueTitles) ?? "Cold calling"]
        : ["--category", pick(Self.categories) ?? "asb"]
      try pact(["issue", "set", issue] + change, panel: panelName, clone: clone)
    case 5:
      let issues = records.issues.map(\.id).sorted()
      guard let issue = pick(issues), let into = pick(issues.filter { $0 != issue }) else {
        return
      }
      try pact(["issue", "merge", issue, into], panel: panelName, clone: clone)
    default:
      guard let priority = pick(records.priorities.map(\.id).sorted()) else { return }
      let change =
        chance(50)
        ? ["--title", unique("Priority", clone: clone)]
        : ["--category", pick(Self.categories) ?? "asb"]
      try pact(["priority", "set", priority] + change, panel: panelName, clone: clone)
    }
  }

  private func setMember(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    guard let member = pick(records.currentMembers.map(\.id).sorted()) else { return }
    let changes: [[String]] = [
      ["--email", "member\(number(1...999))@example.org"],
      ["--phone", "01732 \(number(100_000...999_999))"],
      [chance(50) ? "--public" : "--private"],
      [chance(50) ? "--councillor" : "--not-councillor"],
      ["--role", pick(Self.roles) ?? "treasurer"],
      ["--org", pick(records.agencies.map(\.id).sorted()) ?? ""],
    ]
    try pact(
      ["member", "set", member] + (pick(changes) ?? ["--public"]), panel: panelName, clone: clone)
  }

  private func setAction(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    guard let action = pick(records.actions.map(\.id).sorted()) else { return }
    let change: [String]
    switch number(0...3) {
    case 0: change = ["--title", unique("Action", clone: clone)]
    case 1: change = ["--lead", pick(records.agencies.map(\.id).sorted()) ?? "police"]
    case 2: change = ["--priority", pick(records.activePriorities.map(\.id).sorted()) ?? ""]
    default:
      let held = records.meetings.filter { $0.status == .held }.map(\.id).sorted()
      guard let meeting = pick(held) else { return }
      change = ["--agreed-at", meeting]
    }
    try pact(["action", "set", action] + change, panel: panelName, clone: clone)
  }
}
