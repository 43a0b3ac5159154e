/// Shell completion scripts generated from the command tree, for `pact completion SHELL`.
///
/// Each script completes subcommand names at every level (and after `help`), the options of
/// each command with the globals, the `allowedValues` of options, and files or directories
/// where the spec says so. A group with a default subcommand also offers the default's
/// options, as the parser accepts them there.
enum CompletionScript {
  static func generate(for shell: Shell, root: CommandSpec) -> String {
    let tree = CompletionTree(root: root)
    switch shell {
    case .bash:
      return BashCompletion(tree: tree).script()
    case .zsh:
      return ZshCompletion(tree: tree).script()
    case .fish:
      return FishCompletion(tree: tree).script()
    }
  }
}
