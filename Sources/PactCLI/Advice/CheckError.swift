import Foundation
import PactCore

/// What `pact check` found, as an error so that the command exits with the right code and
/// ends with a summary and what to do next.
enum CheckError: Error, Equatable, PactError {
  /// Integrity errors (or, with `--strict`, warnings) were found (exit 1).
  case problems(errors: Int, warnings: Int, strict: Bool)
  /// Files pact cannot read at all were found (exit 65).
  case unreadable(errors: Int)

  /// Whether a data file could not be read.
  var isUnreadable: Bool {
    if case .unreadable = self { return true }
    return false
  }

  var kind: ErrorKind { isUnreadable ? .invalidData : .refused }

  var errorDescription: String? {
    switch self {
    case .problems(let errors, let warnings, let strict):
      var parts: [String] = []
      if errors > 0 { parts.append(CheckError.count(errors, "error")) }
      if strict, warnings > 0 { parts.append(CheckError.count(warnings, "warning")) }
      return "pact check found " + parts.joined(separator: " and ")
        + (errors == 0 ? " (--strict counts warnings)" : "")
    case .unreadable(let errors):
      return "pact check found \(CheckError.count(errors, "problem")), "
        + "and some files cannot be read at all"
    }
  }

  var recoverySuggestion: String? {
    switch self {
    case .problems:
      "Each line above names the file and field and says how to put it right; "
        + "then run pact check again."
    case .unreadable:
      "Correct the files named above by hand (git diff shows recent edits); pact changes "
        + "nothing in a panel until every file can be read. Then run pact check again."
    }
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
