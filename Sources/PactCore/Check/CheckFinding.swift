/// One problem `pact check` found, named like a compiler diagnostic: the file, the field,
/// what is wrong and how to put it right.
public struct CheckFinding: Sendable, Equatable {
  /// The file (or folder) as the user would type it.
  public var file: String
  /// The field inside the file, such as `present[2]`; nil when the problem is the whole file.
  public var field: String?
  /// A stable code for scripts: a `CheckCode` for errors, a `StatusWarning.Code` for
  /// warnings.
  public var code: String
  /// What is wrong.
  public var message: String
  /// How to put it right.
  public var fix: String

  public init(file: String, field: String? = nil, code: String, message: String, fix: String) {
    self.file = file
    self.field = field
    self.code = code
    self.message = message
    self.fix = fix
  }

  /// `file: field: message; fix`, on one line.
  public var line: String {
    let location = field.map { "\(file): \($0)" } ?? file
    return "\(location): \(CheckFinding.oneLine(message)); \(CheckFinding.oneLine(fix))"
  }

  /// The finding as a JSON object: `file`, `field` (or null), `code`, `message`, `fix`.
  public var json: JSONValue {
    .object([
      "file": .string(file),
      "field": field.map(JSONValue.string) ?? .null,
      "code": .string(code),
      "message": .string(message),
      "fix": .string(fix),
    ])
  }

  /// Text from a data file, made safe to print on one line: line breaks and other control
  /// characters become spaces, so a hostile value cannot forge a line of its own.
  static func oneLine(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
