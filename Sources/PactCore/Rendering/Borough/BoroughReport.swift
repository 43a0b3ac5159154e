import Foundation

/// `pact report`: the Community Safety Partnership's overview of every panel under some
/// folders — the ward-by-ward database and annual scrutiny update the Medway review asked
/// for — with a table of each lead agency's open and overdue actions across the panels.
///
/// A panel that cannot be read is listed in `failures` and the others are reported.
public struct BoroughReport: Sendable {
  /// One active priority of a panel.
  public struct PriorityFigures: Sendable, Equatable {
    public var id: String
    public var rank: Int?
    public var title: String
    /// Held meetings it has been on the list.
    public var meetings: Int
    public var isLongRunning: Bool { meetings >= StatusReport.longRunningMeetings }
  }

  /// What the report says about one panel.
  public struct PanelFigures: Sendable {
    /// The panel's folder, as the report shows it.
    public var path: String
    public var panel: Panel
    public var chair: String?
    public var lastMeeting: Meeting?
    public var nextMeeting: Meeting?
    /// No held meeting within the panel's cadence (never for a closed panel).
    public var isMeetingOverdue: Bool
    /// The top three, by rank.
    public var priorities: [PriorityFigures]
    public var open = 0
    /// Open actions due before the report's day.
    public var overdue = 0
    public var blocked = 0
    public var done = 0
    public var dropped = 0
    /// Done actions that had a due date: those the on-time share is taken over.
    public var doneWithDueDate = 0
    /// Done actions completed on or before their due date.
    public var doneOnTime = 0
    /// The median of the days from agreeing to completing each done action.
    public var medianDaysToComplete: Double?
    /// The panel's police.uk figures, when it has any.
    public var crime: PanelCrimeFigures?

    /// The share of done actions with a due date that were completed by it, as a whole
    /// percentage; nil when no done action had a due date.
    public var onTimePercent: Int? {
      guard doneWithDueDate > 0 else { return nil }
      return Int((Double(doneOnTime) * 100 / Double(doneWithDueDate)).rounded())
    }

    public var longRunning: [PriorityFigures] { priorities.filter(\.isLongRunning) }
  }

  /// One lead agency's open work across every panel, agencies grouped by name.
  public struct AgencyFigures: Sendable, Equatable {
    /// The name as the first panel (in report order) spells it.
    public var name: String
    /// The names of the panels where it leads open actions.
    public var panels: [String]
    public var open: Int
    public var overdue: Int
  }

  /// A panel that could not be read, and why.
  public struct Failure: Sendable, Equatable {
    public var path: String
    public var problems: [DataFileDiagnostic]
  }

  public let asOf: Day
  public let panels: [PanelFigures]
  /// Agencies leading at least one open action, most overdue first.
  public let agencies: [AgencyFigures]
  public let failures: [Failure]

  /// Loads every panel found and reports on each as it stood on `asOf` (`AsOf`); a panel
  /// created after that day is left out, and one that cannot be loaded becomes a failure
  /// while the others are still reported.
  ///
  /// Panels are read in parallel, each reduced to its figures and its open actions as soon
  /// as it is read, so a county of three hundred panels is never in memory at once. Done
  /// and dropped actions are read as their dates, through each panel's index in
  /// `cacheFolder` (`PanelStore.overview()`, `CacheFolder`), unless `history` asks for each
  /// panel's whole history: a day before today needs the actions done since, and the
  /// priorities closed since. Nothing is written into the panels.
  public init(
    loading found: [PanelFinder.Found], asOf: Day, history: Bool = false, cacheFolder: URL? = nil
  ) {
    let results = Slots<Outcome>(count: found.count)
    DispatchQueue.concurrentPerform(iterations: found.count) { index in
      let panel = found[index]
      do {
        var store = PanelStore(root: panel.url, display: panel.display)
        store.cacheFolder = cacheFolder
        store.recordCacheFolder = history ? nil : cacheFolder
        let overview: PanelOverview
        if history {
          let records = try store.records().asOf(asOf)
          overview = PanelOverview(
            openWork: records.openWork,
            closedActionDates: records.actions.filter { !$0.isOpen }.map(ActionDates.init))
        } else {
          overview = try store.overview().asOf(asOf)
        }
        if let created = overview.panel.createdOn, created > asOf {
          results[index] = .notYetCreated
          return
        }
        var figures = BoroughReport.figures(
          overview, closedDates: overview.closedActionDates, path: panel.display, asOf: asOf)
        figures.crime = try .load(store, priorities: overview.activePriorities, asOf: asOf)
        // Only what the agency table needs is kept while the other panels are read.
        let open = OpenWork(
          panel: overview.panel, members: [], agencies: overview.agencies, meetings: [],
          issues: [], priorities: [], actions: overview.actions.filter(\.isOpen),
          closedCounts: [:], otherActionIDs: [])
        results[index] = .loaded(figures, open)
      } catch {
        results[index] = .failed(
          Failure(path: panel.display, problems: BoroughReport.problems(error, panel)))
      }
    }
    var figures: [PanelFigures] = []
    var open: [any PanelContents] = []
    var failures: [Failure] = []
    for result in results.values {
      switch result {
      case .loaded(let panelFigures, let snapshot):
        figures.append(panelFigures)
        open.append(snapshot)
      case .failed(let failure): failures.append(failure)
      case .notYetCreated, nil: break
      }
    }
    self.asOf = asOf
    panels = figures
    agencies = BoroughReport.agencies(open, asOf: asOf)
    self.failures = failures
  }

