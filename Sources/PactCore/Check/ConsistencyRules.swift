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

  private mutating func add(_ file: String, _ field: String, _ problem: CheckProblem) {
    findings.append(CheckFinding(file: path(file), field: field, problem: problem))
  }

  private mutating func checkTopThree() {
    let active = snapshot.storedActivePriorities
    var holders: [Int: Priority] = [:]
    for priority in active {
      let file = snapshot.file(of: priority)
      guard let rank = priority.rank else {
        add(file, "rank", .missingRank(priority: priority.id))
        continue
      }
      if let holder = holders[rank] {
        add(
          file, "rank",
          .duplicateRank(priority: priority.id, rank: rank, heldBy: holder.id, title: holder.title))
      } else {
        holders[rank] = priority
      }
    }
    guard active.count > 3 else { return }
    for priority in active.dropFirst(3) {
      add(
        snapshot.file(of: priority), "status",
        .tooManyPriorities(priority: priority.id, active: active.count))
    }
  }

  private mutating func checkPriorityDates() {
    for priority in snapshot.priorities {
      guard let closed = priority.closedOn, closed < priority.setOn else { continue }
      add(
        snapshot.file(of: priority), "closedOn",
        .closedBeforeSet(closed: closed, set: priority.setOn))
    }
  }

  private mutating func checkActions() {
    // Years of actions are judged here: the file is named only for one that has a problem,
    // and each field is read where it is rather than the action copied whole.
    let actions = snapshot.actions
    for index in actions.indices {
      if actions[index].status == .done, actions[index].outcome?.isBlank ?? true {
        let action = actions[index]
        add(snapshot.file(of: action), "outcome", .missingOutcome(action: action.id))
      }
      if let completed = actions[index].completedOn, completed < actions[index].agreedOn {
        let action = actions[index]
        let problem = CheckProblem.completedBeforeAgreed(
          completed: completed, agreed: action.agreedOn)
        add(snapshot.file(of: action), "completedOn", problem)
      }
    }
  }

  private mutating func checkMembers() {
    for member in snapshot.members {
      guard let left = member.leftOn, let joined = member.joinedOn, left < joined else {
        continue
      }
      add(snapshot.file(of: member), "leftOn", .leftBeforeJoining(left: left, joined: joined))
    }
  }

  private mutating func checkMeetings() {
    for meeting in snapshot.meetingsByDate where meeting.status == .held && meeting.date > today {
      add(snapshot.file(of: meeting), "status", .futureMeeting(held: meeting.date, today: today))
    }
  }
}
