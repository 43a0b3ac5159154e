/// The crime type given for a priority: one of police.uk's, or none on purpose (a
/// category the table maps to a type, such as "drugs", that should not be measured).
public enum CrimeTypeSetting: Sendable, Equatable {
  case type(CrimeType)
  /// No type: the priority's evidence is not counted.
  case notCounted

  /// What a person typed: a crime type's name, slug or short form, or `none`.
  ///
  /// - Throws: `InvalidValueError` naming the field `crimeType` for anything else.
  public init(parsing text: String) throws {
    if CrimeType.key(text) == "none" {
      self = .notCounted
    } else if let type = CrimeType(named: text) {
      self = .type(type)
    } else {
      throw InvalidValueError(
        field: .crimeType, value: text,
        expected: "one of police.uk's crime types ("
          + CrimeType.allCases.map(\.rawValue).joined(separator: ", ") + "), or none")
    }
  }

  /// As `priorities/*.json` keeps it: the type's police.uk name, or `none`.
  var stored: String {
    switch self {
    case .type(let type): type.rawValue
    case .notCounted: "none"
    }
  }

  /// Reads the setting at `key`, reporting a value that is neither a type nor `none`.
  init?(reading reader: inout RecordReader, key: String) {
    guard let text = reader.optionalString(key) else { return nil }
    // Files hold the type's exact name, found without folding every name for a lookup.
    if let type = CrimeType(rawValue: text) {
      self = .type(type)
      return
    }
    guard let setting = try? CrimeTypeSetting(parsing: text) else {
      reader.report(key, "expected one of police.uk's 14 crime types, or none")
      return nil
    }
    self = setting
  }
}

extension Priority {
  /// The crime type its evidence counts: the one set, else the default for its category.
  public var crimeType: CrimeType? {
    switch crimeTypeSetting {
    case .type(let type): type
    case .notCounted: nil
    case nil: CrimeTypeDefaults.type(forCategory: category)
    }
  }
}
