/// What is given to add an agency.
public struct AgencyDraft: Sendable {
  public var name: String
  /// The id; made from the name when nil.
  public var id: String?
  public var kind: AgencyKind = .other
  public var handles: [String] = []
  public var contact: String?

  public init(name: String, id: String? = nil) {
    self.name = name
    self.id = id
  }
}

/// Changes to an agency; nil leaves a field as it is.
public struct AgencyChanges: Sendable {
  public var name: String?
  public var kind: AgencyKind?
  /// Replaces the remit when given.
  public var handles: [String]?
  /// An empty string removes the contact.
  public var contact: String?

  public init() {}
}

extension PanelRecords {
  /// Adds an agency.
  ///
  /// - Throws: `PanelError.duplicateAgency`, or `InvalidValueError` for a malformed id.
  @discardableResult
  public mutating func addAgency(_ draft: AgencyDraft) throws -> Agency {
    let name = try Validate.line(draft.name, field: .name)
    let id = draft.id.map(Validate.trimmed) ?? Agency.slug(for: name)
    guard Agency.isValidID(id) else {
      throw InvalidValueError(
        field: .id, value: id,
        expected: "lower-case letters, digits and hyphens, starting with a letter (\"highways\")")
    }
    let folded = NameFolding.key(name)
    if let clash = agencies.first(where: { $0.id == id || NameFolding.key($0.name) == folded }
    ) {
      throw PanelError.duplicateAgency(id: clash.id, name: clash.name)
    }
    let agency = Agency(
      id: id, name: name, kind: draft.kind, handles: try Self.categories(draft.handles),
      contact: try Validate.setting(draft.contact, field: .contact) ?? nil)
    agencies.append(agency)
    return agency
  }

  /// Changes an agency's name, kind, remit or contact.
  @discardableResult
  public mutating func setAgency(_ query: String, _ changes: AgencyChanges) throws -> Agency {
    var agency = try self.agency(query)
    if let name = changes.name {
      let name = try Validate.line(name, field: .name)
      let folded = NameFolding.key(name)
      if let clash = agencies.first(where: {
        $0.id != agency.id && NameFolding.key($0.name) == folded
      }) {
        throw PanelError.duplicateAgency(id: clash.id, name: clash.name)
      }
      agency.name = name
    }
    if let kind = changes.kind { agency.kind = kind }
    if let handles = changes.handles { agency.handles = try Self.categories(handles) }
    if let contact = try Validate.setting(changes.contact, field: .contact) {
      agency.contact = contact
    }
    let id = agency.id
    agencies = agencies.map { $0.id == id ? agency : $0 }
    return agency
  }

  /// Removes an agency that no member or action names.
  @discardableResult
  public mutating func removeAgency(_ query: String) throws -> Agency {
    try requireEveryAction()
    let agency = try self.agency(query)
    let members = membersByAgency[agency.id, default: []].map(\.name)
    let actions = actions.filter { $0.lead == agency.id }.count
    guard members.isEmpty, actions == 0 else {
      throw PanelError.agencyInUse(id: agency.id, members: members, actions: actions)
    }
    agencies.removeAll { $0.id == agency.id }
    return agency
  }

  /// Issue categories as stored: trimmed, as typed, without repeats (ignoring case), in the
  /// order given.
  static func categories(_ values: [String]) throws -> [String] {
    var seen: Set<String> = []
    return try values.filter { !Validate.trimmed($0).isEmpty }
      .map { try Validate.line($0, field: .category) }
      .filter { seen.insert($0.lowercased()).inserted }
  }
}
