import Foundation

/// The integrity rules about a record's own values: the top three, outcomes, and dates
/// in the right order.
struct ConsistencyRules {
  let snapshot: CheckedRecords
  let today: Day
  let path: (String) -> String
  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: CheckedRecords, today: Day, path: @escaping (String) -> String) {
    self.snapshot = snapshot
    self.today = today
    self.path = path
    checkTopThree()
    checkPriorityDates()
    checkActions()
    checkMembers()
    checkMeetings()
  }

  private mutating func add(
    _ file: String, _ field: String, _ code: CheckCode, _ message: String, fix: String
  ) {
    findings.append(
      CheckFinding(file: path(file), field: field, code: code.rawValue, message: message, fix: fix))
  }

  private mutating func checkTopThree() {
    let active = snapshot.activePriorities
    var holders: [Int: Priority] = [:]
    for priority in active {
      let file = snapshot.file(of: priority)
      guard let rank = priority.rank else {
        add(
          file, "rank", .missingRank, "an active priority with no rank",
          fix: "give it one with pact priority rank \(priority.id) N")
        continue
      }
      if let holder = holders[rank] {
        add(
          file, "rank", .duplicateRank,
          "rank \(rank) is also held by priority \(holder.id) "
            + "(\(ReferenceRules.quoted(holder.title, limit: 60)))",
          fix: "give one of them another rank with pact priority rank \(priority.id) N")
      } else {
        holders[rank] = priority
      }
    }
    guard active.count > 3 else { return }
    for priority in active.dropFirst(3) {
      add(
        snapshot.file(of: priority), "status", .tooManyPriorities,
        "\(active.count) priorities are active, and a panel has at most three",
        fix: "close this one or another with pact priority close \(priority.id) --outcome TEXT")
    }
  }

  private mutating func checkPriorityDates() {
    for priority in snapshot.priorities {
      guard let closed = priority.closedOn, closed < priority.setOn else { continue }
      add(
        snapshot.file(of: priority), "closedOn", .dateOrder,
        "closed on \(closed), before it was set on \(priority.setOn)",
        fix: "correct \"closedOn\" or \"setOn\" in the file")
    }
  }

  private mutating func checkActions() {
    for action in snapshot.actions {
      let file = snapshot.file(of: action)
      let outcome = action.outcome?.trimmed ?? ""
      if action.status == .done, outcome.isEmpty {
        add(
          file, "outcome", .missingOutcome, "a done action with no outcome",
          fix: "add \"outcome\" to the file, or reopen it with pact action update \(action.id) "
            + "--status in-progress and then pact action done \(action.id) --outcome TEXT")
      }
      if let completed = action.completedOn, completed < action.agreedOn {
        add(
          file, "completedOn", .dateOrder,
          "completed on \(completed), before it was agreed on \(action.agreedOn)",
          fix: "correct \"completedOn\" or \"agreedOn\" in the file")
      }
    }
  }

  private mutating func checkMembers() {
    for member in snapshot.members {
      guard let left = member.leftOn, let joined = member.joinedOn, left < joined else {
        continue
      }
      add(
        snapshot.file(of: member), "leftOn", .dateOrder,
        "left on \(left), before joining on \(joined)",
        fix: "correct \"leftOn\" or \"joinedOn\" in the file")
    }
  }

  private mutating func checkMeetings() {
    for meeting in snapshot.meetingsByDate where meeting.status == .held && meeting.date > today {
      add(
        snapshot.file(of: meeting), "status", .futureMeeting,
        "held on \(meeting.date.mediumText), which is after today (\(today.mediumText))",
        fix: "set \"status\" to \"scheduled\" if it is still to come, or rename the file to "
          + "the day it was held")
    }
  }
}
