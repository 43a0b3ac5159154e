/// The declarative description of one command, from which both parsing and help are produced.
struct CommandSpec: Sendable {
  /// The word typed to reach it: "add" in `pact member add`.
  var name: String
  /// One line, shown in the parent's SUBCOMMANDS list and as OVERVIEW.
  var abstract: String
  /// Paragraphs separated by "\n\n"; wrapped to the width.
  var discussion: String = ""
  /// Positional arguments, in order.
  var arguments: [ArgumentSpec] = []
  /// Options and flags; `-h`/`--help` is implicit.
  var options: [OptionSpec] = []
  /// For a group such as `pact member`.
  var subcommands: [CommandSpec] = []
  /// The subcommand run when the next word is not a subcommand name, e.g. "list".
  var defaultSubcommand: String? = nil
  /// Shown verbatim under EXAMPLES (wrapped only when wider than the terminal).
  var examples: [String] = []
}
