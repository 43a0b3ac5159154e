/// A command that ends with an exit status of its own choosing and a message for standard
/// error: `pact merge-file` passes on the status of `git merge-file`, as git's merge driver
/// protocol expects.
struct CommandExit: Error, Equatable {
  /// The exit status.
  let status: Int32
  /// What to print on standard error (with its final newline).
  let message: String
}
