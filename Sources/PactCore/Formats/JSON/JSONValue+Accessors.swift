extension JSONValue {
  /// The string, if this is a string.
  public var stringValue: String? {
    if case .string(let string) = self { return string }
    return nil
  }

  /// The number as an `Int`, if this is a number written without a fraction or an
  /// exponent (`12`, `-3`) whose value fits in an `Int`.
  public var intValue: Int? {
    guard case .number(let text) = self else { return nil }
    let digits = text.utf8.drop(while: { $0 == UInt8(ascii: "-") })
    guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    return Int(text)
  }

  /// The number as a `Double`, if this is a number whose value is finite as a `Double`
  /// (`1e400` is not).
  public var doubleValue: Double? {
    guard case .number(let text) = self, let double = Double(text), double.isFinite else {
      return nil
    }
    return double
  }

  /// The Boolean, if this is `true` or `false`.
  public var boolValue: Bool? {
    if case .bool(let bool) = self { return bool }
    return nil
  }

  /// The elements, if this is an array.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The members, if this is an object.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The member named `key`, or nil if this is not an object or has no such member.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }
}
