import Foundation

/// A document that cannot be written for the meeting asked for (exit 1).
public enum DocumentError: Error, Equatable, PactError {
  /// No meeting is scheduled, so there is no next meeting to write an agenda for.
  case noNextMeeting
  /// Minutes are written only for a meeting that was held.
  case notHeld(id: String, status: MeetingStatus)

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .noNextMeeting: "no meeting is scheduled"
    case .notHeld(let id, let status): "the meeting of \(id) is \(status.rawValue), not held"
    }
  }

}
