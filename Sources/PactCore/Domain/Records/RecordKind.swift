/// The kinds of record a panel keeps, one JSON file each.
public enum RecordKind: String, CaseIterable, Sendable {
  case member
  case agency
  case meeting
  case issue
  case priority
  case action

  /// The letter that starts a generated id (`A7K3MQ` for an action); nil for kinds whose
  /// ids are chosen by people (agencies) or are dates (meetings).
  public var idPrefix: Character? {
    switch self {
    case .member: "M"
    case .issue: "I"
    case .priority: "P"
    case .action: "A"
    case .agency, .meeting: nil
    }
  }

  /// The word used in messages: "no member named …".
  public var noun: String { rawValue }

  /// The plural used in messages and listings.
  public var pluralNoun: String {
    switch self {
    case .agency: "agencies"
    case .priority: "priorities"
    default: rawValue + "s"
    }
  }
}
