/// What every view of a panel reads: its settings and the records read from its folder.
///
/// `PanelRecords` holds every record and is the only one that changes; the read models
/// (`OpenWork`, `PanelOverview`) hold what a fast path needs and nothing else. The queries
/// below are defined once for all of them.
public protocol PanelContents: Sendable {
  var panel: Panel { get }
  var members: [Member] { get }
  var agencies: [Agency] { get }
  var meetings: [Meeting] { get }
  var issues: [Issue] { get }
  var priorities: [Priority] { get }
  /// The actions this view holds: every action, or only the open ones for a read model of
  /// the open work.
  var actions: [Action] { get }
  /// How many actions have `status`, counting those not read in full.
  func actionCount(_ status: ActionStatus) -> Int
  /// Ids of the panel's actions that `actions` leaves out, at least those that begin as
  /// one of `actions` does (`RecordID.minimumShownLength` characters): what a short form
  /// of an id in `actions` must not also name. Empty when `actions` holds every action.
  var otherActionIDs: [String] { get }
}

extension PanelContents {
  public var otherActionIDs: [String] { [] }

  /// The shortest prefix of the id of each action in `actions` that names it and no other
  /// action of the panel, done and dropped ones too, as every command that takes an action
  /// resolves it: what listings show.
  public var actionShortForms: [String: String] {
    RecordID.shortForms(actions.map(\.id) + otherActionIDs)
  }

  /// Meetings by date, earliest first.
  public var meetingsByDate: [Meeting] {
    // Meetings are mostly kept in order already; a check costs less than a sort's copies.
    let meetings = meetings
    if meetings.indices.dropFirst().allSatisfy({ meetings[$0 - 1].id <= meetings[$0].id }) {
      return meetings
    }
    return meetings.sorted { $0.id < $1.id }
  }

  /// The latest held meeting on or before `day`.
  public func lastHeldMeeting(onOrBefore day: Day) -> Meeting? {
    meetingsByDate.last { $0.status == .held && $0.date <= day }
  }

  /// The first scheduled meeting after `day` (or on it).
  public func nextMeeting(after day: Day) -> Meeting? {
    meetingsByDate.first { $0.status == .scheduled && $0.date >= day }
  }

  /// The first meeting after `meeting` that is not cancelled.
  func meeting(after meeting: Meeting) -> Meeting? {
    meetingsByDate.first { $0.id > meeting.id && $0.status != .cancelled }
  }

  /// The members still on the panel.
  public var currentMembers: [Member] { members.filter(\.isCurrent) }

  /// The current members who belong to each agency, by agency id: an agency with none is
  /// not represented on the panel.
  public var membersByAgency: [String: [Member]] {
    Dictionary(grouping: currentMembers.filter { $0.agency != nil }, by: { $0.agency ?? "" })
  }

  /// The roles each member holds on the panel, by member id.
  public var rolesByMember: [String: [PanelRole]] {
    var result: [String: [PanelRole]] = [:]
    for role in PanelRole.allCases {
      if let id = panel.roles[role] { result[id, default: []].append(role) }
    }
    return result
  }

  /// The agency's name, or its id when it has gone.
  func agencyName(_ id: String) -> String {
    agencies.first { $0.id == id }?.name ?? id
  }

  /// A member's name with their organisation and panel roles: "PC Rachel Dunn
  /// (Neighbourhood Policing Team)", "Margaret Ellis (Chair)".
  func describeMember(_ id: String) -> String {
    guard let member = members.first(where: { $0.id == id }) else { return id }
    var notes = rolesByMember[id, default: []].map(\.title)
    if let agency = member.agency {
      notes.append(agencies.first { $0.id == agency }?.name ?? agency)
    } else if member.isCouncillor {
      notes.append("councillor")
    }
    return notes.isEmpty ? member.name : "\(member.name) (\(notes.joined(separator: ", ")))"
  }

  /// The top three, by rank: at most three, each with its own rank, however the files were
  /// merged (`PriorityRanking`).
  public var activePriorities: [Priority] {
    PriorityRanking.topThree(of: priorities.filter(\.isActive))
  }

  /// Every active priority as stored, in the ranking rule's order: more than three, or two
  /// at one rank, after a merge (what `pact check` reports).
  var storedActivePriorities: [Priority] {
    PriorityRanking.ordered(priorities.filter(\.isActive))
  }

  /// The priorities on the list on `day`: set on or before it and not closed before it (a
  /// meeting that closes one and sets another has both), in the ranking rule's order.
  func prioritiesActive(on day: Day) -> [Priority] {
    PriorityRanking.ordered(
      priorities.filter { $0.setOn <= day && ($0.closedOn.map { $0 >= day } ?? true) })
  }
}
