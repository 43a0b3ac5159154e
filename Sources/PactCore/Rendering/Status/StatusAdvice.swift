/// What a front end adds to a status report in its own terms: what to do about each
/// warning, and about a panel with no priority set. PactCore states the facts and names
/// no command; a command line names its commands here, a web page could name its forms.
public struct StatusAdvice: Sendable {
  /// What to do about a warning, without a full stop; nil to state the warning alone.
  public var warning: @Sendable (StatusWarning) -> String?
  /// What to do when no priority is set; nil to state the fact alone.
  public var noPriorities: String?

  public init(
    warning: @escaping @Sendable (StatusWarning) -> String? = { _ in nil },
    noPriorities: String? = nil
  ) {
    self.warning = warning
    self.noPriorities = noPriorities
  }

  /// No advice: the facts alone.
  public static let none = StatusAdvice()
}
