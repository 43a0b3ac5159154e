/// A view that prints as text for a terminal and as JSON for scripts, as every listing and
/// `show` command offers.
public protocol Presentable {
  /// The view for a terminal of `width` columns; where it would say what to do next, it
  /// asks `nextStep` how the front end does it (nil says nothing).
  func text(width: Int, nextStep: (NextStep) -> String?) -> String
  /// The view as JSON.
  var json: JSONValue { get }
}

extension Presentable {
  /// The view for a terminal of `width` columns, without saying what to do next.
  public func text(width: Int) -> String { text(width: width, nextStep: { _ in nil }) }
}

/// Where a view would tell a person what to do next. PactCore says only where; the front
/// end says how (the command line, with its command).
public enum NextStep: Sendable, CaseIterable {
  case addAgency
  case addMember
  case raiseIssue
  case promoteIssue
  case addAction
  case addMeeting
  case addPriority
  case fillPriority
  case setCriterion
}

extension PanelSummary: Presentable {}
extension MemberListing: Presentable {}
extension AgencyListing: Presentable {}
extension MeetingListing: Presentable {}
extension MeetingDetail: Presentable {}
extension IssueListing: Presentable {}
extension PriorityListing: Presentable {}
extension ActionListing: Presentable {}
extension ActionDetail: Presentable {}
extension ActionLog: Presentable {}
