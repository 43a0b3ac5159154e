import Foundation
import PactCore

/// One run of one command: its parsed arguments and context, with the conversions every
/// command shares.
struct Invocation: Sendable {
  let path: [String]
  let arguments: ParsedArguments
  let context: Context
  /// The arguments as typed, which name the change in `pact undo`.
  var commandLine: [String] = []

  /// A usage mistake in this command (exit 64).
  func usageError(_ message: String) -> UsageError {
    UsageError(message: message, path: path)
  }

  /// The panel named by `--panel`, `PACT_PANEL` or the folders above.
  func store() throws -> PanelStore {
    let found = try PanelLocator.locate(
      explicit: arguments.value("panel"), environment: context.environment,
      currentDirectory: context.currentDirectory)
    var store = PanelStore(root: found.url, display: found.display)
    store.changeLabel =
      "pact "
      + commandLine.filter { $0 != "--panel" && $0 != found.display }.map(ShellQuoting.word)
      .joined(separator: " ")
    return store
  }

  func today() throws -> Day { try context.today() }

  /// The value of a date option, checked (2024-02-30 is a usage error).
  func day(_ option: String) throws -> Day? {
    guard let text = arguments.value(option) else { return nil }
    guard let day = Day(text) else {
      throw usageError(
        "Invalid date '\(text)' for '--\(option)': expected a real date written YYYY-MM-DD")
    }
    return day
  }

  /// The value of a date option saying when something happened, default today; a day
  /// after today is refused, since it has not happened yet.
  func dayOfEvent(_ option: String) throws -> Day {
    let today = try self.today()
    guard let day = try day(option) else { return today }
    guard day <= today else {
      throw usageError(
        "Invalid date '\(day)' for '--\(option)': it is after today (\(today)), and pact records "
          + "what has happened")
    }
    return day
  }

  /// The value of a whole-number option within `range`.
  func int(_ option: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let text = arguments.value(option) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw usageError(
        "Invalid value '\(text)' for '--\(option)': expected a whole number from "
          + "\(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// The value of an option that takes one of an enumeration's raw values (the parser has
  /// already checked it against the spec's allowed values).
  func choice<E: RawRepresentable>(_ option: String, as type: E.Type) throws -> E?
  where E.RawValue == String {
    guard let text = arguments.value(option) else { return nil }
    guard let value = E(rawValue: text) else {
      throw usageError("Invalid value '\(text)' for '--\(option)'")
    }
    return value
  }

  /// Fails when more than one of `flags` is given.
  func exclusive(_ flags: [String]) throws {
    let given = flags.filter { arguments.has($0) }
    if given.count > 1 {
      throw usageError(
        given.map { "'--\($0)'" }.joined(separator: " and ") + " cannot be used together")
    }
  }

  var wantsJSON: Bool { arguments.flag("json") }

  func print(_ text: String) {
    context.stdout.write(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Prints a view as JSON with `--json`, else as text fitted to the terminal.
  func present(_ view: some Presentable) {
    if wantsJSON {
      printJSON(view.json)
    } else {
      print(view.text(width: context.width))
    }
  }

  /// Like `present`, but with `--format csv` prints `csv` (made only when asked for).
  func present(_ view: some Presentable, csv: @autoclosure () -> String) {
    if !wantsJSON, arguments.value("format") == "csv" {
      context.stdout.write(csv())
    } else {
      present(view)
    }
  }

  func printJSON(_ value: JSONValue) {
    context.stdout.write(JSONWriter.prettyString(value))
  }

  /// Writes a document to `-o FILE` (atomically) when given, else to standard output.
  func emit(_ document: String) throws {
    guard let path = arguments.value("output") else {
      context.stdout.write(document)
      return
    }
    let url = PanelLocator.resolve(path, in: context.currentDirectory)
    try AtomicFile.write(Data(document.utf8), to: url)
  }

  /// A short confirmation of a change, on standard output.
  func say(_ text: String) { print(text) }
}
