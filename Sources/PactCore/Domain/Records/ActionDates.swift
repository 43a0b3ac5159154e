/// What `pact report` needs of an action: where it stands and its dates. A panel's years
/// of done and dropped actions are read as these alone, through an index in `.pact/`
/// (`PanelStore.overview()`).
public struct ActionDates: Sendable, Equatable {
  public var status: ActionStatus
  public var agreedOn: Day
  public var due: Day?
  public var completedOn: Day?

  public init(status: ActionStatus, agreedOn: Day, due: Day? = nil, completedOn: Day? = nil) {
    self.status = status
    self.agreedOn = agreedOn
    self.due = due
    self.completedOn = completedOn
  }

  public init(_ action: Action) {
    self.init(
      status: action.status, agreedOn: action.agreedOn, due: action.due,
      completedOn: action.completedOn)
  }
}
