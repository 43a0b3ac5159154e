extension JSONValue: ExpressibleByNilLiteral {
  /// Creates `.null` from `nil`.
  public init(nilLiteral: ()) {
    self = .null
  }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  /// Creates `.bool` from `true` or `false`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  /// Creates `.number` from an integer literal, written in decimal.
  public init(integerLiteral value: Int) {
    self = .number(String(value))
  }
}

extension JSONValue: ExpressibleByFloatLiteral {
  /// Creates `.number` from a floating-point literal, written as Swift prints the
  /// `Double` (`1.5`, `1e+300`), which is valid JSON for every finite value.
  ///
  /// A literal too large for a `Double` has no JSON spelling and becomes `.null`.
  public init(floatLiteral value: Double) {
    self = value.isFinite ? .number(String(value)) : .null
  }
}

extension JSONValue: ExpressibleByStringLiteral {
  /// Creates `.string` from a string literal.
  public init(stringLiteral value: String) {
    self = .string(value)
  }
}

extension JSONValue: ExpressibleByArrayLiteral {
  /// Creates `.array` from an array literal.
  public init(arrayLiteral elements: JSONValue...) {
    self = .array(elements)
  }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// Creates `.object` from a dictionary literal; of two equal keys, the last wins.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
