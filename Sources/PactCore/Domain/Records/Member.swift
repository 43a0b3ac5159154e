/// A person on the panel: a resident or someone from an agency.
public struct Member: Record, Equatable {
  static let kind = RecordKind.member

  public let id: String
  public var name: String
  /// The agency id the member belongs to; nil for a resident.
  public var agency: String?
  /// Free-text roles, such as "PCSO" or "ward councillor".
  public var roles: [String]
  public var email: String?
  public var phone: String?
  /// Whether the member agreed to their e-mail and phone appearing in public outputs.
  public var isPublic: Bool
  public var isCouncillor: Bool
  public var joinedOn: Day?
  /// When they left the panel; a former member is kept while meetings name them.
  public var leftOn: Day?
  /// Their earlier times on the panel, when they left and rejoined, oldest first.
  public var earlierSpells: [MemberSpell] = []
  public var unknownFields: [String: JSONValue] = [:]

  public init(
    id: String, name: String, agency: String? = nil, roles: [String] = [], email: String? = nil,
    phone: String? = nil, isPublic: Bool = false, isCouncillor: Bool = false, joinedOn: Day? = nil
  ) {
    self.id = id
    self.name = name
    self.agency = agency
    self.roles = roles
    self.email = email
    self.phone = phone
    self.isPublic = isPublic
    self.isCouncillor = isCouncillor
    self.joinedOn = joinedOn
  }

  /// Whether the member represents the community rather than an agency.
  public var isResident: Bool { agency == nil }

  /// Whether they are still on the panel.
  public var isCurrent: Bool { leftOn == nil }

  init?(id: String, reading reader: inout RecordReader) {
    // Every field is read before giving up, so that every problem is reported at once.
    let name = reader.nonEmptyString("name")
    let member = Member(
      id: id, name: name ?? "", agency: reader.optionalString("agency"),
      roles: reader.strings("roles"), email: reader.optionalString("email"),
      phone: reader.optionalString("phone"), isPublic: reader.bool("public"),
      isCouncillor: reader.bool("councillor"), joinedOn: reader.optionalDay("joinedOn"))
    guard name != nil else { return nil }
    self = member
    leftOn = reader.optionalDay("leftOn")
    earlierSpells = reader.array("earlierSpells") { entry in
      let left = entry.day("leftOn")
      var spell = MemberSpell(joinedOn: entry.optionalDay("joinedOn"), leftOn: left ?? Day.first)
      spell.unknownFields = entry.unknownFields
      return left == nil ? nil : spell
    }
    unknownFields = reader.unknownFields
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("name", name)
    builder.set("agency", agency)
    builder.set("roles", roles)
    builder.set("email", email)
    builder.set("phone", phone)
    builder.set("public", isPublic)
    builder.set("councillor", isCouncillor)
    builder.set("joinedOn", joinedOn)
    builder.set("leftOn", leftOn)
    if !earlierSpells.isEmpty {
      builder.set(
        "earlierSpells",
        json: .array(
          earlierSpells.map { spell in
            var entry = JSONObjectBuilder(keeping: spell.unknownFields)
            entry.set("joinedOn", spell.joinedOn)
            entry.set("leftOn", spell.leftOn)
            return entry.value
          }))
    }
    return builder.value
  }
}

/// A time a member spent on the panel before they left.
public struct MemberSpell: Sendable, Equatable {
  public var joinedOn: Day?
  public var leftOn: Day
  public var unknownFields: [String: JSONValue] = [:]

  public init(joinedOn: Day?, leftOn: Day) {
    self.joinedOn = joinedOn
    self.leftOn = leftOn
  }
}
