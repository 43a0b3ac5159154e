/// `pact completion bash|zsh|fish`: prints a shell completion script.
enum CompletionCommand {
  static let shell = Positional(
    "shell", help: "bash, zsh or fish.", completion: .values(Shell.allCases.map(\.rawValue)))

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "completion",
      abstract: "Print a completion script for bash, zsh or fish.",
      discussion: """
        bash: add 'source <(pact completion bash)' to ~/.bashrc.
        zsh: pact completion zsh > "${fpath[1]}/_pact", then start a new shell.
        fish: pact completion fish > ~/.config/fish/completions/pact.fish
        """,
      arguments: [shell.spec]),
    run: { invocation in
      let name = try invocation.required(shell)
      guard let chosen = Shell(rawValue: name) else {
        throw invocation.usageError(
          "Unknown shell '\(name)'. Expected one of: "
            + Shell.allCases.map(\.rawValue).joined(separator: ", "))
      }
      invocation.context.stdout.write(
        CompletionScript.generate(for: chosen, root: CommandTree.root.spec))
    })
}
