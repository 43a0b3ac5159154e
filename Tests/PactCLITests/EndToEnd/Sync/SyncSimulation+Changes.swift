import Foundation
import PactCore
import PactTestSupport

/// The random changes a clone makes: every pact command that writes.
extension SyncSimulation {
  static let issueTitles = [
    "Speeding on the A25", "Dog fouling on the footpaths", "Parking at school times",
    "Fly-tipping in Mill Lane", "Street lights out on Western Road", "Youths gathering at the rec",
    "Drug dealing near the station", "Graffiti on the bus shelter", "Noise from the pub",
    "Potholes on Long Mill Lane", "Cold calling", "Shed burglaries",
  ]
  static let categories = ["speeding", "asb", "parking", "environment", "drugs", "burglary"]
  static let roles = ["minute taker", "beat manager", "treasurer", "youth rep"]

  /// One random change to `panelName` in `clone`.
  func change(_ panelName: String, clone: Int) throws {
    let records = try records(panelName, in: clone)
    let roll = number(0...99)
    switch roll {
    case 0..<22: try note(records, panelName, clone)
    case 22..<30: try addAction(records, panelName, clone)
    case 30..<36: try updateAction(records, panelName, clone)
    case 36..<40: try doneOrDropped(records, panelName, clone)
    case 40..<46: try issue(records, panelName, clone)
    case 46..<54: try priority(records, panelName, clone)
    case 54..<64: try meeting(records, panelName, clone)
    case 64..<72: try member(records, panelName, clone)
    case 72..<82: try agency(records, panelName, clone)
    case 82..<92: try correct(records, panelName, clone)
    default: try panelSettings(records, panelName, clone)
    }
  }

  private func openActions(_ records: PanelRecords) -> [String] {
    records.actions.filter(\.isOpen).map(\.id).sorted()
  }

  func note(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    guard let action = pick(openActions(records)) else { return }
    try typeNote(on: action, extra: [], panelName, clone)
  }

  /// `action update A --note TEXT`, one in ten `--internal`, remembering the note when pact
  /// takes it.
  func typeNote(on action: String, extra: [String], _ panelName: String, _ clone: Int) throws {
    let text = unique("note", clone: clone)
    let internalNote = chance(10) ? ["--internal"] : []
    let result = try pact(
      ["action", "update", action, "--note", text] + internalNote + extra, panel: panelName,
      clone: clone)
    if result.status == 0 { notes[panelName, default: []].insert(text) }
  }

  private func addAction(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    guard let lead = pick(records.agencies.map(\.id).sorted()) else { return }
    var arguments = ["action", "add", unique("Action", clone: clone), "--lead", lead]
    if chance(50), let priority = pick(records.activePriorities.map(\.id).sorted()) {
      arguments += ["--priority", priority]
    }
    if chance(50) { arguments += ["--owner", unique("Owner", clone: clone)] }
    if chance(60) { arguments += ["--due", day.adding(days: number(-5...60)).description] }
    let result = try pact(arguments, panel: panelName, clone: clone)
    if result.status == 0, let id = result.stdout.split(separator: " ").dropFirst(2).first {
      added[panelName, default: []].insert(String(id.dropLast()))
    }
  }

  private func updateAction(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    if chance(8), let closed = pick(records.actions.filter { !$0.isOpen }.map(\.id).sorted()) {
      try typeNote(on: closed, extra: ["--status", "open"], panelName, clone)
      return
    }
    guard let action = pick(openActions(records)) else { return }
    switch number(0...2) {
    case 0:
      let status = pick(["in-progress", "blocked", "open"]) ?? "open"
      try typeNote(on: action, extra: ["--status", status], panelName, clone)
    case 1:
      try pact(
        ["action", "update", action, "--due", day.adding(days: number(1...40)).description],
        panel: panelName, clone: clone)
    default:
      try pact(
        ["action", "update", action, "--owner", unique("Owner", clone: clone)], panel: panelName,
        clone: clone)
    }
  }

  private func doneOrDropped(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    guard let action = pick(openActions(records)) else { return }
    if chance(60) {
      var arguments = ["action", "done", action, "--outcome", unique("Outcome", clone: clone)]
      if chance(50) { arguments += ["--difference", unique("Difference", clone: clone)] }
      try pact(arguments, panel: panelName, clone: clone)
    } else {
      try typeNote(on: action, extra: ["--status", "dropped"], panelName, clone)
    }
  }

  private func issue(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let open = records.issues.filter { $0.status == .open }.map(\.id).sorted()
    if chance(25), let issue = pick(open) {
      try pact(["issue", "close", issue], panel: panelName, clone: clone)
      return
    }
    var arguments = ["issue", "add", pick(Self.issueTitles) ?? "Cold calling"]
    if chance(50) { arguments += ["--category", pick(Self.categories) ?? "asb"] }
    try pact(arguments, panel: panelName, clone: clone)
  }

