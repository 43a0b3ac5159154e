/// One command-line word, classified before any command's description is consulted.
enum Token: Sendable, Equatable {
  /// `--name` or `--name=value`.
  case long(name: String, value: String?)
  /// `-abc`: one or more short names, possibly followed by an attached value (`-ovalue`).
  case short(String)
  /// Anything else: a subcommand name, a positional, or an option's value (`-`, `-5`, "").
  case value(String)
  /// `--`: every later word is a value.
  case terminator

  /// The word as it was typed, for error messages.
  var text: String {
    switch self {
    case .long(let name, let value):
      return "--" + name + (value.map { "=" + $0 } ?? "")
    case .short(let letters):
      return "-" + letters
    case .value(let value):
      return value
    case .terminator:
      return "--"
    }
  }
}
