/// Reads the fields of one JSON object, collecting every problem instead of stopping at
/// the first, and remembering which keys it used so that the rest are kept on rewrite.
///
/// A panel's history is thousands of records read this way, so the reader does no work
/// for a field that is fine: names for messages are put together only for a problem.
struct RecordReader {
  private let object: [String: JSONValue]
  /// Where the object is in its file: the field holding it, and its index in that array.
  private let container: String
  private let index: Int?
  /// The keys asked for, and how many of them the object has.
  private var used: [String] = []
  private var usedPresent = 0
  private(set) var problems: [FieldProblem] = []

  /// A reader over `value`; a value that is not an object is itself a problem.
  init(_ value: JSONValue, path: String = "") {
    self.init(value, container: path, index: nil)
  }

  private init(_ value: JSONValue, container: String, index: Int?) {
    self.container = container
    self.index = index
    guard case .object(let object) = value else {
      self.object = [:]
      problems.append(
        FieldProblem(
          field: path.isEmpty ? "(top level)" : path,
          message: "expected an object, found \(value.typeName)"))
      return
    }
    self.object = object
  }

  /// The field path of the object itself: `updates[2]`, or empty at the top level.
  private var path: String { index.map { "\(container)[\($0)]" } ?? container }

  /// The keys this reader did not use, to be written back unchanged.
  var unknownFields: [String: JSONValue] {
    guard usedPresent < object.count else { return [:] }
    return object.filter { !used.contains($0.key) }
  }

  func fieldName(_ key: String) -> String {
    let path = path
    return path.isEmpty ? key : "\(path).\(key)"
  }

  mutating func report(_ key: String, _ message: String) {
    problems.append(FieldProblem(field: fieldName(key), message: message))
  }

  /// The value at `key`, treating JSON null as absent.
  private mutating func take(_ key: String) -> JSONValue? {
    let value = object[key]
    if !used.contains(key) {
      used.append(key)
      if value != nil { usedPresent += 1 }
    }
    guard let value, value != .null else { return nil }
    return value
  }

  private mutating func convert<T>(
    _ key: String, expected: @autoclosure () -> String, _ transform: (JSONValue) -> T?
  ) -> T? {
    guard let value = take(key) else { return nil }
    if let result = transform(value) { return result }
    report(key, "expected \(expected()), found \(describe(value))")
    return nil
  }

  private func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text):
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      return "\"\(shown)\""
    case .number(let literal): return literal.count > 40 ? "a number" : literal
    default: return value.typeName
    }
  }

  /// A required string; a missing one is a problem.
  mutating func string(_ key: String) -> String? {
    let value = optionalString(key)
    if value == nil, !problems.contains(where: { $0.field == fieldName(key) }) {
      report(key, "missing; expected a string")
    }
    return value
  }

  mutating func optionalString(_ key: String) -> String? {
    convert(key, expected: "a string") { $0.stringValue }
  }

  /// A required non-empty string.
  mutating func nonEmptyString(_ key: String) -> String? {
    guard let value = string(key) else { return nil }
    if value.trimmed.isEmpty {
      report(key, "must not be empty")
      return nil
    }
    return value
  }

  mutating func strings(_ key: String) -> [String] {
    guard let value = take(key) else { return [] }
    guard case .array(let items) = value else {
      report(key, "expected an array of strings, found \(describe(value))")
      return []
    }
    var result: [String] = []
    for (index, item) in items.enumerated() {
      if let text = item.stringValue {
        result.append(text)
      } else {
        report("\(key)[\(index)]", "expected a string, found \(describe(item))")
      }
    }
    return result
  }

  mutating func bool(_ key: String, default defaultValue: Bool = false) -> Bool {
    convert(key, expected: "true or false") { $0.boolValue } ?? defaultValue
  }

  mutating func optionalBool(_ key: String) -> Bool? {
    convert(key, expected: "true or false") { $0.boolValue }
  }

  mutating func optionalInt(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = convert(key, expected: "a whole number", { $0.intValue }) else {
      return nil
    }
    guard range.contains(value) else {
      report(
        key, "expected a number from \(range.lowerBound) to \(range.upperBound), found \(value)")
      return nil
    }
    return value
  }

  mutating func optionalDay(_ key: String) -> Day? {
    convert(key, expected: "a date written YYYY-MM-DD") { $0.stringValue.flatMap(Day.init) }
  }

  mutating func day(_ key: String) -> Day? {
    let value = optionalDay(key)
    if value == nil, !problems.contains(where: { $0.field == fieldName(key) }) {
      report(key, "missing; expected a date written YYYY-MM-DD")
    }
    return value
  }

  mutating func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type)
    -> E?
  where E.RawValue == String {
    convert(key, expected: "one of \(E.allCases.map(\.rawValue).joined(separator: ", "))") {
      $0.stringValue.flatMap(E.init(rawValue:))
    }
  }

  /// A nested object read by `body`; its problems are reported with the full path.
  mutating func nested<T>(_ key: String, _ body: (inout RecordReader) -> T) -> T? {
    guard let value = take(key) else { return nil }
    var reader = RecordReader(value, path: fieldName(key))
    let result = body(&reader)
    problems.append(contentsOf: reader.problems)
    return result
  }

  /// An array of objects, each read by `body`; entries it cannot read are left out and
  /// their problems reported as `key[index].field`.
  mutating func array<T>(_ key: String, _ body: (inout RecordReader) -> T?) -> [T] {
    guard let value = take(key) else { return [] }
    guard case .array(let items) = value else {
      report(key, "expected an array, found \(describe(value))")
      return []
    }
    let field = fieldName(key)
    var result: [T] = []
    result.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      var reader = RecordReader(item, container: field, index: index)
      let entry = body(&reader)
      problems.append(contentsOf: reader.problems)
      if let entry { result.append(entry) }
    }
    return result
  }

  /// A problem that is not about one field, such as the file's name.
  mutating func report(whole field: String, _ message: String) {
    problems.append(FieldProblem(field: field, message: message))
  }

  /// The raw value at `key`, for fields that pact copies without interpreting.
  mutating func raw(_ key: String) -> JSONValue? { take(key) }
}
