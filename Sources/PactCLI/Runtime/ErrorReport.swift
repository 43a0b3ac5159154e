import Foundation
import PactCore

/// The one place that turns errors into messages and exit codes.
///
/// Exit codes: 1 when the operation could not be done, 64 for a usage mistake, 65 for a
/// data file pact cannot read. Every message is a first line saying what went wrong, then
/// what to do.
enum ErrorReport {
  static let failure: Int32 = 1
  static let usage: Int32 = 64
  static let dataError: Int32 = 65

  static func exitCode(for error: Error) -> Int32 {
    switch error {
    case is UsageError, is InvalidValueError: usage
    case is DataFileError: dataError
    case is ImportDataError: dataError
    case let error as CheckError: error.isUnreadable ? dataError : failure
    default: failure
    }
  }

  /// The text for standard error.
  static func message(for error: Error, root: CommandSpec, path: [String], width: Int) -> String {
    switch error {
    case let error as UsageError:
      return HelpFormatter.usageErrorText(error, root: root, width: width)
    case let error as InvalidValueError:
      let usage = UsageError(message: error.errorDescription ?? "invalid value", path: path)
      return HelpFormatter.usageErrorText(usage, root: root, width: width)
    case let error as LocalizedError:
      var text = "Error: " + (error.errorDescription ?? String(describing: error)) + "\n"
      if let suggestion = error.recoverySuggestion { text += suggestion + "\n" }
      return text
    default:
      return "Error: \(error.localizedDescription)\n"
    }
  }
}
