import Foundation

/// A name or id that does not pick out exactly one record (exit 1).
public enum LookupError: Error, Equatable, PactError {
  /// Nothing matches; `suggestions` are the closest names, best first.
  case notFound(kind: RecordKind, query: String, suggestions: [String])
  /// More than one record matches the prefix given.
  case ambiguous(kind: RecordKind, query: String, matches: [String])

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .notFound(let kind, let query, _):
      "no \(kind.noun) matches \"\(query)\""
    case .ambiguous(let kind, let query, let matches):
      "\"\(query)\" matches \(matches.count) \(kind.pluralNoun): \(matches.joined(separator: ", "))"
    }
  }

}
