import PactCore

/// Accumulates the records of one part of a generated panel from one seeded generator.
struct PanelBuilder {
  var random: SplitMix64
  let today: Day
  private(set) var members: [Member] = []
  private(set) var meetings: [Meeting] = []
  private(set) var issues: [Issue] = []
  private(set) var priorities: [Priority] = []
  var actions: [Action] = []
  /// Every generated id, so that no two records share one.
  var usedIDs: Set<String> = []
  /// Title, lead and day of every action, so that no two look like one (as import sees it).
  var actionKeys: Set<String> = []
  /// The held meetings of the latest year, oldest first.
  private(set) var latestYear: [Day] = []

  init(random: SplitMix64, today: Day) {
    self.random = random
    self.today = today
  }

  /// Takes the members and ids of the builder for the latest year.
  mutating func inherit(from other: PanelBuilder) {
    members = other.members
    usedIDs = other.usedIDs
  }

  mutating func newID(_ kind: RecordKind) -> String {
    let id = RecordID.generate(kind, existing: usedIDs, using: &random)
    usedIDs.insert(id)
    return id
  }

  // MARK: Members and the panel

  /// Agency members in the proportions a rural Kent panel has them; the rest are residents.
  private static let agencySeats: [(agency: String, role: String, councillor: Bool)] = [
    ("police", "beat manager", false), ("police", "PCSO", false), ("police", "PCSO", false),
    ("council", "ward councillor", true), ("council", "community safety officer", false),
    ("highways", "highway steward", false), ("parish", "parish councillor", true),
    ("parish", "parish clerk", false), ("housing", "neighbourhood officer", false),
    ("watch", "coordinator", false), ("youth", "youth worker", false),
  ]

  mutating func addMembers(count: Int, areas: [String]) {
    var names: Set<String> = []
    for index in 0..<count {
      var name = ""
      repeat {
        name =
          random.pick(Vocabulary.firstNames, or: "Jo") + " "
          + random.pick(Vocabulary.surnames, or: "Smith")
      } while names.contains(name)
      names.insert(name)
      let seat = index >= 4 ? PanelBuilder.agencySeats.dropFirst(index - 4).first : nil
      var member = Member(
        id: newID(.member), name: name, agency: seat?.agency, roles: seat.map { [$0.role] } ?? [],
        isCouncillor: seat?.councillor ?? false)
      if index == 0 {
        member.email = "pact.\(areas.first?.lowercased().filter(\.isLetter) ?? "panel")@example.org"
        member.isPublic = true
      }
      members.append(member)
    }
  }

  /// Roles, status, the endorsement checklist and the usual venue.
  func setUpPanel(_ panel: inout Panel, firstMeeting: Day) {
    let ids = members.map(\.id)
    for (role, index) in zip(PanelRole.allCases, ids.indices) { panel.roles[role] = ids[index] }
    panel.status = .active
    panel.createdOn = firstMeeting.adding(days: -60)
    panel.endorsedOn = firstMeeting.adding(days: -30)
    panel.venue = "\(panel.areas.first ?? "The") Village Hall"
    panel.cadenceWeeks = 5
    panel.contact = "Write to the secretary at the village hall"
    for criterion in Criterion.allCases {
      panel.criteria[criterion] = CriterionState(met: true, updatedOn: panel.createdOn)
    }
  }

  // MARK: Meetings, priorities and issues

  private mutating func addMeeting(on day: Day, status: MeetingStatus) {
    var meeting = Meeting(id: day.description, status: status)
    meeting.time = "19:00"
    if status == .held {
      var others = members.map(\.id)
      others.shuffle(using: &random)
      let present = random.int(6...max(6, min(14, others.count)))
      meeting.present = Array(others.prefix(present))
      meeting.apologies = Array(others.dropFirst(present).prefix(random.int(1...4)))
      meeting.publicAttendance = random.int(3...25)
      if random.chance(0.3) {
        meeting.notes = "The panel reviewed the action log and heard from residents."
      }
    }
    meetings.append(meeting)
  }

  mutating func addScheduledMeeting(_ day: Day) {
    addMeeting(on: day, status: .scheduled)
  }

  /// A year of held meetings, oldest first, with its priorities, issues and closed actions.
  mutating func addYear(
    _ days: [Day], closedActions: [Int], issues perMeeting: Int, isLatest: Bool = true
  ) {
    guard let first = days.first, let last = days.last else { return }
    if isLatest { latestYear = days }
    for day in days { addMeeting(on: day, status: .held) }
    var active = (1...3).map { addPriority(rank: $0, at: first, days: days) }
    if days.count >= 6 {
      let closeAt = days[random.int(3...days.count - 3)]
      let rank = random.int(1...3)
      close(&active[rank - 1], on: closeAt, achieved: true)
      if let next = days.first(where: { $0 > closeAt }) {
        active[rank - 1] = addPriority(rank: rank, at: next, days: days)
      }
    }
    if !isLatest {
      for index in active.indices { close(&active[index], on: last, achieved: random.chance(0.7)) }
    }
    for (index, day) in days.enumerated() {
      let isRecent = isLatest && index >= days.count - 4
      for _ in 0..<max(0, perMeeting + random.int(-1...1)) {
        addIssue(at: day, laterDays: days.filter { $0 > day }, isOpen: isRecent)
      }
      for _ in 0..<closedActions[index] { addClosedAction(at: day) }
    }
  }

  private mutating func addPriority(rank: Int, at day: Day, days: [Day]) -> Priority {
    let place = random.pick(Vocabulary.places, or: "the village")
    let title = Vocabulary.fill(
      random.pick(Vocabulary.priorityTitles, or: "{place}"), place: place, number: 0)
    var priority = Priority(id: newID(.priority), title: title, setOn: day, rank: rank)
    priority.setAt = day.description
    let issueID = newID(.issue)
    var issue = Issue(id: issueID, title: title)
    let earlier = days.filter { $0 < day }.suffix(2)
    issue.raisings = (earlier + [day]).map { Raising(on: $0, meeting: $0.description) }
    issue.status = .promoted
    issue.priority = priority.id
    issues.append(issue)
    priority.fromIssue = issueID
    priorities.append(priority)
    return priority
  }

  private mutating func close(_ priority: inout Priority, on day: Day, achieved: Bool) {
    priority.status = achieved ? .achieved : .closed
    priority.rank = nil
    priority.closedOn = day
    priority.outcome =
      achieved ? "Reports down and residents satisfied" : "Passed to the CSP tasking group"
    if let index = priorities.firstIndex(where: { $0.id == priority.id }) {
      priorities[index] = priority
    }
  }

  private mutating func addIssue(at day: Day, laterDays: [Day], isOpen: Bool) {
    let title = Vocabulary.fill(
      random.pick(Vocabulary.issueTitles, or: "{place}"),
      place: random.pick(Vocabulary.places, or: "the village"), number: 0)
    var issue = Issue(id: newID(.issue), title: title)
    issue.raisings = [Raising(on: day, meeting: day.description, source: "meeting")]
    for later in laterDays where random.chance(0.12) {
      issue.raisings.append(Raising(on: later, meeting: later.description, source: "meeting"))
    }
    issue.status = isOpen ? .open : .closed
    issues.append(issue)
  }

  /// The priority an action agreed on `day` serves: one active that day, or none.
  func priority(activeOn day: Day, stillActive: Bool = false) -> Priority? {
    let candidates = priorities.filter {
      $0.setOn <= day && ($0.closedOn.map { $0 >= day } ?? true) && (!stillActive || $0.isActive)
    }
    return candidates.isEmpty ? nil : candidates[Int(day.ordinal) % candidates.count]
  }
}
