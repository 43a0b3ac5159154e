/// The three-way merge of one record's JSON object: what `pact merge-file` (git's merge
/// driver) and `pact sync` write when two copies of a panel changed the same record. It never
/// fails and never leaves a conflict, and it is the same whichever copy is "ours", byte for
/// byte, so every copy that merges the same two changes gets the same file.
///
/// Key by key:
/// - changed on one side only, or identically on both: that change;
/// - a log (`updates`, `raised`, `mergeHistory`) changed on both: every entry either side
///   added, each once (an entry is known by its content), less those either side removed,
///   the new ones placed by date;
/// - a set of ids or words (`present`, `apologies`, `areas`, `handles`, `roles`,
///   `mergedFrom`) changed on
///   both: what either side added, less what either side removed;
/// - an object changed on both: merged the same way, key by key;
/// - anything else changed differently on both: a winner — the later dated change where the
///   record says when (an action's updates, a priority's `closedOn`), then for `status` the
///   more final state (done over dropped), then the greater value as canonical JSON — and
///   the losing value goes into the record's history (`RecordMerge+History.swift`).
///
/// One rule looks at two keys together: consent to publish (`public`) given in one copy
/// does not cover an e-mail or phone the other copy changed (`withholdConsent`).
///
/// The keys are the records' own, whatever the kind; a key pact does not know merges like
/// any other.
struct RecordMerge {
  /// Keys whose arrays are logs: entries are added and kept, each once.
  static let logKeys: Set<String> = ["updates", "raised", historyKey]
  /// Keys whose arrays are sets of ids or words.
  static let setKeys: Set<String> = [
    "present", "apologies", "areas", "handles", "roles", "mergedFrom",
  ]
  /// Where a record other than an action keeps the values a merge did not choose.
  static let historyKey = "mergeHistory"
  /// Statuses from most to least final: of two different changes to a status made on the
  /// same day (or not dated), the earlier in this list is kept.
  static let statusPrecedence = [
    "done", "achieved", "held", "dropped", "closed", "cancelled", "promoted", "blocked",
    "in-progress", "scheduled", "active", "open",
  ]

  /// Which copy a value came from.
  enum Side {
    case ours
    case theirs
  }

  /// A value a merge did not keep, and where it was.
  struct Lost: Equatable {
    /// The key's path, dot-separated (`roles.chair`).
    var field: String
    /// The value; nil when the losing change removed the key.
    var value: JSONValue?
    /// The day of the losing change, when the record says it.
    var on: String?
  }

  private let dating: ChangeDating
  private(set) var lost: [Lost] = []

  private init(dating: ChangeDating) {
    self.dating = dating
  }

  /// The merge of `ours` and `theirs`, both changed from `base` (empty when the record is
  /// new on both sides).
  static func merge(
    base: [String: JSONValue], ours: [String: JSONValue], theirs: [String: JSONValue]
  ) -> [String: JSONValue] {
    var merge = RecordMerge(dating: ChangeDating(base: base, ours: ours, theirs: theirs))
    var merged = merge.object(base: base, ours: ours, theirs: theirs, path: [])
    merge.withholdConsent(&merged, base: base, ours: ours, theirs: theirs)
    return RecordHistory(lost: merge.lost, dating: merge.dating).record(in: merged)
  }

  /// Keys whose values a member's consent to publish (`public`) covers.
  static let contactKeys = ["email", "phone"]

  /// Consent to publish, given in one copy, covers the e-mail and phone that copy had. When
  /// the other copy changed either meanwhile, the merged member is not public — the
  /// consent goes into the history — so no contact detail is published that its owner did
  /// not agree to. The same whichever side is ours.
  private mutating func withholdConsent(
    _ merged: inout [String: JSONValue], base: [String: JSONValue],
    ours: [String: JSONValue], theirs: [String: JSONValue]
  ) {
    let consent = JSONValue.bool(true)
    guard merged["public"] == consent, base["public"] != consent else { return }
    for (consenting, other) in [(ours, theirs), (theirs, ours)]
    where consenting["public"] == consent && other["public"] != consent {
      let unseen = Self.contactKeys.contains { key in
        CanonicalBytes.of(other[key]) != CanonicalBytes.of(base[key])
          && CanonicalBytes.of(other[key]) != CanonicalBytes.of(consenting[key])
      }
      guard unseen else { continue }
      merged["public"] = .bool(false)
      lost.append(Lost(field: "public", value: consent, on: nil))
      return
    }
  }

  private mutating func object(
    base: [String: JSONValue], ours: [String: JSONValue], theirs: [String: JSONValue],
    path: [String]
  ) -> [String: JSONValue] {
    var keys = Set(base.keys)
    keys.formUnion(ours.keys)
    keys.formUnion(theirs.keys)
    var merged: [String: JSONValue] = [:]
    // Sorted, so that what is lost is listed in the same order on every side.
    for key in keys.sorted(by: CanonicalBytes.isOrdered) {
      merged[key] = value(base: base[key], ours: ours[key], theirs: theirs[key], path: path + [key])
    }
    return merged
  }

  private mutating func value(
    base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, path: [String]
  ) -> JSONValue? {
    let baseBytes = CanonicalBytes.of(base)
    let oursBytes = CanonicalBytes.of(ours)
    let theirsBytes = CanonicalBytes.of(theirs)
    if oursBytes == theirsBytes { return ours }
    if oursBytes == baseBytes { return theirs }
    if theirsBytes == baseBytes { return ours }
    let key = path.count == 1 ? path[0] : nil
    if let key, Self.logKeys.contains(key),
      let merged = ListMerge.log(base: base, ours: ours, theirs: theirs)
    {
      return merged
    }
    if let key, Self.setKeys.contains(key),
      let merged = ListMerge.set(base: base, ours: ours, theirs: theirs)
    {
      return merged
    }
    if case .object(let oursObject) = ours, case .object(let theirsObject) = theirs {
      let baseObject: [String: JSONValue]
      switch base {
      case .object(let object): baseObject = object
      default: baseObject = [:]
      }
      return .object(object(base: baseObject, ours: oursObject, theirs: theirsObject, path: path))
    }
    return winner(ours: (ours, oursBytes), theirs: (theirs, theirsBytes), path: path)
  }

  /// The value kept of two different changes, noting the other as lost.
  private mutating func winner(
    ours: (value: JSONValue?, bytes: [UInt8]), theirs: (value: JSONValue?, bytes: [UInt8]),
    path: [String]
  ) -> JSONValue? {
    let oursDay = dating.day(of: path, on: .ours)
    let theirsDay = dating.day(of: path, on: .theirs)
    let oursWins: Bool
    if let oursDay, let theirsDay, oursDay != theirsDay {
      oursWins = oursDay > theirsDay
    } else if path == ["status"], let oursRank = Self.precedence(ours.value),
      let theirsRank = Self.precedence(theirs.value), oursRank != theirsRank
    {
      oursWins = oursRank < theirsRank
    } else {
      oursWins = CanonicalBytes.isOrdered(theirs.bytes, before: ours.bytes)
    }
    let field = path.joined(separator: ".")
    if oursWins {
      lost.append(Lost(field: field, value: theirs.value, on: theirsDay))
      return ours.value
    }
    lost.append(Lost(field: field, value: ours.value, on: oursDay))
    return theirs.value
  }

  private static func precedence(_ value: JSONValue?) -> Int? {
    guard let status = value?.stringValue else { return nil }
    return statusPrecedence.firstIndex(of: status)
  }
}
