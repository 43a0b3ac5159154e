import Foundation

/// A document that cannot be written for the meeting asked for (exit 1).
public enum DocumentError: Error, Equatable, LocalizedError {
  /// No meeting is scheduled, so there is no next meeting to write an agenda for.
  case noNextMeeting
  /// Minutes are written only for a meeting that was held.
  case notHeld(id: String, status: MeetingStatus)

  public var errorDescription: String? {
    switch self {
    case .noNextMeeting: "no meeting is scheduled"
    case .notHeld(let id, let status): "the meeting of \(id) is \(status.rawValue), not held"
    }
  }

  public var recoverySuggestion: String? {
    switch self {
    case .noNextMeeting:
      "Schedule one (pact meeting add DATE --scheduled), or name one with --meeting DATE."
    case .notHeld(let id, _):
      "Once it has taken place, record it as held with 'pact meeting add \(id.prefix(10))'."
    }
  }
}
