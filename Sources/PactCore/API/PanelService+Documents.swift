import Foundation

extension PanelService {
  /// The chair's briefing as of `day` (default today), read from the open work alone.
  public func status(asOf day: Day? = nil) throws -> StatusReport {
    var report = StatusReport(try store.openWork(), asOf: day ?? today)
    report.crimeEvidence = try crimeEvidence(
      for: report.priorities.map(\.priority), asOf: report.asOf)
    return report
  }

  /// The agenda for a meeting: the one named, else the next scheduled.
  ///
  /// - Throws: `DocumentError.noNextMeeting` when none is named and none is scheduled.
  public func agenda(for query: String? = nil) throws -> AgendaDocument {
    let records = try records()
    let today = self.today
    let meeting: Meeting
    if let query {
      meeting = try records.meeting(query)
    } else if let next = records.nextMeeting(after: today) {
      meeting = next
    } else {
      throw DocumentError.noNextMeeting
    }
    return AgendaDocument(records, meeting: meeting, today: today)
  }

  /// The minutes of a held meeting.
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

  /// The newsletter after a held meeting: the one named, else the latest held.
  ///
  /// - Throws: `DocumentError.notHeld`, or `NewsletterError.noHeldMeeting` when none is
  ///   named and none has been held.
  public func newsletter(after query: String? = nil) throws -> NewsletterDocument {
    let records = try records()
    let today = self.today
    let meeting: Meeting
    if let query {
      meeting = try records.meeting(query)
      guard meeting.status == .held else {
        throw DocumentError.notHeld(id: meeting.id, status: meeting.status)
      }
    } else {
      meeting = try NewsletterDocument.defaultMeeting(records, today: today)
    }
    var document = NewsletterDocument(records, meeting: meeting, today: today)
    document.crimeEvidence = try crimeEvidence(for: document.topThree, asOf: document.asOf)
    return document
  }

  /// Every integrity error in the panel, and the gaps in its set-up as warnings.
  public func check() throws -> IntegrityCheck {
    try IntegrityCheck(store: store, today: today)
  }

  /// The panel exported in `format`.
  public func export(_ format: ExportFormat) throws -> String {
    format.document(try records(), today: today)
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
  ///   - day: The day the report describes.
  /// - Throws: `BoroughReportError` when a path is not a folder or no panel is found.
  public static func report(panelsUnder paths: [String], relativeTo directory: URL, asOf day: Day)
    throws -> BoroughReport
  {
    let found = try PanelFinder.find(paths, in: directory)
    guard !found.isEmpty else { throw BoroughReportError.noPanels(paths: paths) }
    return BoroughReport(loading: found, asOf: day)
  }
}
