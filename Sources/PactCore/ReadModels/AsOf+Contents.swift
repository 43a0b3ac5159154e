extension PanelRecords {
  /// The panel as it stood at the end of `day` (see `AsOf`).
  public func asOf(_ day: Day) -> PanelRecords {
    let rule = AsOf(day)
    return PanelRecords(
      panel: rule.panel(panel), members: rule.members(members, meetings: meetings),
      agencies: agencies, meetings: meetings.compactMap(rule.meeting),
      issues: rule.issues(issues, priorities: priorities), priorities: rule.priorities(priorities),
      actions: actions.compactMap(rule.action), closedActions: closedActions)
  }
}

extension OpenWork {
  /// The open work as it stood at the end of `day` (see `AsOf`); the done and dropped
  /// actions, only counted, are counted as they are.
  func asOf(_ day: Day) -> OpenWork {
    let rule = AsOf(day)
    return OpenWork(
      panel: rule.panel(panel), members: rule.members(members, meetings: meetings),
      agencies: agencies, meetings: meetings.compactMap(rule.meeting),
      issues: rule.issues(issues, priorities: priorities),
      priorities: rule.priorities(priorities), actions: actions.compactMap(rule.action),
      closedCounts: closedCounts, otherActionIDs: otherActionIDs)
  }
}

extension PanelOverview {
  /// The overview as it stood at the end of `day` (see `AsOf`).
  func asOf(_ day: Day) -> PanelOverview {
    PanelOverview(
      openWork: openWork.asOf(day), closedActionDates: AsOf(day).closedDates(closedActionDates))
  }
}
