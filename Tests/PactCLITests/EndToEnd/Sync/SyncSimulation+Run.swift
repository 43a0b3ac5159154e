import Foundation
import PactCore
import PactTestSupport

/// Setting up the repository, the run itself, and the final syncs until every clone is
/// quiet.
extension SyncSimulation {
  static let clones = 4

  /// The bare repository, the first clone with two panels pushed, and the other clones.
  func setUp() throws {
    try git(["init", "-q", "--bare", "-b", "main", origin.path], in: folder.url)
    try git(["clone", "-q", origin.path, clone(0).path], in: folder.url)
    for (index, name) in Self.panels.enumerated() {
      try expectSuccess(
        PactBinary.run(
          [
            "init", panel(name, in: 0).path, "--name",
            index == 0 ? "Borough Green PACT" : "Wrotham PACT",
          ],
          environment: environment(for: 0)))
      for member in ["Margaret Ellis", "Sam Okafor", "PC Rachel Dunn", "Cllr Peter Hale"] {
        try pact(["member", "add", member], panel: name, clone: 0)
      }
      try pact(
        ["panel", "set", "--chair", "Margaret Ellis", "--secretary", "Sam Okafor"], panel: name,
        clone: 0)
      try pact(
        [
          "meeting", "add", day.description, "--present", "Margaret Ellis", "--present",
          "Sam Okafor",
        ],
        panel: name, clone: 0)
      for title in Self.issueTitles.prefix(5) {
        try pact(["issue", "add", title], panel: name, clone: 0)
      }
      let issues = try records(name, in: 0).issues.map(\.id).sorted()
      for issue in issues.prefix(2) {
        try pact(["priority", "add", "--from-issue", issue], panel: name, clone: 0)
      }
      for (number, lead) in ["police", "council", "highways", "youth", "fire", "watch"].enumerated()
      {
        try pact(
          ["action", "add", "Starting action \(number + 1)", "--lead", lead], panel: name, clone: 0)
      }
    }
    for name in Self.panels { try sync(name, clone: 0) }
    for index in 1..<Self.clones {
      try git(["clone", "-q", origin.path, clone(index).path], in: folder.url, clone: index)
      try sync(Self.panels[0], clone: index)
    }
  }

  private func expectSuccess(_ result: ProcessResult) throws {
    guard result.status == 0 else { throw failure("setting up: \(result.stderr)") }
  }

  /// Each clone makes about `steps` changes, syncing now and then.
  func run(steps: Int) throws {
    try setUp()
    for step in 0..<(steps * Self.clones) {
      if chance(12) { day = day.adding(days: 1) }
      let clone = number(0...(Self.clones - 1))
      if step % 37 == 36 {
        try contendDoneAndDropped()
        continue
      }
      if step % 53 == 52 {
        try contendPriorities()
        continue
      }
      let roll = number(0...99)
      if roll < 7 {
        if chance(25) {
          try syncTogether(clone, (clone + number(1...(Self.clones - 1))) % Self.clones)
        } else {
          try sync(Self.panels[0], clone: clone)
        }
      } else if roll < 11 {
        // git merges the branch as a whole: the other panel's changes are committed first.
        try sync(Self.panels[0], clone: clone)
        try change(Self.panels[1], clone: clone)
        try sync(Self.panels[1], clone: clone)
      } else {
        try change(Self.panels[0], clone: clone)
      }
    }
    try syncUntilQuiet()
  }

  /// One clone marks an action done while another drops it, each with a note of its own.
  private func contendDoneAndDropped() throws {
    let first = number(0...(Self.clones - 1))
    let second = (first + number(1...(Self.clones - 1))) % Self.clones
    let name = Self.panels[0]
    let shared = Set(try records(name, in: first).actions.filter(\.isOpen).map(\.id))
      .intersection(try records(name, in: second).actions.filter(\.isOpen).map(\.id))
    guard let action = pick(shared.sorted()) else { return }
    try typeNote(on: action, extra: [], name, first)
    try pact(
      ["action", "done", action, "--outcome", unique("Outcome", clone: first)], panel: name,
      clone: first)
    try typeNote(on: action, extra: ["--status", "dropped"], name, second)
    if chance(50) { try typeNote(on: action, extra: [], name, number(0...(Self.clones - 1))) }
  }

  /// Two clones each close a priority and promote another, so that a merge can hold more
  /// than three active priorities, or two at one rank.
  private func contendPriorities() throws {
    let first = number(0...(Self.clones - 1))
    let second = (first + number(1...(Self.clones - 1))) % Self.clones
    let name = Self.panels[0]
    for clone in [first, second] {
      let records = try records(name, in: clone)
      let active = records.activePriorities.map(\.id).sorted()
      if active.count == 3 { try closePriority(active, name, clone) }
      try promote(try self.records(name, in: clone), name, clone)
      if chance(50),
        let priority = pick(try self.records(name, in: clone).activePriorities.map(\.id))
      {
        try pact(["priority", "rank", priority, "1"], panel: name, clone: clone)
      }
    }
  }

  /// Syncs every clone in turn until a whole round changes nothing anywhere.
  func syncUntilQuiet() throws {
    for _ in 0..<6 {
      let before = try git(["ls-remote", origin.path, "refs/heads/main"], in: folder.url)
      for clone in 0..<Self.clones { try sync(Self.panels[0], clone: clone) }
      let after = try git(["ls-remote", origin.path, "refs/heads/main"], in: folder.url)
      let heads = try (0..<Self.clones).map { try git(["rev-parse", "HEAD"], in: self.clone($0)) }
      if before == after, Set(heads).count == 1,
        after.hasPrefix(heads[0].trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return
      }
    }
    throw failure("the clones were still changing after six rounds of syncs")
  }
}
