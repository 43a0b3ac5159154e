/// A view that prints as text for a terminal and as JSON for scripts, as every listing and
/// `show` command offers.
public protocol Presentable {
  /// The view for a terminal of `width` columns.
  func text(width: Int) -> String
  /// The view as JSON.
  var json: JSONValue { get }
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