  func priority(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let active = records.activePriorities.map(\.id).sorted()
    switch number(0...3) {
    case 0 where !active.isEmpty:
      try closePriority(active, panelName, clone)
    case 1 where !active.isEmpty:
      guard let priority = pick(active) else { return }
      try pact(
        ["priority", "rank", priority, String(number(1...3))], panel: panelName, clone: clone)
    default:
      try promote(records, panelName, clone)
    }
  }

  func closePriority(_ active: [String], _ panelName: String, _ clone: Int) throws {
    guard let priority = pick(active) else { return }
    try pact(
      [
        "priority", "close", priority, "--outcome", unique("Outcome", clone: clone),
        chance(50) ? "--achieved" : "--not-achieved",
      ], panel: panelName, clone: clone)
  }

  func promote(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let waiting = records.issues.filter { $0.status == .open }.map(\.id).sorted()
    if chance(70), let issue = pick(waiting) {
      try pact(["priority", "add", "--from-issue", issue], panel: panelName, clone: clone)
    } else {
      try pact(
        [
          "priority", "add", unique("Priority", clone: clone), "--category",
          pick(Self.categories) ?? "asb",
        ],
        panel: panelName, clone: clone)
    }
  }

  private func meeting(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let members = records.currentMembers.map(\.name).sorted()
    let meetings = records.meetings.map(\.id).sorted()
    switch number(0...3) {
    case 0:
      var arguments = ["meeting", "add", day.description]
      let chosen = members.filter { _ in chance(40) }
      let apologies = members.filter { !chosen.contains($0) && chance(15) }
      arguments +=
        chosen.flatMap { ["--present", $0] } + apologies.flatMap { ["--apologies", $0] }
      arguments += ["--public", String(number(0...40))]
      try pact(arguments, panel: panelName, clone: clone)
    case 1:
      try pact(
        ["meeting", "add", day.adding(days: number(5...40)).description, "--scheduled"],
        panel: panelName, clone: clone)
    case 2:
      guard let meeting = pick(meetings) else { return }
      var arguments = ["meeting", "update", meeting]
      if chance(50) { arguments += ["--notes", unique("Minutes", clone: clone)] }
      let held = records.meetings.contains { $0.id == meeting && $0.status == .held }
      if held, chance(50) { arguments += ["--public", String(number(0...40))] }
      if held, chance(40), let present = pick(members) { arguments += ["--present", present] }
      if arguments.count == 3 { arguments += ["--venue", unique("Venue", clone: clone)] }
      try pact(arguments, panel: panelName, clone: clone)
    default:
      let scheduled = records.meetings.filter { $0.status == .scheduled }.map(\.id).sorted()
      guard let meeting = pick(scheduled) else { return }
      try pact(["meeting", "cancel", meeting], panel: panelName, clone: clone)
    }
  }

  private func member(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    if chance(25), let member = pick(records.currentMembers.map(\.name).sorted()) {
      try pact(["member", "remove", member], panel: panelName, clone: clone)
      return
    }
    var arguments = ["member", "add", unique("Member", clone: clone)]
    if chance(40), let agency = pick(records.agencies.map(\.id).sorted()) {
      arguments += ["--org", agency]
    }
    if chance(40) { arguments += ["--role", pick(Self.roles) ?? "treasurer"] }
    try pact(arguments, panel: panelName, clone: clone)
  }

  private func agency(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let agencies = records.agencies.map(\.id).sorted()
    switch number(0...3) {
    case 0:
      // A few shared ids, so that two clones add the same agency.
      let number = self.number(1...6)
      try pact(
        [
          "agency", "add", "Trust \(number)", "--id", "trust-\(number)", "--handles",
          pick(Self.categories) ?? "asb",
        ], panel: panelName, clone: clone)
    case 1:
      guard let agency = pick(agencies) else { return }
      try pact(["agency", "remove", agency], panel: panelName, clone: clone)
    default:
      guard let agency = pick(agencies) else { return }
      let change =
        chance(50)
        ? ["--contact", unique("contact", clone: clone)]
        : [
          "--handles", pick(Self.categories) ?? "asb", "--handles",
          pick(Self.categories) ?? "drugs",
        ]
      try pact(["agency", "set", agency] + change, panel: panelName, clone: clone)
    }
  }

  private func panelSettings(_ records: PanelRecords, _ panelName: String, _ clone: Int) throws {
    let members = records.currentMembers.map(\.name).sorted()
    switch number(0...3) {
    case 0:
      guard let chair = pick(members) else { return }
      try pact(["panel", "set", "--chair", chair], panel: panelName, clone: clone)
    case 1:
      guard let secretary = pick(members) else { return }
      try pact(["panel", "set", "--secretary", secretary], panel: panelName, clone: clone)
    case 2:
      try pact(
        [
          "panel", "set", "--venue", unique("Hall", clone: clone), "--cadence-weeks",
          String(number(4...12)),
        ],
        panel: panelName, clone: clone)
    default:
      let criterion = pick(["need", "area", "support", "councillors", "secretariat"]) ?? "need"
      try pact(
        [
          "panel", "criterion", criterion, chance(70) ? "--met" : "--unmet", "--note",
          unique("Evidence", clone: clone),
        ], panel: panelName, clone: clone)
    }
  }
}
