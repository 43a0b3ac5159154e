import Foundation

/// A change the panel's rules do not allow (exit 1).
public enum PanelError: Error, Equatable, LocalizedError {
  /// A member with this name is already on the panel.
  case duplicateMember(name: String)
  /// The member holds panel roles, which must pass to someone else first.
  case memberHoldsRole(name: String, roles: [PanelRole])
  /// An agency with this id or name already exists.
  case duplicateAgency(id: String, name: String)
  /// Members or actions still name the agency.
  case agencyInUse(id: String, members: [String], actions: Int)

  public var errorDescription: String? {
    switch self {
    case .duplicateMember(let name):
      "the panel already has a member named \"\(name)\""
    case .memberHoldsRole(let name, let roles):
      "\(name) is the panel's \(roles.map { $0.title.lowercased() }.joined(separator: " and "))"
    case .duplicateAgency(let id, let name):
      "the panel already has an agency \"\(name)\" (\(id))"
    case .agencyInUse(let id, let members, let actions):
      "agency \"\(id)\" is still named by "
        + [
          members.isEmpty
            ? nil
            : "\(members.count) member\(members.count == 1 ? "" : "s") (\(members.joined(separator: ", ")))",
          actions == 0 ? nil : "\(actions) action\(actions == 1 ? "" : "s")",
        ].compactMap { $0 }.joined(separator: " and ")
    }
  }

  public var recoverySuggestion: String? {
    switch self {
    case .duplicateMember:
      "Members are named by name: add this one with a distinguishing name (\"Jo Smith (PCSO)\")."
    case .memberHoldsRole(_, let roles):
      "Give the role to someone else first: pact panel set --\(roles[0].rawValue) NAME."
    case .duplicateAgency:
      "Use the existing agency, or choose another --id and name."
    case .agencyInUse:
      "Move those members and actions to another agency first; pact keeps every agency an "
        + "action or member names."
    }
  }
}

/// A value that is not of the form an option expects (exit 64).
public struct InvalidValueError: Error, Equatable, LocalizedError {
  /// The option or field, such as `--email`.
  public var option: String
  public var value: String
  /// What would have been accepted.
  public var expected: String

  public init(option: String, value: String, expected: String) {
    self.option = option
    self.value = value
    self.expected = expected
  }

  public var errorDescription: String? {
    "invalid value \"\(value)\" for \(option): expected \(expected)"
  }
}
