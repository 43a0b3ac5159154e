import PactCore

/// `pact panel set`: changes the panel's settings and who holds its roles.
enum PanelSetCommand {
  private static let roleOptions = PanelRole.allCases.map { role in
    OptionSpec(
      long: role.rawValue, valueName: "member",
      help: "The \(role.title.lowercased()): a member's name (\"\" leaves it vacant).")
  }

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Change the panel's settings and who holds its roles.",
      discussion: "Give only what changes. An empty value (\"\") clears a text setting.",
      options: [
        OptionSpec(
          long: "status", valueName: "status", help: "Where the panel is in its life.",
          allowedValues: PanelStatus.allCases.map(\.rawValue)),
        OptionSpec(
          long: "endorsed-on", valueName: "date", help: "When the CSP endorsed the panel."),
      ] + roleOptions + [
        OptionSpec(long: "venue", valueName: "venue", help: "Where meetings are usually held."),
        OptionSpec(
          long: "cadence-weeks", valueName: "n",
          help: "Weeks between meetings (the guides suggest 8 to 16; default 12)."),
        OptionSpec(
          long: "contact", valueName: "text",
          help: "The public contact printed in newsletters."),
        OptionSpec(long: "name", valueName: "name", help: "The panel's name."),
        OptionSpec(
          long: "area", valueName: "area",
          help: "A ward or parish covered; replaces the list.", isRepeatable: true),
        OptionSpec(long: "partnership", valueName: "csp", help: "The CSP."),
        OptionSpec(long: "police-force", valueName: "name", help: "The police force."),
      ],
      examples: [
        "pact panel set --status endorsed --endorsed-on 2024-01-15",
        "pact panel set --chair \"Jo Smith\" --secretary \"Sam Patel\" --cadence-weeks 8",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    var changes = PanelChanges()
    changes.status = try invocation.choice("status", as: PanelStatus.self)
    changes.endorsedOn = try invocation.day("endorsed-on")
    for role in PanelRole.allCases {
      if let name = arguments.value(role.rawValue) { changes.roles[role] = name }
    }
    changes.venue = arguments.value("venue")
    changes.cadenceWeeks = try invocation.int("cadence-weeks", in: 1...104)
    changes.contact = arguments.value("contact")
    changes.name = arguments.value("name")
    if arguments.has("area") { changes.areas = arguments.values("area") }
    changes.partnership = arguments.value("partnership")
    changes.policeForce = arguments.value("police-force")
    guard !changes.isEmpty else {
      throw invocation.usageError("Nothing to change: give at least one option")
    }
    let panel = try invocation.store().update { snapshot in
      try snapshot.apply(changes)
      return snapshot
    }
    invocation.say("Updated the panel settings of \(panel.panel.name).")
  }
}
