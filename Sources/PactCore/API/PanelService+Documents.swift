import Foundation

extension PanelService {
  /// The chair's briefing as of `day` (default today). Today's is read from the open work
  /// alone; an earlier day's from the whole panel as it stood then (`AsOf`).
  public func status(asOf day: Day? = nil) throws -> StatusReport {
    let day = day ?? today
    var report =
      day < today
      ? StatusReport(try records().asOf(day), asOf: day)
      : StatusReport(try store.openWork().asOf(day), asOf: day)
    report.crimeEvidence = try crimeEvidence(
      for: report.priorities.map(\.priority), asOf: report.asOf)
    return report
  }

  /// The agenda for a meeting: the one named, else the next panel meeting scheduled as of
  /// `day` (default today). It reviews the work as it stood on `day`, or, for a meeting
  /// already held, the day before it.
  ///
  /// - Throws: `DocumentError.noNextMeeting` when none is named and none is scheduled.
  public func agenda(for query: String? = nil, asOf day: Day? = nil) throws -> AgendaDocument {
    let records = try records()
    let today = self.today
    let written = records.asOf(day ?? today)
    let meeting: Meeting
    if let query {
      meeting = try records.meeting(query)
    } else if let next = written.nextPanelMeeting(after: day ?? today) {
      meeting = next
    } else {
      throw DocumentError.noNextMeeting
    }
    let asOf = day ?? min(today, meeting.date.adding(days: meeting.status == .held ? -1 : 0))
    let view = asOf == (day ?? today) ? written : records.asOf(asOf)
    return AgendaDocument(view, meeting: meeting, today: asOf)
  }

  /// The minutes of a held meeting, as things stood at the end of its day.
  ///
  /// - Throws: `DocumentError.notHeld` for a meeting that has not taken place.
  public func minutes(of query: String) throws -> MinutesDocument {
    let records = try records()
    let meeting = try records.meeting(query)
    guard meeting.status == .held else {
      throw DocumentError.notHeld(id: meeting.id, status: meeting.status)
    }
    return MinutesDocument(records, meeting: meeting)
  }

  /// The newsletter after a held meeting: the one named, else the latest panel meeting held
  /// on or before `day` (default today). After the latest one it tells how things stand on
  /// `day`; after an earlier one, how they stood on its day.
  ///
  /// - Throws: `DocumentError.notHeld`, `NewsletterError.noHeldMeeting` when none is named
  ///   and none has been held, or `NewsletterError.beforeMeeting` for a day before it.
  public func newsletter(after query: String? = nil, asOf day: Day? = nil) throws
    -> NewsletterDocument
  {
    let records = try records()
    let today = day ?? self.today
    let meeting: Meeting
    if let query {
      meeting = try records.meeting(query)
      guard meeting.status == .held else {
        throw DocumentError.notHeld(id: meeting.id, status: meeting.status)
      }
      if let day, day < meeting.date {
        throw NewsletterError.beforeMeeting(id: meeting.id, day: day)
      }
    } else {
      meeting = try NewsletterDocument.defaultMeeting(records.asOf(today), today: today)
    }
    var document = NewsletterDocument(records, meeting: meeting, today: today)
    document.crimeEvidence = try crimeEvidence(for: document.topThree, asOf: document.asOf)
    return document
  }

  /// Every integrity error in the panel, and the gaps in its set-up as warnings.
  public func check() throws -> IntegrityCheck {
    try IntegrityCheck(store: store, today: today)
  }

  /// The panel exported in `format`, as it stands, or as it stood at the end of `day`.
  public func export(_ format: ExportFormat, asOf day: Day? = nil) throws -> String {
    let records = try records()
    return format.document(day.map(records.asOf) ?? records, today: day ?? today)
  }

  /// Adds the actions of an action log spreadsheet; all or nothing.
  public func importActions(_ sheet: ActionSpreadsheet, options: ImportOptions) throws
    -> ImportSummary
  {
    let today = self.today
    var generator = ids
    return try change {
      try $0.importActions(sheet, options: options, today: today, using: &generator)
    }
  }
}

extension PanelService {
  /// The CSP's overview of every panel found under `paths` (each a folder of panels or a
  /// panel), as of `day`. A panel that cannot be read is listed among the report's failures.
  ///
  /// - Parameters:
  ///   - paths: Folders as a person typed them: absolute, or relative to `directory`.
  ///   - directory: The folder relative paths start from.
  ///   - day: The day the report describes: each panel as it stood then (`AsOf`); a panel
  ///     created after it is left out.
  ///   - today: Today: a report on an earlier day reads each panel's whole history.
  ///   - cacheFolder: Where to keep what speeds up the next report (`CacheFolder.standard`);
  ///     nil for nowhere. Nothing is ever written into the panels.
  /// - Throws: `BoroughReportError` when a path is not a folder or no panel is found.
  public static func report(
    panelsUnder paths: [String], relativeTo directory: URL, asOf day: Day, today: Day,
    cacheFolder: URL? = nil
  ) throws -> BoroughReport {
    let found = try PanelFinder.find(paths, in: directory)
    guard !found.isEmpty else { throw BoroughReportError.noPanels(paths: paths) }
    return BoroughReport(
      loading: found, asOf: day, history: day < today, cacheFolder: cacheFolder)
  }
}
