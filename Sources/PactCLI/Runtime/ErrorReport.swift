import Foundation
import PactCore

/// The one place that turns errors into messages and exit codes.
///
/// Exit codes follow from the error's kind: 1 when the operation could not be done, 64 for
/// a usage mistake or a malformed value, 65 for a data file pact cannot read. Every message
/// is a first line saying what went wrong, then what to do.
enum ErrorReport {
  static let failure: Int32 = 1
  static let usage: Int32 = 64
  static let dataError: Int32 = 65

  static func exitCode(for error: Error) -> Int32 {
    if let exit = error as? CommandExit { return exit.status }
    return switch (error as? PactError)?.kind {
    case .invalidInput: usage
    case .invalidData: dataError
    case .refused, nil: failure
    }
  }

  /// The text for standard error.
  static func message(for error: Error, root: CommandSpec, path: [String], width: Int) -> String {
    if let exit = error as? CommandExit { return exit.message }
    if let usage = usageError(error, root: root, path: path) {
      return HelpFormatter.usageErrorText(usage, root: root, width: width)
    }
    guard let error = error as? LocalizedError else {
      return "Error: \(error.localizedDescription)\n"
    }
    var text = "Error: " + (error.errorDescription ?? String(describing: error)) + "\n"
    if let suggestion = ErrorAdvice.suggestion(for: error) { text += suggestion + "\n" }
    return text
  }

  /// A malformed value as the usage mistake the command line shows: the value and the
  /// option (or argument) it was given for.
  private static func usageError(_ error: Error, root: CommandSpec, path: [String])
    -> UsageError?
  {
    switch error {
    case let error as UsageError:
      return error
    case let error as InvalidValueError:
      let name = name(of: error.field, root: root, path: path)
      return UsageError(
        message: "Invalid value \"\(error.value)\" for \(name): expected \(error.expected)",
        path: path)
    case PanelError.meetingNotYetHeld(let id, let date, let field):
      let name = name(of: field, root: root, path: path)
      return UsageError(
        message: "Invalid value \"\(id)\" for \(name): expected a meeting that has been held; "
          + "record it with pact meeting add \(date) once it has taken place",
        path: path)
    default:
      return nil
    }
  }

  /// How the command at `path` names a field of PactCore's records: the option or argument
  /// declared to fill it, else the option that fills it elsewhere.
  static func name(of field: Field, root: CommandSpec, path: [String]) -> String {
    let command = root.resolve(path).spec
    if let option = command.options.first(where: { $0.field == field }) {
      return "--" + option.long
    }
    if let argument = command.arguments.first(where: { $0.field == field }) {
      return argument.name.uppercased()
    }
    return "--"
      + field.rawValue.reduce(into: "") { name, character in
        name += character.isUppercase ? "-" + character.lowercased() : String(character)
      }
  }
}
