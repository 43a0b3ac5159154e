import PactCore

/// Options several commands share, declared once.
enum CommonOptions {
  static let json = Flag("json", help: "Print JSON (a documented, stable shape) instead of text.")

  static let panel = Key<String>.text(
    "panel", valueName: "dir",
    help: "The panel's folder (default: $PACT_PANEL, else the nearest folder at or above "
      + "this one that holds panel.json).",
    completion: .directory)

  static let output = Key<String>(
    spec: OptionSpec(
      long: "output", short: "o", valueName: "file",
      help: "Write to this file (atomically) instead of standard output; not inside a panel, "
        + "and into a folder that exists.",
      completion: .file),
    convert: { text, option in
      guard !text.isEmpty else {
        throw UsageError(
          message: "Invalid value '' for '--\(option)': expected the name of a file", path: [])
      }
      return text
    })

  static let format = Key<String>(
    spec: OptionSpec(
      long: "format", valueName: "format", help: "text (the default) or csv, for a spreadsheet.",
      allowedValues: ["text", "csv"]),
    convert: { text, _ in text })

  static let version = Flag("version", help: "Show the version.")
}
