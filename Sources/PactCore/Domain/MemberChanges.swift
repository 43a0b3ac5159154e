/// Corrections to a member; nil leaves a field as it is.
public struct MemberChanges: Sendable {
  public var name: String?
  /// An agency id, name or prefix; an empty string makes them a resident.
  public var agency: String?
  /// Replaces the roles when given.
  public var roles: [String]?
  /// An empty string removes it.
  public var email: String?
  /// An empty string removes it.
  public var phone: String?
  /// Whether they agree to their e-mail and phone appearing in public outputs.
  public var isPublic: Bool?
  public var isCouncillor: Bool?

  public init() {}

  public var isEmpty: Bool {
    name == nil && agency == nil && roles == nil && email == nil && phone == nil
      && isPublic == nil && isCouncillor == nil
  }
}

/// What a correction to a member can change, in the order messages name them.
public enum MemberField: String, CaseIterable, Sendable {
  case name
  case organisation
  case roles
  case email
  case phone
  case councillor
  case consent

  /// The field as people name it: "consent to publish".
  public var words: String {
    switch self {
    case .name: "name"
    case .organisation: "organisation"
    case .roles: "roles"
    case .email: "e-mail"
    case .phone: "phone"
    case .councillor: "councillor"
    case .consent: "consent to publish"
    }
  }

  func differs(_ old: Member, _ new: Member) -> Bool {
    switch self {
    case .name: old.name != new.name
    case .organisation: old.agency != new.agency
    case .roles: old.roles != new.roles
    case .email: old.email != new.email
    case .phone: old.phone != new.phone
    case .councillor: old.isCouncillor != new.isCouncillor
    case .consent: old.isPublic != new.isPublic
    }
  }
}
