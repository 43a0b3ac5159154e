/// One panel as the borough report reads it: the open work, and each done and dropped
/// action as its dates alone, read through an index that holds them for every file
/// unchanged since it was made. It cannot be changed.
public struct PanelOverview: PanelContents {
  public let openWork: OpenWork
  /// The dates of the done and dropped actions, in no particular order.
  public let closedActionDates: [ActionDates]

  public var panel: Panel { openWork.panel }
  public var members: [Member] { openWork.members }
  public var agencies: [Agency] { openWork.agencies }
  public var meetings: [Meeting] { openWork.meetings }
  public var issues: [Issue] { openWork.issues }
  public var priorities: [Priority] { openWork.priorities }
  public var actions: [Action] { openWork.actions }

  public func actionCount(_ status: ActionStatus) -> Int {
    actions.filter { $0.status == status }.count
      + closedActionDates.filter { $0.status == status }.count
  }
}
