import Foundation

/// What kind of failure an error is, whichever part of pact raised it: a front end turns
/// the kind, never the error's type, into its own signal (an exit code, an HTTP status).
public enum ErrorKind: Sendable, Equatable {
  /// The operation could not be done as asked: an unknown name, a rule of the panel, a
  /// panel not found or busy.
  case refused
  /// A value given was malformed or out of range.
  case invalidInput
  /// A data file cannot be read; nothing was changed.
  case invalidData
}

/// An error PactCore raises: a message that says what is wrong with which value, and its
/// kind. It never names a command or a flag; the front end adds what to do next.
public protocol PactError: LocalizedError {
  var kind: ErrorKind { get }
}

/// A value people give, named as the records name it. An error says which field was wrong;
/// each front end names the field its own way (the command line, as its option).
public enum Field: String, Sendable, CaseIterable {
  case title
  case name
  case id
  case kind
  case owner
  case note
  case notes
  case outcome
  case difference
  case category
  case contact
  case partnership
  case policeForce
  case venue
  case cadenceWeeks
  case area
  case role
  case email
  case phone
  case rank
  /// The day something happened (an update, a completion, a close).
  case date
  /// The day of a meeting still to come.
  case scheduledDate
  /// A meeting, named by its date or id.
  case meeting
  /// A spreadsheet column, named by its heading.
  case column
  case time
  case platform
  case link
  case present
  case apologies
  case publicAttendance
  case onlineViews
  case questions
  /// The police.uk crime type a priority's evidence counts.
  case crimeType
  /// The LSOA codes of the panel's area.
  case lsoa
  /// The boundary of the panel's area.
  case boundary
}
