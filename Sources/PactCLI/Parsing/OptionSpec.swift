import PactCore

/// A named option (`--name <value>`) or flag (`--name`) of a command.
struct OptionSpec: Sendable {
  /// The long name without dashes: "name" for `--name`.
  var long: String
  /// The single-letter name: "o" for `-o`.
  var short: Character? = nil
  /// `nil` for a flag; otherwise the value is shown as `--name <value-name>`.
  var valueName: String? = nil
  /// One line (wrapped) shown under OPTIONS.
  var help: String
  /// Whether `--area A --area B` is meant; for flags, repeating is always allowed.
  var isRepeatable: Bool = false
  /// The only values accepted; anything else is a usage error with a suggestion.
  var allowedValues: [String]? = nil
  /// How the shell completes the value.
  var completion: CompletionKind = .none
  /// Accepted, but left out of help and completions.
  var isHidden: Bool = false
  /// The command cannot run without it (`--lead` of `action add`); shown without brackets.
  var isRequired: Bool = false
  /// The field of PactCore's records its value fills, so that an error about that field
  /// names this option.
  var field: Field? = nil
}
