extension JSONValue {
  /// A string, or null when there is none.
  static func text(_ value: String?) -> JSONValue {
    value.map(JSONValue.string) ?? .null
  }

  /// A date written YYYY-MM-DD, or null.
  static func date(_ value: Day?) -> JSONValue {
    value.map { .string($0.description) } ?? .null
  }

  /// A whole number, or null.
  static func integer(_ value: Int?) -> JSONValue {
    value.map { JSONValue($0) } ?? .null
  }
}
