import Foundation

/// A name or id that does not pick out exactly one record (exit 1).
public enum LookupError: Error, Equatable, LocalizedError {
  /// Nothing matches; `suggestions` are the closest names, best first.
  case notFound(kind: RecordKind, query: String, suggestions: [String])
  /// More than one record matches the prefix given.
  case ambiguous(kind: RecordKind, query: String, matches: [String])

  public var errorDescription: String? {
    switch self {
    case .notFound(let kind, let query, _):
      "no \(kind.noun) matches \"\(query)\""
    case .ambiguous(let kind, let query, let matches):
      "\"\(query)\" matches \(matches.count) \(kind.pluralNoun): \(matches.joined(separator: ", "))"
    }
  }

  public var recoverySuggestion: String? {
    switch self {
    case .notFound(let kind, _, let suggestions):
      let list = "See 'pact \(kind.noun) list'."
      guard !suggestions.isEmpty else { return list }
      return "Did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: " or "))? \(list)"
    case .ambiguous:
      return "Give more of the name or id."
    }
  }
}
