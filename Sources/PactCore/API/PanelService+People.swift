/// A member just added, with the short form of their id that listings show.
public struct AddedMember: Sendable {
  public var member: Member
  public var shortID: String
  /// Whether a former member of that name rejoined, under their old id.
  public var rejoined = false
}

extension PanelService {
  /// The panel's members; former ones too with `includingFormer`.
  public func members(includingFormer: Bool = false) throws -> MemberListing {
    MemberListing(try records(), includingFormer: includingFormer)
  }

  /// Adds a member, joining today.
  ///
  /// - Throws: `PanelError.duplicateMember`, `LookupError` for an unknown agency,
  ///   `InvalidValueError` for a malformed name, e-mail or phone number.
  @discardableResult
  public func addMember(_ draft: MemberDraft) throws -> AddedMember {
    let today = self.today
    var generator = ids
    return try change { records in
      let before = Set(records.members.map(\.id))
      let member = try records.addMember(draft, on: today, using: &generator)
      let short = RecordID.shortForms(records.members.map(\.id))[member.id] ?? member.id
      return AddedMember(member: member, shortID: short, rejoined: before.contains(member.id))
    }
  }

  /// Corrects what is recorded about a member, named exactly (by whole name or id).
  ///
  /// - Returns: The member, and what changed.
  @discardableResult
  public func setMember(_ query: String, _ changes: MemberChanges) throws
    -> (member: Member, changed: [MemberField])
  {
    try change { try $0.setMember(query, changes) }
  }

  /// Removes a member, named exactly (by whole name or id, never a prefix of a name), or
  /// keeps them as a former member when past meetings name them.
  ///
  /// - Returns: The member, with `leftOn` set when they were kept.
  @discardableResult
  public func removeMember(_ query: String) throws -> Member {
    let today = self.today
    return try change { try $0.removeMember(query, on: today) }
  }

  /// The lead agencies.
  public func agencies() throws -> AgencyListing {
    AgencyListing(try records())
  }

  /// Adds a lead agency.
  @discardableResult
  public func addAgency(_ draft: AgencyDraft) throws -> Agency {
    try change { try $0.addAgency(draft) }
  }

  /// Changes an agency's name, kind, remit or contact.
  @discardableResult
  public func setAgency(_ query: String, _ changes: AgencyChanges) throws -> Agency {
    try change { try $0.setAgency(query, changes) }
  }

  /// Removes an agency that no member or action, open or closed, names.
  @discardableResult
  public func removeAgency(_ query: String) throws -> Agency {
    try change { try $0.removeAgency(query) }
  }
}
