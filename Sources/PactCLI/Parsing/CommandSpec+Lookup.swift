extension CommandSpec {
  /// The name of the built-in `help` subcommand of the root (`pact help member add`).
  static let helpCommandName = "help"

  /// The long name of the root's version flag, which only the root accepts.
  static let versionOptionName = "version"

  var isGroup: Bool { !subcommands.isEmpty }

  func subcommand(named name: String) -> CommandSpec? {
    subcommands.first { $0.name == name }
  }

  /// The default subcommand's description, when there is one.
  var defaultSubcommandSpec: CommandSpec? {
    defaultSubcommand.flatMap { subcommand(named: $0) }
  }

  /// Whether the root should offer its own `help` subcommand (unless it declares one).
  var offersHelpSubcommand: Bool {
    isGroup && subcommand(named: Self.helpCommandName) == nil
  }

  /// The root's options that every command accepts: all but `--version`.
  var globalOptions: [OptionSpec] {
    options.filter { $0.long != Self.versionOptionName }
  }

  /// The options that the command at `path` accepts, its own first, then the globals
  /// (which only the root itself declares).
  func acceptedOptions(at path: [String]) -> [OptionSpec] {
    let (resolved, spec) = resolve(path)
    if resolved.isEmpty {
      return options
    }
    let own = Set(spec.options.map(\.long))
    return spec.options + globalOptions.filter { !own.contains($0.long) }
  }

  /// The deepest command named by `path` (stopping at the first unknown name), and its path.
  func resolve(_ path: [String]) -> (path: [String], spec: CommandSpec) {
    var spec = self
    var resolved: [String] = []
    for name in path {
      guard let next = spec.subcommand(named: name) else { break }
      spec = next
      resolved.append(name)
    }
    return (resolved, spec)
  }
}
