/// Changes to a panel's settings; nil leaves a field as it is, and an empty string removes
/// a text field.
public struct PanelChanges: Sendable {
  public var status: PanelStatus?
  public var endorsedOn: Day?
  /// Member names (or ids) by role; an empty string leaves the role vacant.
  public var roles: [PanelRole: String] = [:]
  public var venue: String?
  public var cadenceWeeks: Int?
  public var contact: String?
  public var name: String?
  /// Replaces the areas when given.
  public var areas: [String]?
  public var partnership: String?
  public var policeForce: String?

  public init() {}

  public var isEmpty: Bool {
    status == nil && endorsedOn == nil && roles.isEmpty && venue == nil && cadenceWeeks == nil
      && contact == nil && name == nil && areas == nil && partnership == nil && policeForce == nil
  }
}

extension PanelRecords {
  /// A new panel with the default agencies, as `pact init` makes it.
  public static func new(
    name: String, areas: [String], partnership: String?, policeForce: String?, today: Day
  ) throws -> PanelRecords {
    var panel = Panel(name: try Validate.line(name, field: .name), createdOn: today)
    panel.areas = try areas.filter { !Validate.trimmed($0).isEmpty }
      .map { try Validate.line($0, field: .area) }
    panel.partnership = try Validate.setting(partnership, field: .partnership) ?? nil
    panel.policeForce = try Validate.setting(policeForce, field: .policeForce) ?? nil
    return PanelRecords(panel: panel, agencies: Agency.defaults)
  }

  /// Applies `changes` to the panel's settings.
  ///
  /// - Throws: `LookupError` for a role given to someone who is not a member;
  ///   `InvalidValueError` for a cadence out of range or an empty name.
  public mutating func apply(_ changes: PanelChanges) throws {
    if let name = changes.name { panel.name = try Validate.line(name, field: .name) }
    if let areas = changes.areas {
      panel.areas = try areas.filter { !Validate.trimmed($0).isEmpty }
        .map { try Validate.line($0, field: .area) }
    }
    if let status = changes.status { panel.status = status }
    if let day = changes.endorsedOn { panel.endorsedOn = day }
    for (role, query) in changes.roles.sorted(by: { $0.key < $1.key }) {
      panel.roles[role] = Validate.trimmed(query).isEmpty ? nil : try member(query).id
    }
    if let weeks = changes.cadenceWeeks {
      guard (1...104).contains(weeks) else {
        throw InvalidValueError(
          field: .cadenceWeeks, value: String(weeks), expected: "a number of weeks, 1 to 104")
      }
      panel.cadenceWeeks = weeks
    }
    if let venue = try Validate.setting(changes.venue, field: .venue) { panel.venue = venue }
    if let contact = try Validate.setting(changes.contact, field: .contact) {
      panel.contact = contact
    }
    if let partnership = try Validate.setting(changes.partnership, field: .partnership) {
      panel.partnership = partnership
    }
    if let force = try Validate.setting(changes.policeForce, field: .policeForce) {
      panel.policeForce = force
    }
  }

  /// Records whether one CSP endorsement criterion is met.
  public mutating func setCriterion(
    _ criterion: Criterion, met: Bool, note: String?, on day: Day
  ) throws {
    var state = panel.criteria[criterion] ?? CriterionState(met: met)
    state.met = met
    if let note {
      state.note = Validate.trimmed(note).isEmpty ? nil : try Validate.text(note, field: .note)
    }
    state.updatedOn = day
    panel.criteria[criterion] = state
  }
}
