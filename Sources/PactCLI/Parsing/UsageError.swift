import Foundation
import PactCore

/// A usage mistake (exit 64), thrown by the parser and by commands.
struct UsageError: Error, Equatable, PactError {
  /// One sentence naming the bad word, e.g. "Unknown option '--emial'. Did you mean '--email'?".
  var message: String
  /// The command the mistake was made in, for the usage line.
  var path: [String]

  var kind: ErrorKind { .invalidInput }

  var errorDescription: String? { message }
}
