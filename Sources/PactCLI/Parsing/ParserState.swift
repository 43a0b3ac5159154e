import PactCore

/// One left-to-right pass over the tokens of a command line.
///
/// Mistakes are recorded rather than thrown at once, so that a later `--help` still wins and
/// the help shown is that of the deepest command reached.
struct ParserState {
  private let root: CommandSpec
  private let tokens: [Token]
  private var index = 0
  private var path: [String] = []
  private var command: CommandSpec
  private var accepted: [OptionSpec]
  private var arguments = ParsedArguments()
  private var positionalWords: [String] = []
  private var afterTerminator = false
  private var helpRequested = false
  private var versionRequested = false
  /// Set once the root's `help` subcommand is read: the topic named so far.
  private var helpTopic: [String]?
  private var firstError: UsageError?

  init(root: CommandSpec, tokens: [Token]) {
    self.root = root
    self.tokens = tokens
    command = root
    accepted = root.acceptedOptions(at: [])
  }

  mutating func run() throws(UsageError) -> ParseResult {
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      switch token {
      case .terminator:
        afterTerminator = true
      case .long(let name, let value):
        readLong(name, inlineValue: value)
      case .short(let letters):
        readShort(letters)
      case .value(let word):
        readValue(word)
      }
    }
    return try finish()
  }

  // MARK: - Words

  private mutating func readLong(_ name: String, inlineValue: String?) {
    if name == "help" {
      helpRequested = true
      return
    }
    guard let option = findOption(where: { $0.long == name }) else {
      let candidates = accepted.filter { !$0.isHidden }.map(\.long) + ["help"]
      let suggestion = Suggestion.closest(to: name, in: candidates)
      fail("Unknown option '--\(name)'\(didYouMean(suggestion.map { "--" + $0 }))")
      return
    }
    guard option.valueName != nil else {
      if inlineValue != nil {
        fail("Option '--\(name)' does not take a value")
      } else {
        setFlag(option)
      }
      return
    }
    guard let value = inlineValue ?? nextValue() else {
      fail("Missing value for option '--\(name)'")
      return
    }
    store(value, for: option)
  }

  private mutating func readShort(_ letters: String) {
    let characters = Array(letters)
    var position = 0
    while position < characters.count {
      let letter = characters[position]
      position += 1
      if letter == "h" {
        helpRequested = true
        continue
      }
      guard let option = findOption(where: { $0.short == letter }) else {
        fail("Unknown option '-\(letter)'")
        continue
      }
      guard option.valueName != nil else {
        setFlag(option)
        continue
      }
      // A value option ends the bundle: the rest of the word, else the next word, is its value.
      let attached = String(characters[position...])
      if !attached.isEmpty {
        store(attached, for: option)
      } else if let value = nextValue() {
        store(value, for: option)
      } else {
        fail("Missing value for option '-\(letter)'")
      }
      return
    }
  }

  private mutating func readValue(_ word: String) {
    if let topic = helpTopic {
      readHelpTopic(word, after: topic)
      return
    }
    guard command.isGroup else {
      positionalWords.append(word)
      return
    }
    if !afterTerminator, let subcommand = command.subcommand(named: word) {
      descend(into: subcommand)
      return
    }
    if !afterTerminator, path.isEmpty, word == CommandSpec.helpCommandName,
      root.offersHelpSubcommand
    {
      helpTopic = []
      return
    }
    // Only a default that takes positionals can absorb a word; otherwise a mistyped
    // subcommand name (`pact member ad`) is reported as such, not as an extra argument.
    if let fallback = command.defaultSubcommandSpec, fallback.isGroup || !fallback.arguments.isEmpty
    {
      descend(into: fallback)
      readValue(word)
      return
    }
    failUnknownCommand(word, in: command, at: path)
  }

  private mutating func readHelpTopic(_ word: String, after topic: [String]) {
    let (_, spec) = root.resolve(topic)
    if let subcommand = spec.subcommand(named: word) {
      helpTopic = topic + [subcommand.name]
    } else if spec.isGroup {
      failUnknownCommand(word, in: spec, at: topic)
    } else {
      fail("Unexpected argument '\(word)'", at: topic)
    }
  }

  // MARK: - Helpers

  /// Finds an option the current command accepts; at a group with a default subcommand, an
  /// option the group does not know moves parsing into the default (`pact member --json`).
  private mutating func findOption(where matches: (OptionSpec) -> Bool) -> OptionSpec? {
    if let option = accepted.first(where: matches) {
      return option
    }
    if helpTopic == nil, let fallback = command.defaultSubcommandSpec {
      descend(into: fallback)
      return findOption(where: matches)
    }
    return nil
  }

  private mutating func nextValue() -> String? {
    guard index < tokens.count, case .value(let word) = tokens[index] else {
      return nil
    }
    index += 1
    return word
  }

  private mutating func setFlag(_ option: OptionSpec) {
    arguments.setFlag(option.long)
    if path.isEmpty, option.long == CommandSpec.versionOptionName {
      versionRequested = true
    }
  }

  private mutating func store(_ value: String, for option: OptionSpec) {
    if let allowed = option.allowedValues, !allowed.contains(value) {
      let suggestion = Suggestion.closest(to: value, in: allowed)
      fail(
        "Invalid value '\(value)' for '--\(option.long)'."
          + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
          + " Expected one of: \(allowed.joined(separator: ", "))")
      return
    }
    arguments.appendValue(value, for: option.long)
  }

  private mutating func descend(into subcommand: CommandSpec) {
    path.append(subcommand.name)
    command = subcommand
    accepted = root.acceptedOptions(at: path)
  }

  private mutating func failUnknownCommand(
    _ word: String, in group: CommandSpec, at groupPath: [String]
  ) {
    var candidates = group.subcommands.map(\.name)
    if groupPath.isEmpty, root.offersHelpSubcommand {
      candidates.append(CommandSpec.helpCommandName)
    }
    let suggestion = Suggestion.closest(to: word, in: candidates)
    fail("Unknown command '\(word)'\(didYouMean(suggestion))", at: groupPath)
  }

  private mutating func fail(_ message: String, at errorPath: [String]? = nil) {
    if firstError == nil {
      firstError = UsageError(message: message, path: errorPath ?? path)
    }
  }

  private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { ". Did you mean '\($0)'?" } ?? ""
  }

  // MARK: - End

  private mutating func finish() throws(UsageError) -> ParseResult {
    if helpRequested {
      return .help(path: helpTopic ?? path)
    }
    if versionRequested {
      return .version
    }
    if let firstError {
      throw firstError
    }
    if let helpTopic {
      return .help(path: helpTopic)
    }
    while command.isGroup {
      guard let fallback = command.defaultSubcommandSpec else {
        return .help(path: path)
      }
      descend(into: fallback)
    }
    assignPositionals()
    if let firstError {
      throw firstError
    }
    return .run(path: path, arguments: arguments)
  }

  private mutating func assignPositionals() {
    var remaining = positionalWords[...]
    let specs = command.arguments
    for (position, spec) in specs.enumerated() {
      if spec.isRepeating {
        let reserved = specs[(position + 1)...].filter { !$0.isOptional }.count
        let taken = remaining.prefix(max(0, remaining.count - reserved))
        remaining = remaining.dropFirst(taken.count)
        if taken.isEmpty {
          if !spec.isOptional {
            fail("Missing expected argument '<\(spec.name)>'")
          }
        } else {
          arguments.setPositionals(Array(taken), for: spec.name)
        }
      } else if let word = remaining.first {
        remaining = remaining.dropFirst()
        arguments.setPositionals([word], for: spec.name)
      } else if !spec.isOptional {
        fail("Missing expected argument '<\(spec.name)>'")
      }
    }
    if let extra = remaining.first {
      fail("Unexpected argument '\(extra)'")
    }
    for option in command.options where option.isRequired && !arguments.has(option.long) {
      fail("Missing expected option '--\(option.long) <\(option.valueName ?? "value")>'")
    }
  }
}
