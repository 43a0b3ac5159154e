extension PanelRecords {
  /// The outcome given to a done row that has neither an outcome nor progress text.
  public static let importedOutcome = "Completed (imported)"

  /// Adds the actions of an action log spreadsheet.
  ///
  /// Each row becomes an action agreed on its date raised (today when it has none), at the
  /// held meeting of that day if there is one. Its progress text becomes an update dated
  /// the date raised, and so does a timescale that is not a date ("Timescale: ongoing").
  /// A done row keeps its outcome: the Outcome cell, else the progress text, else
  /// "Completed (imported)". The spreadsheet does not say when it was done, so it is done
  /// on the latest date written at the start of a line of its progress ("18/03/2024 gates
  /// fitted"), else on its date raised; progress so dated is an update of that day. A Priority cell names a priority by title (ignoring case
  /// and spacing) or a current rank; one that matches none is kept as `priorityText`.
  ///
  /// A row is already in the panel, and skipped, when an action has the same title
  /// (ignoring case and spacing), lead agency and date agreed; a row with no date raised
  /// matches on title and lead alone, so importing a file again adds nothing.
  ///
  /// - Throws: `ImportDataError.badRows` when rows cannot be read and `skipBadRows` is
  ///   off; `ImportError.unknownAgencies` when rows name lead agencies the panel does not
  ///   have and `createAgencies` is off. Either way the snapshot is unchanged.
  public mutating func importActions<G: RandomNumberGenerator>(
    _ sheet: ActionSpreadsheet, options: ImportOptions, today: Day, using generator: inout G
  ) throws -> ImportSummary {
    // A row already in the panel may be a done action's.
    try requireEveryAction()
    let ignored = try Self.leftBehind(sheet, options: options)
    if !options.skipBadRows, !sheet.problems.isEmpty {
      throw ImportDataError.badRows(file: sheet.file, problems: sheet.problems)
    }
    var summary = ImportSummary(file: sheet.file)
    summary.skipped = sheet.problems
    summary.ignoredHeadings = ignored
    let leads = try importLeads(
      sheet, options: options, created: &summary.newAgencies, skipped: &summary.skipped)

    let fold = NameFolding.key
    var agreed = Set(
      actions.map { ImportKey(title: fold($0.title), lead: $0.lead, on: $0.agreedOn) })
    var undated = Set(actions.map { ImportKey(title: fold($0.title), lead: $0.lead, on: nil) })
    var ids = Set(actions.map(\.id))
    var lookups = ImportLookups(self)
    for row in sheet.rows {
      guard let lead = leads[fold(row.lead)] else { continue }
      let key = ImportKey(title: fold(row.title), lead: lead, on: nil)
      let agreedOn = row.raised ?? today
      var dated = key
      dated.on = agreedOn
      if row.raised == nil ? undated.contains(key) : agreed.contains(dated) {
        summary.alreadyInPanel += 1
        continue
      }
      let id = RecordID.generate(.action, existing: ids, using: &generator)
      ids.insert(id)
      let action = importedAction(row, id: id, lead: lead, agreedOn: agreedOn, lookups: &lookups)
      actions.append(action)
      summary.imported.append(action)
      agreed.insert(dated)
      undated.insert(key)
    }
    return summary
  }

  /// The columns with something in them that the import leaves behind, when each was
  /// named in `options.ignoredColumns` (matched as headings are, ignoring case and
  /// punctuation).
  ///
  /// - Throws: `InvalidValueError` for a name that is no unread column's heading;
  ///   `ImportError.unreadColumns` for columns with something in them not named.
  static func leftBehind(_ sheet: ActionSpreadsheet, options: ImportOptions) throws -> [String] {
    let key = NameFolding.wordsKey
    let unread = sheet.ignoredHeadings
    for name in options.ignoredColumns where !unread.contains(where: { key($0) == key(name) }) {
      throw InvalidValueError(
        field: .column, value: name,
        expected: unread.isEmpty
          ? "no column: pact reads every column of \(sheet.file)"
          : "the heading of a column pact does not read: "
            + unread.map { "\"\($0)\"" }.joined(separator: ", "))
    }
    let named = Set(options.ignoredColumns.map(key))
    let dropped = sheet.unreadHeadingsWithContent.filter { !named.contains(key($0)) }
    guard dropped.isEmpty else {
      throw ImportError.unreadColumns(file: sheet.file, headings: dropped)
    }
    return sheet.unreadHeadingsWithContent
  }

  /// The agency id of each lead the sheet names, by its folded name, adding agencies for
  /// those the panel does not have when asked to.
  private mutating func importLeads(
    _ sheet: ActionSpreadsheet, options: ImportOptions, created: inout [Agency],
    skipped: inout [ImportProblem]
  ) throws -> [String: String] {
    let fold = NameFolding.key
    var leads: [String: String] = [:]
    var unknown: [UnknownAgency] = []
    // Each unknown lead's place in `unknown` by its folded name, so that a lead named on
    // many rows is found without folding every unknown name again.
    var unknownIndex: [String: Int] = [:]
    for row in sheet.rows {
      let key = fold(row.lead)
      if leads[key] != nil { continue }
      if let index = unknownIndex[key] {
        unknown[index].lines.append(row.line)
      } else if let agency = try? agency(row.lead) {
        leads[key] = agency.id
      } else {
        unknownIndex[key] = unknown.count
        unknown.append(UnknownAgency(name: row.lead, lines: [row.line]))
      }
    }
    guard !unknown.isEmpty else { return leads }
    guard options.createAgencies else {
      throw ImportError.unknownAgencies(
        file: sheet.file, agencies: unknown,
        available: agencies.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.name))" })
    }
    var unusable: [ImportProblem] = []
    for (name, lines) in unknown.map({ ($0.name, $0.lines) }) {
      let base = Agency.slug(for: name)
      var id = base
      var suffix = 2
      while agencies.contains(where: { $0.id == id }) {
        id = String(base.prefix(29)) + "-\(suffix)"
        suffix += 1
      }
      let agency: Agency
      do {
        agency = try addAgency(AgencyDraft(name: name, id: id))
      } catch let error as InvalidValueError {
        // A cell that cannot name an agency (a control character in it) is a bad row,
        // named by its line like any other.
        unusable += lines.map {
          ImportProblem(
            line: $0, message: "the lead agency cannot be named so: expected \(error.expected)")
        }
        continue
      }
      created.append(agency)
      leads[fold(name)] = agency.id
    }
    if !unusable.isEmpty {
      guard options.skipBadRows else {
        throw ImportDataError.badRows(
          file: sheet.file, problems: unusable.sorted { $0.line < $1.line })
      }
      skipped = (skipped + unusable).sorted { $0.line < $1.line }
    }
    return leads
  }

  private func importedAction(
    _ row: ImportRow, id: String, lead: String, agreedOn: Day, lookups: inout ImportLookups
  ) -> Action {
    var action = Action(id: id, title: row.title, lead: lead, agreedOn: agreedOn)
    if let text = row.priority {
      if let priority = lookups.priority(text) {
        action.priority = priority.id
      } else {
        action.priorityText = text
      }
    }
    if let raised = row.raised {
      action.agreedAt = lookups.heldMeetings[raised]
    }
    action.owner = row.owner
    action.due = row.due
    action.status = row.status
    let closed = row.status == .done || row.status == .dropped
    // Progress written with dates ("18/03/2024 gates fitted") is dated by the latest.
    let progressDay = row.progress.flatMap(ImportRow.latestDate).map { max($0, agreedOn) }
    var updates: [ActionUpdate] = []
    if let timescale = row.timescale {
      let noted = NameFolding.wordsKey(timescale).hasPrefix("timescale")
      updates.append(
        ActionUpdate(on: agreedOn, note: noted ? timescale : "Timescale: \(timescale)"))
    }
    let progress = row.progress.map(ImportRow.withoutLeadingDate)
    if let progress {
      updates.append(ActionUpdate(on: progressDay ?? agreedOn, note: progress))
    }
    if !closed, let outcome = row.outcome {
      updates.append(ActionUpdate(on: agreedOn, note: "Outcome: \(outcome)"))
    }
    // Oldest first; notes of one day in the sheet's order.
    action.updates = updates.enumerated()
      .sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
    if row.status != .open {
      // The spreadsheet says where the action stood, not when it got there: the status is
      // recorded with the last note, or on its own, on the day of that note. A done row is
      // done on the day of its latest dated progress, else the day it was raised.
      let day = action.updates.last?.on ?? agreedOn
      if action.updates.isEmpty { action.updates.append(ActionUpdate(on: day)) }
      action.updates[action.updates.count - 1].status = row.status
      if row.status == .done { action.completedOn = day }
    }
    if row.status == .done {
      action.outcome = row.outcome ?? progress ?? PanelRecords.importedOutcome
    } else if row.status == .dropped {
      action.outcome = row.outcome
    }
    return action
  }
}

