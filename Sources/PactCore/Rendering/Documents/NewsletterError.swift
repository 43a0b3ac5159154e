import Foundation

/// A newsletter that cannot be written (exit 1).
public enum NewsletterError: Error, Equatable, PactError {
  /// The panel has held no meeting on or before today, so there is nothing to report on.
  case noHeldMeeting(today: Day)

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .noHeldMeeting(let today):
      "the panel has not held a meeting on or before \(today.mediumText)"
    }
  }

}
