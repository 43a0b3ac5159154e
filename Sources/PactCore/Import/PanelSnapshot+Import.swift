extension PanelSnapshot {
  /// The outcome given to a done row that has neither an outcome nor progress text.
  public static let importedOutcome = "Completed (imported)"

  /// Adds the actions of an action log spreadsheet.
  ///
  /// Each row becomes an action agreed on its date raised (today when it has none), at the
  /// held meeting of that day if there is one. Its progress text becomes an update dated
  /// the date raised, and so does a timescale that is not a date ("Timescale: ongoing").
  /// A done row keeps its outcome: the Outcome cell, else the progress text, else
  /// "Completed (imported)"; the spreadsheet does not say when it was done, so
  /// `completedOn` is left empty. A Priority cell names a priority by title (ignoring case
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
    if !options.skipBadRows, !sheet.problems.isEmpty {
      throw ImportDataError.badRows(file: sheet.file, problems: sheet.problems)
    }
    var summary = ImportSummary(file: sheet.file)
    summary.skipped = sheet.problems
    summary.ignoredHeadings = sheet.ignoredHeadings
    let leads = try importLeads(sheet, options: options, created: &summary.newAgencies)

    let fold = Resolver<Action>.fold
    var agreed = Set(actions.map { "\(fold($0.title))\n\($0.lead)\n\($0.agreedOn)" })
    var undated = Set(actions.map { "\(fold($0.title))\n\($0.lead)" })
    var ids = Set(actions.map(\.id))
    for row in sheet.rows {
      guard let lead = leads[fold(row.lead)] else { continue }
      let key = "\(fold(row.title))\n\(lead)"
      let agreedOn = row.raised ?? today
      let dated = "\(key)\n\(agreedOn)"
      if row.raised == nil ? undated.contains(key) : agreed.contains(dated) {
        summary.alreadyInPanel += 1
        continue
      }
      let id = RecordID.generate(.action, existing: ids, using: &generator)
      ids.insert(id)
      let action = importedAction(row, id: id, lead: lead, agreedOn: agreedOn)
      actions.append(action)
      summary.imported.append(action)
      agreed.insert(dated)
      undated.insert(key)
    }
    return summary
  }

  /// The agency id of each lead the sheet names, by its folded name, adding agencies for
  /// those the panel does not have when asked to.
  private mutating func importLeads(
    _ sheet: ActionSpreadsheet, options: ImportOptions, created: inout [Agency]
  ) throws -> [String: String] {
    let fold = Resolver<Agency>.fold
    var leads: [String: String] = [:]
    var unknown: [UnknownAgency] = []
    for row in sheet.rows {
      let key = fold(row.lead)
      if leads[key] != nil { continue }
      if let index = unknown.firstIndex(where: { fold($0.name) == key }) {
        unknown[index].lines.append(row.line)
      } else if let agency = try? agency(row.lead) {
        leads[key] = agency.id
      } else {
        unknown.append(UnknownAgency(name: row.lead, lines: [row.line]))
      }
    }
    guard !unknown.isEmpty else { return leads }
    guard options.createAgencies else {
      throw ImportError.unknownAgencies(
        file: sheet.file, agencies: unknown,
        available: agencies.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.name))" })
    }
    for name in unknown.map(\.name) {
      let base = Agency.slug(for: name)
      var id = base
      var suffix = 2
      while agencies.contains(where: { $0.id == id }) {
        id = String(base.prefix(29)) + "-\(suffix)"
        suffix += 1
      }
      let agency = try addAgency(AgencyDraft(name: name, id: id))
      created.append(agency)
      leads[fold(name)] = agency.id
    }
    return leads
  }

  private func importedAction(_ row: ImportRow, id: String, lead: String, agreedOn: Day) -> Action {
    var action = Action(id: id, title: row.title, lead: lead, agreedOn: agreedOn)
    if let text = row.priority {
      if let priority = importedPriority(text) {
        action.priority = priority.id
      } else {
        action.priorityText = text
      }
    }
    if let raised = row.raised {
      action.agreedAt = meetingsByDate.first { $0.date == raised && $0.status == .held }?.id
    }
    action.owner = row.owner
    action.due = row.due
    action.status = row.status
    let closed = row.status == .done || row.status == .dropped
    let notes = [
      row.timescale.map { "Timescale: \($0)" }, row.progress,
      closed ? nil : row.outcome.map { "Outcome: \($0)" },
    ]
    action.updates = notes.compactMap { $0 }.map { ActionUpdate(on: agreedOn, note: $0) }
    if row.status != .open {
      // The spreadsheet says where the action stood, not when it got there: the status is
      // recorded with the last note, or on its own, on the date raised.
      if action.updates.isEmpty { action.updates.append(ActionUpdate(on: agreedOn)) }
      action.updates[action.updates.count - 1].status = row.status
    }
    if row.status == .done {
      action.outcome = row.outcome ?? row.progress ?? PanelSnapshot.importedOutcome
    } else if row.status == .dropped {
      action.outcome = row.outcome
    }
    return action
  }

  /// The priority a Priority cell names: a current rank ("2", "P2", "Priority 2"), or a
  /// title, ignoring case and spacing (an active priority before a closed one).
  private func importedPriority(_ text: String) -> Priority? {
    let folded = Resolver<Priority>.fold(text)
    let words = ImportColumn.fold(text)
    for prefix in ["", "p", "priority "] where words.hasPrefix(prefix) {
      if let rank = Int(words.dropFirst(prefix.count)), (1...3).contains(rank) {
        return activePriorities.first { $0.rank == rank }
      }
    }
    let matches = priorities.filter { Resolver<Priority>.fold($0.title) == folded }
    return matches.first(where: \.isActive) ?? matches.max { $0.setOn < $1.setOn }
  }
}
