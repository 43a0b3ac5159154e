/// What the borough's pages say about one panel: its line in the register, and its open
/// actions for the table of lead agencies.
struct SiteEntry: Sendable {
  var slug: String
  var name: String
  var areas: [String]
  var status: PanelStatus
  var chair: String?
  var nextMeeting: Meeting?
  var priorities: [String]
  var contact: String?
  var open: Int
  var overdue: Int
  /// The panel's agencies and open actions, and nothing else.
  var openWork: OpenWork

  init(_ site: PanelSite) {
    self.init(site.records, slug: site.slug, asOf: site.asOf)
  }

  /// The entry of a panel read as `contents` (all its records, or its open work alone).
  init(_ contents: any PanelContents, slug: String, asOf: Day) {
    let panel = contents.panel
    self.slug = slug
    name = panel.name
    areas = panel.areas
    status = panel.status
    chair = panel.roles[.chair].flatMap { id in contents.members.first { $0.id == id }?.name }
    nextMeeting = contents.nextMeeting(after: asOf)
    priorities = contents.activePriorities.filter { $0.setOn <= asOf }.map(\.title)
    contact = panel.contact
    let actions = contents.actions.filter { $0.isOpen && $0.agreedOn <= asOf }
    open = actions.count
    overdue = actions.filter { ($0.due.map { $0 < asOf }) ?? false }.count
    openWork = OpenWork(
      panel: panel, members: [], agencies: contents.agencies, meetings: [], issues: [],
      priorities: [], actions: actions, closedCounts: [:], otherActionIDs: [])
  }
}
