/// A command in pact's tree: its declarative description, the code that runs it, and the
/// commands beneath it. Parsing, help and completions all come from `spec`.
struct CommandNode: Sendable {
  typealias Handler = @Sendable (Invocation) throws -> Void

  private let ownSpec: CommandSpec
  let run: Handler?
  let children: [CommandNode]

  init(_ spec: CommandSpec, run: Handler? = nil, children: [CommandNode] = []) {
    ownSpec = spec
    self.run = run
    self.children = children
  }

  /// The description with every subcommand's, as the parser and help formatter need it.
  var spec: CommandSpec {
    var spec = ownSpec
    spec.subcommands = children.map(\.spec)
    return spec
  }

  /// The node at `path` below this one.
  func node(at path: [String]) -> CommandNode? {
    guard let first = path.first else { return self }
    return children.first { $0.ownSpec.name == first }?.node(at: Array(path.dropFirst()))
  }
}
