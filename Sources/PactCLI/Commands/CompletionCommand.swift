/// `pact completion bash|zsh|fish`: prints a shell completion script.
enum CompletionCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "completion",
      abstract: "Print a completion script for bash, zsh or fish.",
      discussion: """
        bash: add 'source <(pact completion bash)' to ~/.bashrc.
        zsh: pact completion zsh > "${fpath[1]}/_pact", then start a new shell.
        fish: pact completion fish > ~/.config/fish/completions/pact.fish
        """,
      arguments: [
        ArgumentSpec(
          name: "shell", help: "bash, zsh or fish.",
          completion: .values(Shell.allCases.map(\.rawValue)))
      ]),
    run: { invocation in
      let name = invocation.arguments.positional("shell") ?? ""
      guard let shell = Shell(rawValue: name) else {
        throw invocation.usageError(
          "Unknown shell '\(name)'. Expected one of: "
            + Shell.allCases.map(\.rawValue).joined(separator: ", "))
      }
      invocation.context.stdout.write(
        CompletionScript.generate(for: shell, root: CommandTree.root.spec))
    })
}
