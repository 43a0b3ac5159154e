import PactCore

/// An option declared once, with the type of its value: the same constant describes it to
/// the parser, help and completions (`spec`) and reads its value in the command's `run`, so
/// a misspelt name does not compile.
struct Key<Value: Sendable>: Sendable {
  let spec: OptionSpec
  /// Turns the text given into a value, or throws a usage error naming the option.
  let convert: @Sendable (_ text: String, _ option: String) throws -> Value

  var long: String { spec.long }
}

extension Key where Value == String {
  /// An option whose value is text, taken as given.
  static func text(
    _ long: String, short: Character? = nil, valueName: String, help: String,
    field: Field? = nil, isRepeatable: Bool = false, isRequired: Bool = false,
    completion: CompletionKind = .none
  ) -> Key {
    Key(
      spec: OptionSpec(
        long: long, short: short, valueName: valueName, help: help, isRepeatable: isRepeatable,
        completion: completion, isRequired: isRequired, field: field),
      convert: { text, _ in text })
  }
}

extension Key where Value == Day {
  /// An option whose value is a date written YYYY-MM-DD (2024-02-30 is a usage error).
  static func day(
    _ long: String, valueName: String = "date", help: String, field: Field? = nil
  ) -> Key {
    Key(
      spec: OptionSpec(long: long, valueName: valueName, help: help, field: field),
      convert: { text, option in
        guard let day = Day(text) else {
          throw UsageError(
            message:
              "Invalid date '\(text)' for '--\(option)': expected a real date written YYYY-MM-DD",
            path: [])
        }
        return day
      })
  }
}

extension Key where Value == Int {
  /// An option whose value is a whole number within `range`.
  static func int(
    _ long: String, valueName: String = "n", help: String, in range: ClosedRange<Int>,
    field: Field? = nil
  ) -> Key {
    Key(
      spec: OptionSpec(long: long, valueName: valueName, help: help, field: field),
      convert: { text, option in
        guard let value = Int(text), range.contains(value) else {
          throw UsageError(
            message: "Invalid value '\(text)' for '--\(option)': expected a whole number from "
              + "\(range.lowerBound) to \(range.upperBound)",
            path: [])
        }
        return value
      })
  }
}

extension Key where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
  /// An option whose value is one of an enumeration's raw values; the parser refuses any
  /// other with a suggestion.
  static func choice(
    _ long: String, valueName: String, help: String, isRepeatable: Bool = false
  ) -> Key {
    Key(
      spec: OptionSpec(
        long: long, valueName: valueName, help: help, isRepeatable: isRepeatable,
        allowedValues: Value.allCases.map(\.rawValue)),
      convert: { text, option in
        guard let value = Value(rawValue: text) else {
          throw UsageError(message: "Invalid value '\(text)' for '--\(option)'", path: [])
        }
        return value
      })
  }
}

/// A flag declared once (`--all`).
struct Flag: Sendable {
  let spec: OptionSpec

  init(_ long: String, help: String) {
    spec = OptionSpec(long: long, help: help)
  }

  var long: String { spec.long }
}

/// A positional argument declared once.
struct Positional: Sendable {
  let spec: ArgumentSpec

  init(
    _ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false,
    completion: CompletionKind = .none, field: Field? = nil
  ) {
    spec = ArgumentSpec(
      name: name, help: help, isOptional: isOptional, isRepeating: isRepeating,
      completion: completion, field: field)
  }

  var name: String { spec.name }
}
