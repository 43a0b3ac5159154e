import PactCore

/// Options about crime figures that several commands share, declared once.
enum CrimeOptions {
  /// `--crime-type TYPE`: one of police.uk's 14 types, a short form, or `none`.
  static let crimeType = Key<CrimeTypeSetting>(
    spec: OptionSpec(
      long: "crime-type", valueName: "type",
      help: "The police.uk crime type its evidence counts (Anti-social behaviour, Burglary, "
        + "Drugs, ..., or a short form such as asb), or none to count nothing. Default: from "
        + "the category.",
      field: .crimeType),
    convert: { text, option in
      do {
        return try CrimeTypeSetting(parsing: text)
      } catch {
        throw UsageError(
          message: "Invalid value '\(text)' for '--\(option)': expected one of police.uk's "
            + "crime types (" + CrimeType.allCases.map(\.rawValue).joined(separator: ", ")
            + ", or a short form such as asb), or none",
          path: [])
      }
    })
}
