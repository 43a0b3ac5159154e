/// When each side of a merge changed a key, where the record says so: the later of two
/// different changes to the same key is kept.
///
/// - An action (a record with `updates`) dates its changes by the updates a side added:
///   `status`, `due` and `owner` by the latest new update that sets them; `outcome`,
///   `difference` and `completedOn` by the latest new update that marks it done.
/// - A priority (a record with `setOn`) dates its closing by its `closedOn`: `status`,
///   `outcome` and `closedOn` changed by a side that closed it are dated that day.
///
/// Days are `YYYY-MM-DD` text, which sorts as the dates do.
struct ChangeDating {
  private let oursUpdates: [[String: JSONValue]]
  private let theirsUpdates: [[String: JSONValue]]
  private let oursClosed: String?
  private let theirsClosed: String?
  /// Whether the record is an action, whose lost values go into its updates.
  let isAction: Bool

  static let updateKeys: Set<String> = ["status", "due", "owner"]
  static let completionKeys: Set<String> = ["outcome", "difference", "completedOn"]
  static let closingKeys: Set<String> = ["status", "outcome", "closedOn"]

  init(base: [String: JSONValue], ours: [String: JSONValue], theirs: [String: JSONValue]) {
    isAction = [base, ours, theirs].contains { $0["updates"]?.arrayValue != nil }
    let baseUpdates = Set((base["updates"]?.arrayValue ?? []).map(CanonicalBytes.of))
    func added(_ record: [String: JSONValue]) -> [[String: JSONValue]] {
      (record["updates"]?.arrayValue ?? []).filter { !baseUpdates.contains(CanonicalBytes.of($0)) }
        .compactMap(\.objectValue)
    }
    oursUpdates = added(ours)
    theirsUpdates = added(theirs)
    let isPriority = !isAction && [base, ours, theirs].contains { $0["setOn"] != nil }
    func closed(_ record: [String: JSONValue]) -> String? {
      guard isPriority, record["closedOn"] != base["closedOn"] else { return nil }
      return record["closedOn"]?.stringValue
    }
    oursClosed = closed(ours)
    theirsClosed = closed(theirs)
  }

  /// The day `side` changed the key at `path`, if the record says.
  func day(of path: [String], on side: RecordMerge.Side) -> String? {
    guard path.count == 1, let key = path.first else { return nil }
    if isAction {
      let updates = side == .ours ? oursUpdates : theirsUpdates
      if Self.updateKeys.contains(key) {
        return latest(updates.filter { $0[key] != nil })
      }
      if Self.completionKeys.contains(key) {
        return latest(updates.filter { $0["status"]?.stringValue == "done" })
      }
      return nil
    }
    guard Self.closingKeys.contains(key) else { return nil }
    return side == .ours ? oursClosed : theirsClosed
  }

  private func latest(_ updates: [[String: JSONValue]]) -> String? {
    updates.compactMap { $0["on"]?.stringValue }.max(by: CanonicalBytes.isOrdered)
  }
}