/// A row as duplicate detection sees it: its folded title, its lead agency's id, and the
/// day it was agreed (nil to match a row with no date raised on title and lead alone).
private struct ImportKey: Hashable {
  var title: String
  var lead: String
  var on: Day?
}

/// What `importActions` looks up for each row, worked out once for the whole import: the
/// panel's meetings and priorities do not change while it runs.
private struct ImportLookups {
  /// The first held meeting of each day (in `meetingsByDate` order), by id.
  let heldMeetings: [Day: String]
  /// The priority each folded title names: the first active one with that title, else
  /// the one set latest.
  let titles: [String: Priority]
  let active: [Priority]
  /// What each Priority cell of plain ASCII text has been found to name, nil for none: a
  /// log names the same few priorities thousands of times. Other text is matched every
  /// time, since `String` equality counts different spellings of a character (such as
  /// "é" and "e" with U+0301) as the same text, and could hand one the other's answer.
  var named: [String: Priority?] = [:]

  init(_ snapshot: PanelRecords) {
    var heldMeetings: [Day: String] = [:]
    for meeting in snapshot.meetingsByDate where meeting.status == .held {
      if heldMeetings[meeting.date] == nil { heldMeetings[meeting.date] = meeting.id }
    }
    self.heldMeetings = heldMeetings
    var byTitle: [String: [Priority]] = [:]
    for priority in snapshot.priorities {
      byTitle[NameFolding.key(priority.title), default: []].append(priority)
    }
    titles = byTitle.compactMapValues { matches in
      matches.first(where: \.isActive) ?? matches.max { $0.setOn < $1.setOn }
    }
    active = snapshot.activePriorities
  }

  /// The priority a Priority cell names: a current rank ("2", "P2", "Priority 2"), or a
  /// title, ignoring case and spacing (an active priority before a closed one).
  mutating func priority(_ text: String) -> Priority? {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return match(text) }
    if let known = named[text] { return known }
    let found = match(text)
    named.updateValue(found, forKey: text)
    return found
  }

  private func match(_ text: String) -> Priority? {
    let words = NameFolding.wordsKey(text)
    for prefix in ["", "p", "priority "] where words.hasPrefix(prefix) {
      if let rank = Int(words.dropFirst(prefix.count)), (1...3).contains(rank) {
        return active.first { $0.rank == rank }
      }
    }
    return titles[NameFolding.key(text)]
  }
}
