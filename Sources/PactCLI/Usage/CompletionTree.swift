/// The command tree flattened for the completion scripts: each command keyed by its words
/// ("pact member add"), with what the parser accepts there.
struct CompletionTree {
  struct Node {
    /// "pact member add".
    var key: String
    var path: [String]
    var spec: CommandSpec
    /// Every option accepted here (own, then the root's globals), hidden ones included.
    var options: [OptionSpec]
    /// The subcommand names offered here, with `help` at the root.
    var subcommandNames: [String]

    var visibleOptions: [OptionSpec] { options.filter { !$0.isHidden } }

    /// The words offered for options here, ending with `-h --help`.
    var optionWords: [String] {
      visibleOptions.flatMap(CompletionTree.words(for:)) + ["-h", "--help"]
    }

    /// The words of options that take a value, so that their value is skipped.
    var valueOptionWords: [String] {
      options.filter { $0.valueName != nil }.flatMap(CompletionTree.words(for:))
    }
  }

  let root: CommandSpec
  /// Every command, the root first, each before its subcommands.
  let nodes: [Node]
  /// The groups as topics of `pact help`: "pact help member" offers member's subcommands.
  let helpTopics: [(key: String, names: [String])]

  init(root: CommandSpec) {
    self.root = root
    var nodes: [Node] = []
    func visit(_ spec: CommandSpec, path: [String]) {
      var names = spec.subcommands.map(\.name)
      if path.isEmpty, root.offersHelpSubcommand {
        names.append(CommandSpec.helpCommandName)
      }
      nodes.append(
        Node(
          key: ([root.name] + path).joined(separator: " "), path: path, spec: spec,
          options: root.acceptedOptions(at: path), subcommandNames: names))
      for subcommand in spec.subcommands {
        visit(subcommand, path: path + [subcommand.name])
      }
    }
    visit(root, path: [])
    self.nodes = nodes
    if root.offersHelpSubcommand {
      helpTopics = nodes.filter { $0.spec.isGroup }.map { node in
        let key = ([root.name, CommandSpec.helpCommandName] + node.path).joined(separator: " ")
        return (key, node.spec.subcommands.map(\.name))
      }
    } else {
      helpTopics = []
    }
  }

  /// The node of the default subcommand of `node`, if it has one.
  func defaultNode(of node: Node) -> Node? {
    guard let name = node.spec.defaultSubcommand else { return nil }
    return nodes.first { $0.path == node.path + [name] }
  }

  static func words(for option: OptionSpec) -> [String] {
    ["--" + option.long] + (option.short.map { ["-\($0)"] } ?? [])
  }

  /// A description cut to its first line, for the shells that show one per candidate.
  static func summary(_ text: String) -> String {
    String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
  }
}
