/// Parses a command line against a tree of `CommandSpec`s, behaving like swift-argument-parser.
///
/// Suggestions ("Did you mean …?") for unknown commands, options and values come from
/// PactCore's `Suggestion.closest(to:in:)`: case is ignored and the allowed distance grows
/// with the word, up to 3.
struct ArgumentParser {
  /// The root command, named "pact"; the parser is made with `ArgumentParser(root:)`.
  let root: CommandSpec

  /// Parses the arguments (without `argv[0]`).
  ///
  /// `-h`/`--help` wins over everything, even other mistakes, and asks for the help of the
  /// deepest command reached; then `--version` at the root; then the first mistake, in the
  /// order the words were given.
  func parse(_ arguments: [String]) throws(UsageError) -> ParseResult {
    var state = ParserState(root: root, tokens: Tokenizer.tokenize(arguments))
    return try state.run()
  }

  /// The command at `path` below the root, or nil if any name on the way is unknown.
  func spec(at path: [String]) -> CommandSpec? {
    let (resolved, spec) = root.resolve(path)
    return resolved.count == path.count ? spec : nil
  }
}
