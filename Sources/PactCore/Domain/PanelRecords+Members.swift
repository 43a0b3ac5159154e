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
  /// Adds a member with a new id; a former member of that name rejoins instead, with the
  /// details given, under their old id (so the minutes that name them still do).
  ///
  /// - Throws: `PanelError.duplicateMember` for a current member's name, `LookupError` for
  ///   an unknown agency, `InvalidValueError` for a malformed name, e-mail or phone number.
  @discardableResult
  public mutating func addMember<G: RandomNumberGenerator>(
    _ draft: MemberDraft, on today: Day, using generator: inout G
  ) throws -> Member {
    let name = try Validate.line(draft.name, field: .name)
    let folded = NameFolding.key(name)
    let existing = members.first { NameFolding.key($0.name) == folded }
    if let existing, existing.isCurrent {
      throw PanelError.duplicateMember(name: existing.name)
    }
    let agency = try draft.agency.map { try self.agency($0).id }
    if let email = draft.email { try Validate.email(email) }
    if let phone = draft.phone { try Validate.phone(phone) }
    let id =
      existing?.id
      ?? RecordID.generate(.member, existing: Set(members.map(\.id)), using: &generator)
    var member = Member(
      id: id, name: name, agency: agency,
      roles: try draft.roles.map { try Validate.line($0, field: .role) },
      email: draft.email.map(Validate.trimmed), phone: draft.phone.map(Validate.trimmed),
      isPublic: draft.isPublic, isCouncillor: draft.isCouncillor, joinedOn: today)
    guard let former = existing else {
      members.append(member)
      return member
    }
    member.unknownFields = former.unknownFields
    member.earlierSpells = former.earlierSpells
    if let left = former.leftOn {
      member.earlierSpells.append(MemberSpell(joinedOn: former.joinedOn, leftOn: left))
    }
    members = members.map { $0.id == id ? member : $0 }
    return member
  }

  /// Corrects what is recorded about a member.
  ///
  /// - Returns: The member, and what changed.
  /// - Throws: `LookupError` unless `query` names one member exactly;
  ///   `PanelError.duplicateMember` for another member's name; `InvalidValueError` for a
  ///   malformed name, role, e-mail or phone number; `PanelError.nothingToCorrect`.
  @discardableResult
  public mutating func setMember(_ query: String, _ changes: MemberChanges) throws
    -> (member: Member, changed: [MemberField])
  {
    let original = try memberExactly(query)
    var member = original
    if let name = changes.name {
      member.name = try Validate.line(name, field: .name)
      let folded = NameFolding.key(member.name)
      if let clash = members.first(where: {
        $0.id != member.id && NameFolding.key($0.name) == folded
      }) {
        throw PanelError.duplicateMember(name: clash.name)
      }
    }
    if let agency = changes.agency {
      member.agency = Validate.trimmed(agency).isEmpty ? nil : try self.agency(agency).id
    }
    if let roles = changes.roles {
      member.roles = try roles.filter { !Validate.trimmed($0).isEmpty }
        .map { try Validate.line($0, field: .role) }
    }
    if let email = changes.email {
      if !Validate.trimmed(email).isEmpty { try Validate.email(email) }
      member.email = Validate.trimmed(email).isEmpty ? nil : Validate.trimmed(email)
    }
    if let phone = changes.phone {
      if !Validate.trimmed(phone).isEmpty { try Validate.phone(phone) }
      member.phone = Validate.trimmed(phone).isEmpty ? nil : Validate.trimmed(phone)
    }
    if let isPublic = changes.isPublic { member.isPublic = isPublic }
    if let isCouncillor = changes.isCouncillor { member.isCouncillor = isCouncillor }
    let changed = MemberField.allCases.filter { $0.differs(original, member) }
    guard !changed.isEmpty else {
      throw PanelError.nothingToCorrect(kind: .member, id: member.id)
    }
    members = members.map { $0.id == member.id ? member : $0 }
    return (member, changed)
  }

  /// Removes a member. One that meetings name (present or apologies) is kept as a former
  /// member, so the minutes of those meetings still name them.
  ///
  /// - Returns: The member, with `leftOn` set when they were kept.
  /// - Throws: `LookupError` unless `query` names one member exactly (never by a prefix
  ///   of a name), or `PanelError.memberHoldsRole` while they hold a panel role.
  @discardableResult
  public mutating func removeMember(_ query: String, on day: Day) throws -> Member {
    var member = try memberExactly(query)
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
