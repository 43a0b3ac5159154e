import PactCore

/// A positional argument of a command, shown as `<name>` in usage.
struct ArgumentSpec: Sendable {
  /// The name shown as `<name>` in usage and used to read the value back, e.g. "dir".
  var name: String
  /// One line shown under ARGUMENTS.
  var help: String
  /// Whether the command runs without it.
  var isOptional: Bool = false
  /// Whether it takes every remaining value, e.g. `pact report DIR...`.
  var isRepeating: Bool = false
  /// How the shell completes it.
  var completion: CompletionKind = .none
  /// The field of PactCore's records its value fills, so that an error about that field
  /// names this argument.
  var field: Field? = nil
}
