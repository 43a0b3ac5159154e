/// One thing wrong with one field of a data file, as a compiler diagnostic names it:
/// `members/M7K3MQ.json: email: expected a string, found a number`.
public struct FieldProblem: Equatable, Sendable, CustomStringConvertible {
  /// The path to the field inside the record, such as `roles[2]` or `criteria.need.met`.
  public var field: String
  /// What was expected and what was found.
  public var message: String

  public init(field: String, message: String) {
    self.field = field
    self.message = message
  }

  public var description: String { "\(field): \(message)" }
}
