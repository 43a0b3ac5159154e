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

  // MARK: Arguments

  /// The value of `key` (the last one given), or nil when it was not given.
  func value<Value>(_ key: Key<Value>) throws -> Value? {
    guard let text = arguments.value(key.long) else { return nil }
    return try converted(text, key)
  }

  /// Every value given for `key`, in order.
  func values<Value>(_ key: Key<Value>) throws -> [Value] {
    try arguments.values(key.long).map { try converted($0, key) }
  }

  /// The value of an option the parser requires.
  func required<Value>(_ key: Key<Value>) throws -> Value {
    guard let value = try value(key) else {
      throw usageError("Missing expected argument '--\(key.long)'")
    }
    return value
  }

  /// Whether `key` was given at all.
  func has<Value>(_ key: Key<Value>) -> Bool { arguments.has(key.long) }

  /// Whether the flag was given.
  func flag(_ flag: Flag) -> Bool { arguments.flag(flag.long) }

  /// The value of a positional argument, or nil when it was not given.
  func argument(_ positional: Positional) -> String? {
    arguments.positional(positional.name)
  }

  /// Every value of a repeating positional argument.
  func arguments(_ positional: Positional) -> [String] {
    arguments.positionals(positional.name)
  }

  /// The value of a positional argument the parser requires.
  func required(_ positional: Positional) throws -> String {
    guard let value = argument(positional) else {
      throw usageError("Missing expected argument '<\(positional.name)>'")
    }
    return value
  }

  /// Fails when more than one of the options or flags named (by their `long`) is given.
  func exclusive(_ names: [String]) throws {
    let given = names.filter { arguments.has($0) }
    if given.count > 1 {
      throw usageError(
        given.map { "'--\($0)'" }.joined(separator: " and ") + " cannot be used together")
    }
  }

  private func converted<Value>(_ text: String, _ key: Key<Value>) throws -> Value {
    do {
      return try key.convert(text, key.long)
    } catch let error as UsageError {
      throw usageError(error.message)
    }
  }

  // MARK: The panel and the day

  /// The panel named by `--panel`, `PACT_PANEL` or the folders above.
  func panel() throws -> PanelService {
    let found = try PanelLocator.locate(
      explicit: arguments.value(CommonOptions.panel.long), environment: context.environment,
      currentDirectory: context.currentDirectory)
    let label =
      "pact "
      + commandLine.filter { $0 != "--panel" && $0 != found.display }.map(ShellQuoting.word)
      .joined(separator: " ")
    var service = PanelService(
      at: found.url, display: found.display, clock: try context.panelClock(),
      ids: context.ids(for: label), changeLabel: label)
    service.cacheFolder = CacheFolder.standard(environment: context.environment)
    return service
  }

  func today() throws -> Day { try context.panelClock().today }

  /// The value of a date option saying when something happened, default today; a day
  /// after today is refused, since it has not happened yet.
  func dayOfEvent(_ key: Key<Day>) throws -> Day {
    let today = try self.today()
    guard let day = try value(key) else { return today }
    guard day <= today else {
      throw usageError(
        "Invalid date '\(day)' for '--\(key.long)': it is after today (\(today)), and pact "
          + "records what has happened")
    }
    return day
  }

  // MARK: Output

  var wantsJSON: Bool { flag(CommonOptions.json) }

  func print(_ text: String) {
    context.stdout.write(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// Prints a view as JSON with `--json`, else as text fitted to the terminal.
  func present(_ view: some Presentable) {
    if wantsJSON {
      printJSON(view.json)
    } else {
      print(view.text(width: context.width, nextStep: NextStepAdvice.command))
    }
  }

  /// Like `present`, but with `--format csv` prints `csv` (made only when asked for).
  func present(_ view: some Presentable, csv: @autoclosure () -> String) {
    if !wantsJSON, arguments.value(CommonOptions.format.long) == "csv" {
      context.stdout.write(csv())
    } else {
      present(view)
    }
  }

  /// Leaves `value` for the process's exit to free, when the process ends with the
  /// command: ten years of records freed one value at a time cost a command that read them
  /// a few percent of its time, and the system takes the whole heap back at once. In a
  /// process that runs on (the tests), `value` is freed as usual.
  func leaveToExit<Value>(_ value: Value) {
    guard context.exitsAfterCommand else { return }
    _ = Unmanaged.passRetained(KeptUntilExit(value))
  }

  func printJSON(_ value: JSONValue) {
    context.stdout.write(JSONWriter.prettyString(value))
  }

  /// Writes a document to `-o FILE` (atomically) when given, else to standard output;
  /// control characters are shown as `\u{1B}` either way (`VisibleText`). The file may not
  /// be inside the command's panel, nor inside any of `panels` (those a report read).
  func emit(_ document: String, outside panels: [URL] = []) throws {
    guard let path = try value(CommonOptions.output) else {
      context.stdout.write(document)
      return
    }
    let own = try? PanelLocator.locate(
      explicit: arguments.value(CommonOptions.panel.long), environment: context.environment,
      currentDirectory: context.currentDirectory)
    let url = PanelLocator.resolve(path, in: context.currentDirectory)
    try AtomicFile.write(
      Data(VisibleText.escaped(document).utf8), to: url,
      outside: panels + (own.map { [$0.url] } ?? []))
  }

  /// A short confirmation of a change, on standard output.
  func say(_ text: String) { print(text) }
}

/// A value held until the process exits (`Invocation.leaveToExit`).
private final class KeptUntilExit<Value> {
  let value: Value
  init(_ value: Value) { self.value = value }
}
