/// What the command line asks for.
enum ParseResult: Sendable, Equatable {
  /// Run the command at `path` (subcommand names below the root, e.g. `["member", "add"]`).
  case run(path: [String], arguments: ParsedArguments)
  /// Print the help of the command at `path`: `-h`/`--help` anywhere, or `pact help …`.
  case help(path: [String])
  /// Print the version: `pact --version`.
  case version
}
