import Foundation

/// Finds the one record that a name, id or prefix typed by a person refers to.
///
/// In order: an exact id, an exact name (ignoring case), then a prefix of ids or names
/// (ignoring case) that only one record has. Anything else is a `LookupError` that lists
/// the closest names.
struct Resolver<R> {
  let kind: RecordKind
  let records: [R]
  let id: (R) -> String
  let names: (R) -> [String]
  /// What a suggestion shows for a record.
  let label: (R) -> String

  func resolve(_ query: String) throws(LookupError) -> R {
    let wanted = query.trimmed
    let folded = NameFolding.key(wanted)
    if let exact = records.first(where: { id($0) == wanted }) { return exact }
    // A generated id, or a prefix of one, is what people copy from a listing: it names its
    // record before any title does, so it means the same whatever else the panel holds.
    if kind.idPrefix != nil, let byID = uniqueIDPrefix(folded) { return byID }
    let exactMatches = records.filter { record in
      NameFolding.key(id(record)) == folded
        || names(record).contains { NameFolding.key($0) == folded }
    }
    if exactMatches.count == 1, let match = exactMatches.first { return match }
    if exactMatches.count > 1 {
      throw .ambiguous(kind: kind, query: query, matches: exactMatches.map(label))
    }
    let prefixMatches =
      folded.isEmpty
      ? []
      : records.filter { record in
        ([id(record)] + names(record)).contains { NameFolding.key($0).hasPrefix(folded) }
      }
    if prefixMatches.count == 1, let match = prefixMatches.first { return match }
    if prefixMatches.count > 1 {
      throw .ambiguous(kind: kind, query: query, matches: prefixMatches.map(label))
    }
    throw .notFound(kind: kind, query: query, suggestions: suggestions(for: folded))
  }

  /// The one record `query` names exactly: its id, a prefix only its generated id has, or
  /// its whole name (ignoring case and spacing) — never a prefix of a name, so that "Jo
  /// Smith" cannot mean "Jo Smithson".
  func resolveExactly(_ query: String) throws(LookupError) -> R {
    let wanted = query.trimmed
    let folded = NameFolding.key(wanted)
    if let exact = records.first(where: { id($0) == wanted }) { return exact }
    if kind.idPrefix != nil, let byID = uniqueIDPrefix(folded) { return byID }
    let matches = records.filter { record in
      NameFolding.key(id(record)) == folded
        || names(record).contains { NameFolding.key($0) == folded }
    }
    if matches.count == 1, let match = matches.first { return match }
    if matches.count > 1 {
      throw .ambiguous(kind: kind, query: query, matches: matches.map(label))
    }
    throw .notFound(kind: kind, query: query, suggestions: suggestions(for: folded))
  }

  /// The record a generated id or a prefix of it names: the one whose id is `query` or the
  /// only one whose id starts with it, ignoring case.
  func resolveID(_ query: String) throws(LookupError) -> R {
    let wanted = query.trimmed
    if let exact = records.first(where: { id($0) == wanted }) { return exact }
    if let byID = uniqueIDPrefix(NameFolding.key(wanted)) { return byID }
    throw .notFound(kind: kind, query: query, suggestions: [])
  }

  private func uniqueIDPrefix(_ folded: String) -> R? {
    guard !folded.isEmpty else { return nil }
    var found: R?
    for record in records where NameFolding.key(id(record)).hasPrefix(folded) {
      guard found == nil else { return nil }
      found = record
    }
    return found
  }

  /// Up to three records whose id or name is close to `folded`, or contains it.
  private func suggestions(for folded: String) -> [String] {
    let scored = records.compactMap { record -> (Int, String)? in
      let distances = ([id(record)] + names(record)).map { name -> Int in
        let candidate = NameFolding.key(name)
        if !folded.isEmpty, candidate.contains(folded) { return 0 }
        let words = candidate.split(separator: " ").map(String.init)
        let best = ([candidate] + words).map { EditDistance.distance(folded, $0) }.min() ?? 99
        return best
      }
      guard let best = distances.min(), best <= Suggestion.allowedDistance(for: folded) else {
        return nil
      }
      return (best, label(record))
    }
    // Only the closest few: a near miss should not be buried among distant ones.
    guard let best = scored.map(\.0).min() else { return [] }
    return scored.filter { $0.0 <= best + 1 }.sorted { $0 < $1 }.prefix(3).map(\.1)
  }
}
