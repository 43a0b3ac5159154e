/// The open work of a panel, as the chair's briefing and the list of open actions read it:
/// the settings, members, agencies and meetings, the backlog and the active priorities,
/// and the open actions, with the done and dropped ones only counted. Its cost grows with
/// the open work, not the years of history. It cannot be changed.
public struct OpenWork: PanelContents {
  public let panel: Panel
  public let members: [Member]
  public let agencies: [Agency]
  public let meetings: [Meeting]
  /// The backlog and promoted issues (closed ones are not read).
  public let issues: [Issue]
  /// The active priorities, and any priority file still in the folder of active ones.
  public let priorities: [Priority]
  /// The open actions.
  public let actions: [Action]
  /// How many done and dropped actions there are.
  let closedCounts: [ActionStatus: Int]
  /// The ids of done and dropped actions that begin as an open one does.
  public let otherActionIDs: [String]

  public func actionCount(_ status: ActionStatus) -> Int {
    actions.filter { $0.status == status }.count + closedCounts[status, default: 0]
  }
}
