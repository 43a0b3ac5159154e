/// A JSON document held in memory, exactly as much as JSON itself can say.
///
/// Numbers keep their literal text (`.number("1.50")`), so a field that pact does not
/// understand is written back byte for byte. Objects are unordered; ``JSONWriter`` sorts
/// their keys when it writes them.
///
/// Strings compare as Swift strings do, by canonical equivalence: `"é"` written as one
/// scalar equals `"e"` followed by a combining accent, both as values and as object keys.
public enum JSONValue: Sendable, Equatable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as its literal text, which must match the JSON number grammar.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; keys are unique and unordered.
  case object([String: JSONValue])

  /// Creates a number from an integer.
  ///
  /// - Parameter int: The value, written in decimal.
  public init(_ int: Int) {
    self = .number(String(int))
  }

  /// The name of the JSON type of this value, for messages such as
  /// "expected a string, found a number".
  ///
  /// One of `null`, `boolean`, `number`, `string`, `array` and `object`.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "boolean"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}

extension JSONValue: CustomStringConvertible {
  /// The value as compact JSON text with sorted keys, as ``JSONWriter/compactData(_:)``
  /// writes it.
  public var description: String {
    JSONWriter.compactString(self)
  }
}