  /// What reading one panel gave.
  private enum Outcome {
    case loaded(PanelFigures, OpenWork)
    case failed(Failure)
    case notYetCreated
  }

  /// Reports on panels already loaded, each with the path the report shows for it.
  public init(
    _ loaded: [(path: String, snapshot: any PanelContents)], failures: [Failure] = [], asOf: Day
  ) {
    self.asOf = asOf
    panels = loaded.map {
      BoroughReport.figures($0.snapshot, closedDates: [], path: $0.path, asOf: asOf)
    }
    agencies = BoroughReport.agencies(loaded.map(\.snapshot), asOf: asOf)
    self.failures = failures
  }

  static func problems(_ error: Error, _ panel: PanelFinder.Found) -> [DataFileDiagnostic] {
    switch error {
    case DataFileError.invalid(let diagnostics):
      return diagnostics
    case DataFileError.newerSchema(let file, let found, let supported):
      return [
        DataFileDiagnostic(
          file: file, field: "schema",
          message: "written by a newer pact (schema \(found); this pact reads up to \(supported))")
      ]
    default:
      let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
      return [DataFileDiagnostic(file: panel.display, message: message)]
    }
  }

  static func figures(
    _ snapshot: any PanelContents, closedDates: [ActionDates], path: String, asOf: Day
  ) -> PanelFigures {
    let panel = snapshot.panel
    let last = snapshot.lastPanelMeeting(onOrBefore: asOf)
    let overdue = Cadence.isMeetingOverdue(panel, lastHeld: last, on: asOf)
    var figures = PanelFigures(
      path: path, panel: panel,
      chair: panel.roles[.chair].map { id in snapshot.members.first { $0.id == id }?.name ?? id },
      lastMeeting: last, nextMeeting: snapshot.nextPanelMeeting(after: asOf),
      isMeetingOverdue: overdue,
      priorities: snapshot.activePriorities.map { priority in
        PriorityFigures(
          id: priority.id, rank: priority.rank, title: priority.title,
          meetings: snapshot.meetingsOnList(priority, today: asOf))
      })
    var days: [Int] = []
    for action in snapshot.actions.map(ActionDates.init) + closedDates {
      switch action.status {
      case .open, .inProgress, .blocked:
        figures.open += 1
        if let due = action.due, due < asOf { figures.overdue += 1 }
        if action.status == .blocked { figures.blocked += 1 }
      case .done:
        figures.done += 1
        if let completed = action.completedOn {
          days.append(action.agreedOn.days(to: completed))
          if let due = action.due {
            figures.doneWithDueDate += 1
            if completed <= due { figures.doneOnTime += 1 }
          }
        }
      case .dropped:
        figures.dropped += 1
      }
    }
    figures.medianDaysToComplete = median(days)
    return figures
  }

  /// The median of `values`: the middle one, or the mean of the middle two; nil for none.
  public static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1
      ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
  }

  private static func agencies(_ snapshots: [any PanelContents], asOf: Day) -> [AgencyFigures] {
    var byKey: [String: AgencyFigures] = [:]
    var order: [String] = []
    for snapshot in snapshots {
      for action in snapshot.actions where action.isOpen {
        let name = snapshot.agencyName(action.lead)
        // An agency is the same across panels when its name is.
        let key = NameFolding.key(name)
        if byKey[key] == nil {
          byKey[key] = AgencyFigures(name: name, panels: [], open: 0, overdue: 0)
          order.append(key)
        }
        byKey[key]?.open += 1
        if let due = action.due, due < asOf { byKey[key]?.overdue += 1 }
        if byKey[key]?.panels.last != snapshot.panel.name {
          byKey[key]?.panels.append(snapshot.panel.name)
        }
      }
    }
    return order.compactMap { byKey[$0] }.sorted {
      ($1.overdue, $1.open, NameFolding.key($0.name))
        < ($0.overdue, $0.open, NameFolding.key($1.name))
    }
  }
}
