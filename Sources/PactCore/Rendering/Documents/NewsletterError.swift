import Foundation

/// A newsletter that cannot be written (exit 1).
public enum NewsletterError: Error, Equatable, PactError {
  /// The panel has held no meeting on or before today, so there is nothing to report on.
  case noHeldMeeting(today: Day)
  /// The day asked for comes before the meeting, whose newsletter cannot tell of it yet.
  case beforeMeeting(id: String, day: Day)

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .noHeldMeeting(let today):
      "the panel has not held a meeting on or before \(today.mediumText)"
    case .beforeMeeting(let id, let day):
      "the newsletter after the meeting of \(id) cannot be written as of \(day), before it"
    }
  }

}
