/// One problem `pact check` found, named like a compiler diagnostic: the file, the field
/// and what is wrong, as a typed problem.
public struct CheckFinding: Sendable, Equatable {
  /// The file (or folder) as the user would type it.
  public var file: String
  /// The field inside the file, such as `present[2]`; nil when the problem is the whole file.
  public var field: String?
  /// What is wrong, as facts.
  public var problem: CheckProblem

  public init(file: String, field: String? = nil, problem: CheckProblem) {
    self.file = file
    self.field = field
    self.problem = problem
  }

  /// A stable code for scripts: a `CheckCode` for errors, a `StatusWarning.Code` for
  /// warnings.
  public var code: String { problem.code }

  /// What is wrong, in words.
  public var message: String { problem.message }

  /// What is wrong, with the front end's remark after it.
  public func message(advice: FindingAdvice) -> String {
    message + (advice.remark(self).map { " (\($0))" } ?? "")
  }

  /// `file: field: message; fix` on one line, the fix from `advice` (left out when it
  /// gives none).
  public func line(advice: FindingAdvice = .none) -> String {
    let location = field.map { "\(file): \($0)" } ?? file
    let fix = advice.fix(self).map { "; " + CheckFinding.oneLine($0) } ?? ""
    return "\(location): \(CheckFinding.oneLine(message(advice: advice)))\(fix)"
  }

  /// The finding as a JSON object: `file`, `field` (or null), `code`, `message` and `fix`
  /// (from `advice`, or null).
  public func json(advice: FindingAdvice = .none) -> JSONValue {
    .object([
      "file": .string(file),
      "field": field.map(JSONValue.string) ?? .null,
      "code": .string(code),
      "message": .string(message(advice: advice)),
      "fix": advice.fix(self).map(JSONValue.string) ?? .null,
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
