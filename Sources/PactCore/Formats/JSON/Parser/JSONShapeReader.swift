/// Reads a JSON document whose shape the caller knows, value by value, by the rules of
/// `JSONParser` and with its own scanning, without building a `JSONValue`.
///
/// Each method gives up (nil, `.invalid` or false) as soon as the text is anything but what
/// was asked for — an error, or valid JSON of another shape — and the caller then parses the
/// document in full with `JSONParser.parse`, which says what is wrong. Keys must be written
/// plainly: a key with an escape or a byte outside printable ASCII is given up on.
struct JSONShapeReader {
  private var parser: JSONParser

  /// An array or object being read: whether the next element is its first.
  struct Container {
    fileprivate var isFirst = true
  }

  enum Member {
    /// A member's key, as the document's bytes; the reader is at its value.
    case key(UnsafeBufferPointer<UInt8>)
    /// The object's `}`, read.
    case end
    case invalid
  }

  enum Element {
    /// Another element; the reader is at it.
    case value
    /// The array's `]`, read.
    case end
    case invalid
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    parser = JSONParser(bytes)
    parser.skipWhitespace()
  }

  private var byte: UInt8? {
    parser.index < parser.bytes.count ? parser.bytes[parser.index] : nil
  }

  /// Reads an object's `{`.
  mutating func enterObject() -> Container? {
    guard byte == UInt8(ascii: "{") else { return nil }
    parser.index += 1
    return Container()
  }

  /// Reads an array's `[`.
  mutating func enterArray() -> Container? {
    guard byte == UInt8(ascii: "[") else { return nil }
    parser.index += 1
    return Container()
  }

