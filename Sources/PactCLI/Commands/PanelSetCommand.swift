import PactCore

/// `pact panel set`: changes the panel's settings and who holds its roles.
enum PanelSetCommand {
  static let status = Key<PanelStatus>.choice(
    "status", valueName: "status", help: "Where the panel is in its life.")
  static let endorsedOn = Key<Day>.day("endorsed-on", help: "When the CSP endorsed the panel.")
  /// One option per role, `--chair` to `--communications`.
  static let roles: [(role: PanelRole, key: Key<String>)] = PanelRole.allCases.map { role in
    (
      role,
      Key<String>.text(
        role.rawValue, valueName: "member",
        help: "The \(role.title.lowercased()): a member's name (\"\" leaves it vacant).")
    )
  }
  static let venue = Key<String>.text(
    "venue", valueName: "venue", help: "Where meetings are usually held.", field: .venue)
  static let cadenceWeeks = Key<Int>.int(
    "cadence-weeks", help: "Weeks between meetings (the guides suggest 8 to 16; default 12).",
    in: 1...104, field: .cadenceWeeks)
  static let contact = Key<String>.text(
    "contact", valueName: "text", help: "The public contact printed in newsletters.",
    field: .contact)
  static let name = Key<String>.text(
    "name", valueName: "name", help: "The panel's name.", field: .name)
  static let area = Key<String>.text(
    "area", valueName: "area", help: "A ward or parish covered; replaces the list.",
    field: .area, isRepeatable: true)
  static let partnership = Key<String>.text(
    "partnership", valueName: "csp", help: "The CSP.", field: .partnership)
  static let policeForce = Key<String>.text(
    "police-force", valueName: "name", help: "The police force.", field: .policeForce)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Change the panel's settings and who holds its roles.",
      discussion: "Give only what changes. An empty value (\"\") clears a text setting.",
      options: [status.spec, endorsedOn.spec] + roles.map(\.key.spec) + [
        venue.spec, cadenceWeeks.spec, contact.spec, name.spec, area.spec, partnership.spec,
        policeForce.spec, lsoa.spec, boundary.spec,
      ],
      examples: [
        "pact panel set --status endorsed --endorsed-on 2024-01-15",
        "pact panel set --chair \"Jo Smith\" --secretary \"Sam Patel\" --cadence-weeks 8",
        "pact panel set --lsoa E01016034 --lsoa E01016035",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    var changes = PanelChanges()
    changes.status = try invocation.value(status)
    changes.endorsedOn = try invocation.value(endorsedOn)
    for (role, key) in roles {
      if let name = try invocation.value(key) { changes.roles[role] = name }
    }
    changes.venue = try invocation.value(venue)
    changes.cadenceWeeks = try invocation.value(cadenceWeeks)
    changes.contact = try invocation.value(contact)
    changes.name = try invocation.value(name)
    if invocation.has(area) { changes.areas = try invocation.values(area) }
    changes.partnership = try invocation.value(partnership)
    changes.policeForce = try invocation.value(policeForce)
    let crimeArea = try areaChange(invocation)
    guard !changes.isEmpty || !crimeArea.isEmpty else {
      throw invocation.usageError("Nothing to change: give at least one option")
    }
    let panel = try invocation.panel().setPanel(changes, area: crimeArea)
    invocation.say("Updated the panel settings of \(panel.name).")
  }
}
