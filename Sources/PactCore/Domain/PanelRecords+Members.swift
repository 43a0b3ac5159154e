import Foundation

/// What a secretary gives to add a member.
public struct MemberDraft: Sendable {
  public var name: String
  /// An agency id, name or prefix; nil for a resident.
  public var agency: String?
  public var roles: [String] = []
  public var email: String?
  public var phone: String?
  public var isPublic = false
  public var isCouncillor = false

  public init(name: String, agency: String? = nil) {
    self.name = name
    self.agency = agency
  }
}

extension PanelRecords {
  /// Adds a member with a new id.
  ///
  /// - Throws: `PanelError.duplicateMember`, `LookupError` for an unknown agency,
  ///   `InvalidValueError` for a malformed name, e-mail or phone number.
  @discardableResult
  public mutating func addMember<G: RandomNumberGenerator>(
    _ draft: MemberDraft, on today: Day, using generator: inout G
  ) throws -> Member {
    let name = try Validate.line(draft.name, field: .name)
    let folded = NameFolding.key(name)
    if let existing = members.first(where: { NameFolding.key($0.name) == folded }) {
      throw PanelError.duplicateMember(name: existing.name)
    }
    let agency = try draft.agency.map { try self.agency($0).id }
    if let email = draft.email { try Validate.email(email) }
    if let phone = draft.phone { try Validate.phone(phone) }
    let id = RecordID.generate(.member, existing: Set(members.map(\.id)), using: &generator)
    let member = Member(
      id: id, name: name, agency: agency,
      roles: try draft.roles.map { try Validate.line($0, field: .role) },
      email: draft.email.map(Validate.trimmed), phone: draft.phone.map(Validate.trimmed),
      isPublic: draft.isPublic, isCouncillor: draft.isCouncillor, joinedOn: today)
    members.append(member)
    return member
  }

  /// Removes a member. One that meetings name (present or apologies) is kept as a former
  /// member, so the minutes of those meetings still name them.
  ///
  /// - Returns: The member, with `leftOn` set when they were kept.
  /// - Throws: `LookupError`, or `PanelError.memberHoldsRole` while they hold a panel role.
  @discardableResult
  public mutating func removeMember(_ query: String, on day: Day) throws -> Member {
    var member = try self.member(query)
    let held = PanelRole.allCases.filter { panel.roles[$0] == member.id }
    guard held.isEmpty else { throw PanelError.memberHoldsRole(name: member.name, roles: held) }
    let named = meetings.contains {
      $0.present.contains(member.id) || $0.apologies.contains(member.id)
    }
    if named {
      member.leftOn = member.leftOn ?? day
      let id = member.id
      members = members.map { $0.id == id ? member : $0 }
    } else {
      members.removeAll { $0.id == member.id }
    }
    return member
  }
}
