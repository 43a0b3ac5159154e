/// The merges of an array both copies changed: a log, whose entries are kept, or a set.
///
/// Entries have no ids of their own, so an entry is known by its content, its canonical JSON
/// (`CanonicalBytes`): the same note typed on the same day in two copies is one entry.
enum ListMerge {
  /// The merged log: the entries of `base` that neither side removed, in their order, and
  /// every entry either side added, each once, placed among them by date (`on`), ties by
  /// content. Nil when a side holds something other than an array.
  static func log(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
    guard let lists = Lists(base: base, ours: ours, theirs: theirs) else { return nil }
    return .array(insert(lists.added, into: lists.kept))
  }

  /// `list` with `added` placed by date: each new entry goes after the entries dated on or
  /// before it, so the entries already there keep their order.
  static func insert(_ added: [JSONValue], into list: [JSONValue]) -> [JSONValue] {
    let sorted = added.map { (day: day(of: $0), key: CanonicalBytes.of($0), entry: $0) }
      .sorted { first, second in
        first.day != second.day
          ? CanonicalBytes.isOrdered(first.day, second.day)
          : CanonicalBytes.isOrdered(first.key, before: second.key)
      }
    var merged: [JSONValue] = []
    merged.reserveCapacity(list.count + sorted.count)
    var next = sorted.startIndex
    for entry in list {
      let entryDay = day(of: entry)
      while next < sorted.endIndex, CanonicalBytes.isOrdered(sorted[next].day, entryDay) {
        merged.append(sorted[next].entry)
        next += 1
      }
      merged.append(entry)
    }
    merged.append(contentsOf: sorted[next...].map(\.entry))
    return merged
  }

  /// The merged set: the members of `base` neither side removed, in their order, then what
  /// either side added, in the order of their canonical JSON. Nil when a side holds
  /// something other than an array.
  static func set(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
    guard let lists = Lists(base: base, ours: ours, theirs: theirs) else { return nil }
    let added = lists.added.map { (key: CanonicalBytes.of($0), member: $0) }
      .sorted { CanonicalBytes.isOrdered($0.key, before: $1.key) }
      .map(\.member)
    return .array(lists.kept + added)
  }

  /// What two sides did to a list, entries known by their content: the entries of `base`
  /// both sides kept, in their order, and those either side added, each once, ours first.
  private struct Lists {
    var kept: [JSONValue]
    var added: [JSONValue]

    /// Nil when a side holds something other than an array.
    init?(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
      guard let baseList = elements(base), let oursList = elements(ours),
        let theirsList = elements(theirs)
      else { return nil }
      let baseKeys = Set(baseList.map(CanonicalBytes.of))
      let oursKeys = Set(oursList.map(CanonicalBytes.of))
      let theirsKeys = Set(theirsList.map(CanonicalBytes.of))
      var seen: Set<[UInt8]> = []
      kept = baseList.filter { entry in
        let key = CanonicalBytes.of(entry)
        return oursKeys.contains(key) && theirsKeys.contains(key) && seen.insert(key).inserted
      }
      added = (oursList + theirsList).filter { entry in
        let key = CanonicalBytes.of(entry)
        return !baseKeys.contains(key) && seen.insert(key).inserted
      }
    }
  }

  /// An array's elements; none when the key is absent; nil for anything else.
  private static func elements(_ value: JSONValue?) -> [JSONValue]? {
    switch value {
    case nil: []
    case .array(let elements): elements
    default: nil
    }
  }

  /// An entry's day (`on`, `YYYY-MM-DD`, which sorts as text), or empty when it has none.
  private static func day(of entry: JSONValue) -> String {
    entry["on"]?.stringValue ?? ""
  }
}
