/// The options, flags and positionals given to one command, read back by their names.
struct ParsedArguments: Sendable, Equatable {
  private var flagNames: Set<String>
  private var optionValues: [String: [String]]
  private var positionalValues: [String: [String]]

  /// Builds a set of arguments directly (the parser, and tests of commands).
  init(
    flags: Set<String> = [],
    options: [String: [String]] = [:],
    positionals: [String: [String]] = [:]
  ) {
    flagNames = flags
    optionValues = options
    positionalValues = positionals
  }

  /// Whether the flag `--long` was given (any number of times).
  func flag(_ long: String) -> Bool {
    flagNames.contains(long)
  }

  /// The last value given for `--long`: with a non-repeatable option, the last one wins.
  func value(_ long: String) -> String? {
    optionValues[long]?.last
  }

  /// Every value given for `--long`, in order.
  func values(_ long: String) -> [String] {
    optionValues[long] ?? []
  }

  /// The first value of the positional `<name>`.
  func positional(_ name: String) -> String? {
    positionalValues[name]?.first
  }

  /// Every value of the (repeating) positional `<name>`.
  func positionals(_ name: String) -> [String] {
    positionalValues[name] ?? []
  }

  /// Whether `--long` was given at all, as a flag or with a value.
  func has(_ long: String) -> Bool {
    flagNames.contains(long) || optionValues[long] != nil
  }

  mutating func setFlag(_ long: String) {
    flagNames.insert(long)
  }

  mutating func appendValue(_ value: String, for long: String) {
    optionValues[long, default: []].append(value)
  }

  mutating func setPositionals(_ values: [String], for name: String) {
    positionalValues[name] = values
  }
}
