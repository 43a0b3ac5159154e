import PactCore

/// Options several commands share, described once.
enum CommonOptions {
  static let json = OptionSpec(
    long: "json", help: "Print JSON (a documented, stable shape) instead of text.")

  static let panel = OptionSpec(
    long: "panel", valueName: "dir",
    help: "The panel's folder (default: $PACT_PANEL, else the nearest folder at or above "
      + "this one that holds panel.json).",
    completion: .directory)

  static let output = OptionSpec(
    long: "output", short: "o", valueName: "file",
    help: "Write to this file (atomically) instead of standard output.", completion: .file)

  static let version = OptionSpec(long: "version", help: "Show the version.")
}
