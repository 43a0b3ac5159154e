/// Builds a record's JSON object on top of the fields pact does not know, so that
/// hand-added fields survive a rewrite; absent optionals are left out of the file.
struct JSONObjectBuilder {
  private(set) var object: [String: JSONValue]

  init(keeping unknownFields: [String: JSONValue] = [:]) {
    object = unknownFields
  }

  var value: JSONValue { .object(object) }

  mutating func set(_ key: String, _ value: String?) {
    object[key] = value.map(JSONValue.string)
  }

  mutating func set(_ key: String, _ value: Day?) {
    object[key] = value.map { .string($0.description) }
  }

  mutating func set(_ key: String, _ value: Int?) {
    object[key] = value.map { JSONValue($0) }
  }

  mutating func set(_ key: String, _ value: Bool) {
    object[key] = .bool(value)
  }

  mutating func set(_ key: String, _ values: [String]) {
    object[key] = .array(values.map(JSONValue.string))
  }

  mutating func set<E: RawRepresentable>(_ key: String, _ value: E?) where E.RawValue == String {
    object[key] = value.map { .string($0.rawValue) }
  }

  mutating func set(_ key: String, json value: JSONValue?) {
    object[key] = value
  }
}
