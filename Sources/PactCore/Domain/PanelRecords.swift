/// Every record of one panel, as values that change only through the rules defined on it
/// (`PanelRecords+Actions.swift` and its siblings): the one type in pact that changes.
///
/// A change on a panel with years of history may start from the open work alone: the done
/// and dropped actions are then known by id and counted, not read. A rule that needs them
/// (removing an agency that an old action names, reopening a done action) throws
/// `IncompleteRead`, and `PanelService` reads the whole panel and runs the change again,
/// so every rule holds however much was read.
public struct PanelRecords: PanelContents {
  public internal(set) var panel: Panel
  public internal(set) var members: [Member]
  public internal(set) var agencies: [Agency]
  public internal(set) var meetings: [Meeting] = []
  public internal(set) var issues: [Issue] = []
  public internal(set) var priorities: [Priority] = []
  /// The actions read: every one, or only the open ones while `closedActions` is unread.
  public internal(set) var actions: [Action] = []
  /// What was read of the done and dropped actions.
  let closedActions: ClosedActions

  /// The done and dropped actions of a panel: read with the rest, or known only by id.
  enum ClosedActions: Sendable, Equatable {
    case read
    case unread(ids: Set<String>, counts: [ActionStatus: Int])
  }

  /// A panel holding no records but its settings and these (a new panel, or a test's).
  init(panel: Panel, members: [Member] = [], agencies: [Agency] = []) {
    self.panel = panel
    self.members = members
    self.agencies = agencies
    closedActions = .read
  }

  /// Every record of a panel made elsewhere (a generated sample, a test): its files are
  /// written with `PanelService.create(at:records:)`.
  public init(
    panel: Panel, members: [Member], agencies: [Agency], meetings: [Meeting], issues: [Issue],
    priorities: [Priority], actions: [Action]
  ) {
    self.init(
      panel: panel, members: members, agencies: agencies, meetings: meetings, issues: issues,
      priorities: priorities, actions: actions, closedActions: .read)
  }

  init(
    panel: Panel, members: [Member], agencies: [Agency], meetings: [Meeting], issues: [Issue],
    priorities: [Priority], actions: [Action], closedActions: ClosedActions
  ) {
    self.panel = panel
    self.members = members
    self.agencies = agencies
    self.meetings = meetings
    self.issues = issues
    self.priorities = priorities
    self.actions = actions
    self.closedActions = closedActions
  }

  /// Whether every record was read.
  var isComplete: Bool { closedActions == .read }

  /// Throws `IncompleteRead` unless every action was read: called first by each rule that
  /// must see the done and dropped actions too.
  func requireEveryAction() throws(IncompleteRead) {
    guard isComplete else { throw IncompleteRead() }
  }

  /// The id of every action, read or not.
  var actionIDs: Set<String> {
    switch closedActions {
    case .read: Set(actions.map(\.id))
    case .unread(let ids, _): Set(actions.map(\.id)).union(ids)
    }
  }

  /// The ids of the done and dropped actions not read in full.
  public var otherActionIDs: [String] {
    guard case .unread(let ids, _) = closedActions else { return [] }
    return Array(ids)
  }

  public func actionCount(_ status: ActionStatus) -> Int {
    let read = actions.filter { $0.status == status }.count
    guard case .unread(_, let counts) = closedActions else { return read }
    return read + counts[status, default: 0]
  }

  var actionResolver: Resolver<Action> {
    Resolver(
      kind: .action, records: actions, id: \.id, names: { [$0.title] },
      label: { "\($0.id) \($0.title)" })
  }

  /// The action a person means: its id, a prefix of it, or its title (or a prefix of it).
  ///
  /// - Throws: `LookupError`; `IncompleteRead` when the actions not read might be meant.
  public func action(_ query: String) throws -> Action {
    if case .unread(let ids, _) = closedActions {
      let wanted = query.trimmed.uppercased()
      // An id, or a prefix only open actions' ids have, names an open action whatever the
      // others are; anything else (a title, an unknown id) may name one not read.
      guard !wanted.isEmpty, !ids.contains(where: { $0.uppercased().hasPrefix(wanted) }),
        let match = try? actionResolver.resolveID(query)
      else { throw IncompleteRead() }
      return match
    }
    return try actionResolver.resolve(query)
  }

  /// The active priorities as the work goes on, for a read model of it.
  var openWork: OpenWork {
    OpenWork(
      panel: panel, members: members, agencies: agencies, meetings: meetings,
      issues: issues.filter { $0.status != .closed }, priorities: priorities.filter(\.isActive),
      actions: actions.filter(\.isOpen),
      closedCounts: [.done: actionCount(.done), .dropped: actionCount(.dropped)],
      otherActionIDs: otherActionIDs + actions.filter { !$0.isOpen }.map(\.id))
  }
}

/// A change read too little of the panel and must start again reading all of it.
struct IncompleteRead: Error, Equatable {}
