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
    let records = site.records
    let panel = records.panel
    slug = site.slug
    name = panel.name
    areas = panel.areas
    status = panel.status
    chair = panel.roles[.chair].flatMap { id in records.members.first { $0.id == id }?.name }
    nextMeeting = site.nextMeeting
    priorities = records.activePriorities.filter { $0.setOn <= site.asOf }.map(\.title)
    contact = panel.contact
    let actions = records.actions.filter { $0.isOpen && $0.agreedOn <= site.asOf }
    open = actions.count
    overdue = actions.filter { ($0.due.map { $0 < site.asOf }) ?? false }.count
    openWork = OpenWork(
      panel: panel, members: [], agencies: records.agencies, meetings: [], issues: [],
      priorities: [], actions: actions, closedCounts: [:])
  }
}
