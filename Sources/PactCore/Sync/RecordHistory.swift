/// Where a merged record keeps the values the merge did not choose, so that nothing typed in
/// either copy is lost.
///
/// - An action keeps each in its log of updates: an update dated the day of the losing
///   change where the record says it (else the action's latest update, else the day it was
///   agreed) holding `mergedOut: {field, value}`, unless its updates already say it (a
///   status, due date or owner that an update set; an outcome or completion day that the
///   update marking it done holds).
/// - Any other record keeps them in `mergeHistory`, an array of `{field, value}` that pact
///   keeps as it keeps any field it does not know.
///
/// `value` is null where the losing change removed the field.
struct RecordHistory {
  static let updateKey = "mergedOut"

  let lost: [RecordMerge.Lost]
  let dating: ChangeDating

  /// `merged` with the lost values recorded.
  func record(in merged: [String: JSONValue]) -> [String: JSONValue] {
    guard !lost.isEmpty else { return merged }
    var result = merged
    if dating.isAction, case .array(let updates)? = merged["updates"],
      let fallback = Self.latestDay(of: updates) ?? merged["agreedOn"]?.stringValue
    {
      let existing = Set(updates.map(CanonicalBytes.of))
      let entries = lost.filter { !Self.isRecorded($0, in: updates) }
        .map { Self.update(for: $0, on: $0.on ?? fallback) }
        .filter { !existing.contains(CanonicalBytes.of($0)) }
      result["updates"] = .array(ListMerge.insert(entries, into: updates))
      return result
    }
    let history: [JSONValue]
    switch merged[RecordMerge.historyKey] {
    case nil: history = []
    case .array(let entries): history = entries
    // A `mergeHistory` that is not an array is someone else's field: kept, not added to.
    default: return merged
    }
    var seen = Set(history.map(CanonicalBytes.of))
    let entries = lost.map(Self.entry).filter { seen.insert(CanonicalBytes.of($0)).inserted }
    result[RecordMerge.historyKey] = .array(history + entries)
    return result
  }

  private static func entry(for lost: RecordMerge.Lost) -> JSONValue {
    .object(["field": .string(lost.field), "value": lost.value ?? .null])
  }

  private static func update(for lost: RecordMerge.Lost, on day: String) -> JSONValue {
    .object(["on": .string(day), updateKey: entry(for: lost)])
  }

  private static func latestDay(of updates: [JSONValue]) -> String? {
    updates.compactMap { $0["on"]?.stringValue }.max(by: CanonicalBytes.isOrdered)
  }

  /// Whether an update already holds the lost value as what it changed.
  private static func isRecorded(_ lost: RecordMerge.Lost, in updates: [JSONValue]) -> Bool {
    guard let value = lost.value else { return false }
    let bytes = CanonicalBytes.of(value)
    let completions = updates.filter { $0["status"]?.stringValue == "done" }
    switch lost.field {
    case _ where ChangeDating.updateKeys.contains(lost.field):
      return updates.contains { CanonicalBytes.of($0[lost.field]) == bytes }
    case "outcome":
      return completions.contains { CanonicalBytes.of($0["note"]) == bytes }
    case "completedOn":
      return completions.contains { CanonicalBytes.of($0["on"]) == bytes }
    default:
      return false
    }
  }
}
