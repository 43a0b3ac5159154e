/// How an option's value, or a positional argument, is completed by the shell.
enum CompletionKind: Sendable, Equatable {
  /// Nothing is offered.
  case none
  /// File names.
  case file
  /// Directory names.
  case directory
  /// A fixed list of words.
  case values([String])
}