  /// Reads on to the next member of the object `container`: its key and the `:` after it.
  mutating func nextMember(of container: inout Container) -> Member {
    parser.skipWhitespace()
    if container.isFirst {
      container.isFirst = false
      if byte == UInt8(ascii: "}") {
        parser.index += 1
        return .end
      }
    } else {
      switch byte {
      case UInt8(ascii: "}"):
        parser.index += 1
        return .end
      case UInt8(ascii: ","):
        parser.index += 1
        parser.skipWhitespace()
      default:
        return .invalid
      }
    }
    guard byte == UInt8(ascii: "\"") else { return .invalid }
    let start = parser.index + 1
    var end = start
    let bytes = parser.bytes
    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
      guard JSONParser.isPrintableASCII(bytes[end]), bytes[end] != UInt8(ascii: "\\") else {
        return .invalid
      }
      end += 1
    }
    guard end < bytes.count else { return .invalid }
    parser.index = end + 1
    parser.skipWhitespace()
    guard byte == UInt8(ascii: ":") else { return .invalid }
    parser.index += 1
    parser.skipWhitespace()
    return .key(UnsafeBufferPointer(rebasing: bytes[start..<end]))
  }

  /// Reads on to the next element of the array `container`.
  mutating func nextElement(of container: inout Container) -> Element {
    parser.skipWhitespace()
    if container.isFirst {
      container.isFirst = false
      if byte == UInt8(ascii: "]") {
        parser.index += 1
        return .end
      }
      return .value
    }
    switch byte {
    case UInt8(ascii: "]"):
      parser.index += 1
      return .end
    case UInt8(ascii: ","):
      parser.index += 1
      parser.skipWhitespace()
      return byte == UInt8(ascii: "]") ? .invalid : .value
    default:
      return .invalid
    }
  }

  /// Reads `null`, if that is what comes next.
  mutating func null() -> Bool {
    guard byte == UInt8(ascii: "n") else { return false }
    do {
      try parser.parseLiteral("null")
      return true
    } catch {
      return false
    }
  }

  /// Reads a string.
  mutating func string() -> String? {
    guard byte == UInt8(ascii: "\"") else { return nil }
    return try? parser.parseString()
  }

  /// Reads a string that holds a day, `"YYYY-MM-DD"`: nil for any other value. A day
  /// written plainly, as pact writes every one, is read from its bytes without making a
  /// string; one written with escapes is unescaped first.
  mutating func day() -> Day? {
    let start = parser.index
    let bytes = parser.bytes
    if start + 11 < bytes.count, bytes[start] == UInt8(ascii: "\""),
      bytes[start + 11] == UInt8(ascii: "\""),
      let day = Day(utf8: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(start + 11)]))
    {
      parser.index = start + 12
      return day
    }
    return string().flatMap(Day.init)
  }

  /// Reads a string, or null (`.some(nil)`).
  mutating func optionalString() -> String?? {
    if null() { return .some(nil) }
    return string().map { .some($0) }
  }

  /// Reads a day, or null (`.some(nil)`).
  mutating func optionalDay() -> Day?? {
    if null() { return .some(nil) }
    return day().map { .some($0) }
  }

  /// Reads a string naming one of an enumeration's values, or null (`.some(nil)`).
  mutating func optionalValue<E: RawRepresentable>(as type: E.Type) -> E??
  where E.RawValue == String {
    if null() { return .some(nil) }
    return string().flatMap(E.init(rawValue:)).map { .some($0) }
  }

  /// Reads a whole number written plainly: digits only, at most nine, no leading zero, sign,
  /// fraction or exponent (`0`, `42`); nil for anything else.
  mutating func plainWholeNumber() -> Int? {
    let bytes = parser.bytes
    var position = parser.index
    var value = 0
    // One digit more than is taken, so that a longer number is seen to be one.
    while position < bytes.count, position - parser.index < 10,
      bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9")
    {
      value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
      position += 1
    }
    let digits = position - parser.index
    guard digits >= 1, digits <= 9, digits == 1 || bytes[parser.index] != UInt8(ascii: "0")
    else { return nil }
    if position < bytes.count,
      bytes[position] == UInt8(ascii: ".") || bytes[position] | 0x20 == UInt8(ascii: "e")
    {
      return nil
    }
    parser.index = position
    return value
  }

  /// Reads on to the next member of the object `container` and matches its key against
  /// `names`: the key, or `.some(nil)` at the object's `}`; nil for anything else — text
  /// that is not JSON, a key that is none of `names`, or one already `seen`.
  mutating func nextKey<K>(
    of container: inout Container, in names: KeyNames<K>, seen: inout UInt32
  ) -> K?? {
    switch nextMember(of: &container) {
    case .end: return .some(nil)
    case .invalid: return nil
    case .key(let name): return names.match(name, seen: &seen).map { .some($0) }
    }
  }

  /// Reads an array, each element with `element`; null for none. Nil when what comes next
  /// is not an array, or an element is not what `element` reads.
  mutating func array<T>(
    reservingCapacity capacity: Int = 0, _ element: (inout JSONShapeReader) -> T?
  ) -> [T]? {
    if null() { return [] }
    guard var array = enterArray() else { return nil }
    var values: [T] = []
    values.reserveCapacity(capacity)
    while true {
      switch nextElement(of: &array) {
      case .end: return values
      case .invalid: return nil
      case .value:
        guard let value = element(&self) else { return nil }
        values.append(value)
      }
    }
  }

  /// Reads an array of strings; null for none.
  mutating func strings() -> [String]? {
    array { $0.string() }
  }

  /// Reads `true` or `false`.
  mutating func bool() -> Bool? {
    switch byte {
    case UInt8(ascii: "t"): return (try? parser.parseLiteral("true")) != nil ? true : nil
    case UInt8(ascii: "f"): return (try? parser.parseLiteral("false")) != nil ? false : nil
    default: return nil
    }
  }

  /// Whether nothing but whitespace is left.
  mutating func isAtEnd() -> Bool {
    parser.skipWhitespace()
    return parser.index == parser.bytes.count
  }
}
