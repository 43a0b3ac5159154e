/// What a front end adds to each `pact check` finding in its own terms: how to put it
/// right, and a remark after what is wrong. PactCore states the facts and names no
/// command; a command line names its commands here, a web page could name its forms.
public struct FindingAdvice: Sendable {
  /// How to put a finding right; nil to state the problem alone.
  public var fix: @Sendable (CheckFinding) -> String?
  /// A remark that follows the finding's message in parentheses, such as what the
  /// program does about it; nil for none.
  public var remark: @Sendable (CheckFinding) -> String?

  public init(
    fix: @escaping @Sendable (CheckFinding) -> String? = { _ in nil },
    remark: @escaping @Sendable (CheckFinding) -> String? = { _ in nil }
  ) {
    self.fix = fix
    self.remark = remark
  }

  /// No advice: the facts alone.
  public static let none = FindingAdvice()
}
