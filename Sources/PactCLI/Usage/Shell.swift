/// A shell that `pact completion` writes a script for.
enum Shell: String, CaseIterable, Sendable {
  case bash
  case zsh
  case fish
}
