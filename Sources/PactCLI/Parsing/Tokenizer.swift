/// Splits raw arguments into tokens, as swift-argument-parser's `SplitArguments` does.
///
/// A word is an option when it starts with `--` followed by a letter, or with `-` followed
/// by a letter; so `-`, `-5`, `---`, `--> see below` and `""` are values — text a note may
/// well start with — and an option that takes a value reads them as its value. After `--`
/// every word is a value.
enum Tokenizer {
  static func tokenize(_ arguments: [String]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(arguments.count)
    var afterTerminator = false
    for argument in arguments {
      if afterTerminator {
        tokens.append(.value(argument))
      } else {
        let token = classify(argument)
        afterTerminator = token == .terminator
        tokens.append(token)
      }
    }
    return tokens
  }

  /// Whether a word would be read as an option (or `--`) rather than a value.
  static func looksLikeOption(_ word: String) -> Bool {
    switch classify(word) {
    case .value:
      return false
    case .long, .short, .terminator:
      return true
    }
  }

  private static func classify(_ argument: String) -> Token {
    if argument == "--" {
      return .terminator
    }
    if argument.hasPrefix("--"), argument.dropFirst(2).first?.isLetter == true {
      let body = argument.dropFirst(2)
      if let equals = body.firstIndex(of: "=") {
        return .long(
          name: String(body[..<equals]), value: String(body[body.index(after: equals)...]))
      }
      return .long(name: String(body), value: nil)
    }
    let rest = argument.dropFirst()
    if argument.hasPrefix("-"), let first = rest.first, first.isLetter {
      return .short(String(rest))
    }
    return .value(argument)
  }
}
