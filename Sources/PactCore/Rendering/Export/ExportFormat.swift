/// What `pact export` can write.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// The action log, as `pact log --format csv` writes it.
  case csv
  /// Everything, as one JSON document (``PanelExport``).
  case json
  /// Scheduled meetings as iCalendar (``MeetingCalendar``).
  case ics
  /// The active priorities in the police.uk neighbourhood shape (``PoliceUKExport``).
  case policeUK = "police-uk"

  /// The export of `snapshot` in this format, as of `today`.
  public func document(_ snapshot: PanelRecords, today: Day) -> String {
    switch self {
    case .csv: ActionLog(snapshot).csv
    case .json: PanelExport(snapshot, today: today).document
    case .ics: MeetingCalendar(snapshot, today: today).ics
    case .policeUK: PoliceUKExport(snapshot).document
    }
  }
}
