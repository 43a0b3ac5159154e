import PactCore

extension PanelBuilder {
  /// A title, lead and owner for a new action agreed on `day`, unique as import sees it.
  private mutating func draft(on day: Day) -> (title: String, lead: String) {
    while true {
      guard let kind = Vocabulary.actionKinds.randomElement(using: &random) else {
        return ("Review the action log", "police")
      }
      let title = Vocabulary.fill(
        kind.title, place: random.pick(Vocabulary.places, or: "the village"), number: 0)
      if actionKeys.insert("\(title)\n\(kind.lead)\n\(day)").inserted { return (title, kind.lead) }
    }
  }

  private mutating func owner(for lead: String) -> String {
    let title = random.pick(Vocabulary.ownerTitles[lead] ?? [], or: "")
    let name =
      random.pick(Vocabulary.firstNames, or: "Jo") + " "
      + random.pick(Vocabulary.surnames, or: "Smith")
    return title.isEmpty ? name : "\(title) \(name)"
  }

  private mutating func note(from patterns: [String]) -> String {
    Vocabulary.fill(
      random.pick(patterns, or: "Progress reported"), place: "", number: random.int(2...60))
  }

  /// `count` days from `start` to `end` (both included), oldest first.
  private mutating func days(_ count: Int, from start: Day, to end: Day) -> [Day] {
    let span = max(0, start.days(to: end))
    return (0..<count).map { _ in random.int(0...span) }.sorted().map { start.adding(days: $0) }
  }

  private mutating func newAction(at day: Day, priority: Priority?) -> Action {
    let draft = draft(on: day)
    var action = Action(id: newID(.action), title: draft.title, lead: draft.lead, agreedOn: day)
    action.agreedAt = day.description
    action.priority = priority?.id
    action.owner = random.chance(0.9) ? owner(for: draft.lead) : nil
    return action
  }

  /// A done (or now and then dropped) action agreed at the meeting on `day`, with two to
  /// four updates, the last recording its outcome.
  mutating func addClosedAction(at day: Day) {
    let priority = random.chance(0.75) ? priority(activeOn: day) : nil
    var action = newAction(at: day, priority: priority)
    action.due = day.adding(days: random.int(28...120))
    let latest = max(day.adding(days: 1), today.adding(days: -1))
    let closedOn = min(day.adding(days: random.int(14...200)), latest)
    let dates = days(random.int(2...4), from: day.adding(days: 1), to: closedOn)
    action.updates = dates.dropLast().map {
      ActionUpdate(on: $0, note: note(from: Vocabulary.progressNotes))
    }
    if random.chance(0.85) {
      let outcome = note(from: Vocabulary.outcomes)
      var final = ActionUpdate(on: closedOn, note: outcome)
      final.status = .done
      action.updates.append(final)
      action.status = .done
      action.outcome = outcome
      action.completedOn = closedOn
      if random.chance(0.7) { action.difference = note(from: Vocabulary.differences) }
    } else {
      var final = ActionUpdate(on: closedOn, note: "Dropped: overtaken by the CSP's own work")
      final.status = .dropped
      action.updates.append(final)
      action.status = .dropped
    }
    actions.append(action)
  }

  /// Open, in-progress and blocked actions agreed during the latest year (most at its last
  /// few meetings), due around today, each with two to four updates; about one in four has
  /// had none since the last meeting.
  mutating func addOpenActions(_ count: Int) {
    guard let lastHeld = latestYear.last else { return }
    for _ in 0..<count {
      let day =
        random.chance(0.5)
        ? random.pick(Array(latestYear.suffix(3)), or: lastHeld)
        : random.pick(latestYear, or: lastHeld)
      let priority = random.chance(0.8) ? priority(activeOn: day, stillActive: true) : nil
      var action = newAction(at: day, priority: priority)
      action.due = today.adding(days: random.int(-45...75))
      let isStale = random.chance(0.25) && day < lastHeld
      let end = isStale ? lastHeld.adding(days: -1) : today.adding(days: -1)
      let dates = days(random.int(2...4), from: day.adding(days: 1), to: max(end, day))
      action.updates = dates.map {
        ActionUpdate(on: $0, note: note(from: Vocabulary.progressNotes))
      }
      let roll = random.int(1...20)
      action.status = roll <= 10 ? .open : roll <= 17 ? .inProgress : .blocked
      if action.status != .open, !action.updates.isEmpty {
        action.updates[0].status = .inProgress
      }
      if action.status == .blocked, let last = action.updates.indices.last {
        action.updates[last].status = .blocked
        action.updates[last].note = note(from: Vocabulary.blockedNotes)
      }
      actions.append(action)
    }
  }
}
