import PactCore

/// `pact member set NAME`: corrects what is recorded about a member.
enum MemberSetCommand {
  static let member = Positional(
    "member", help: "The member's whole name or id (or a prefix of the id).")
  static let name = Key<String>.text(
    "name", valueName: "name", help: "Their name, spelt as it should be.", field: .name)
  static let role = Key<String>.text(
    "role", valueName: "role", help: "A role; replaces their roles (\"\" for none).",
    field: .role, isRepeatable: true)
  static let email = Key<String>.text(
    "email", valueName: "email", help: "Their e-mail address (\"\" removes it).", field: .email)
  static let phone = Key<String>.text(
    "phone", valueName: "phone", help: "Their phone number (\"\" removes it).", field: .phone)
  static let isPublic = Flag(
    "public", help: "They agree to their e-mail and phone being published.")
  static let isPrivate = Flag("private", help: "They withdraw that consent.")
  static let councillor = Flag("councillor", help: "They are a councillor.")
  static let notCouncillor = Flag("not-councillor", help: "They are not a councillor.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Correct a member's name, organisation, roles, contact details or consent.",
      discussion: """
        Give only what changes. The member is named exactly: their whole name (case and \
        spacing do not matter) or their id, never the start of a name. --role replaces \
        their roles. --private withdraws consent to publish: newsletters no longer print \
        their e-mail or phone.
        """,
      arguments: [member.spec],
      options: [
        name.spec, MemberAddCommand.org.spec, MemberAddCommand.resident.spec, role.spec,
        email.spec, phone.spec, isPublic.spec, isPrivate.spec, councillor.spec,
        notCouncillor.spec,
      ],
      examples: [
        "pact member set \"Sam Okafor\" --email sam@example.org --phone \"\"",
        "pact member set \"Margaret Ellis\" --private",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    try invocation.exclusive([MemberAddCommand.org.long, MemberAddCommand.resident.long])
    try invocation.exclusive([isPublic.long, isPrivate.long])
    try invocation.exclusive([councillor.long, notCouncillor.long])
    var changes = MemberChanges()
    changes.name = try invocation.value(name)
    changes.agency =
      invocation.flag(MemberAddCommand.resident) ? "" : try invocation.value(MemberAddCommand.org)
    if invocation.has(role) { changes.roles = try invocation.values(role) }
    changes.email = try invocation.value(email)
    changes.phone = try invocation.value(phone)
    changes.isPublic = flag(invocation, isPublic, isPrivate)
    changes.isCouncillor = flag(invocation, councillor, notCouncillor)
    guard !changes.isEmpty else {
      throw invocation.usageError(
        "Nothing to change: give --name, --org, --resident, --role, --email, --phone, "
          + "--public, --private, --councillor or --not-councillor")
    }
    let (updated, changed) = try invocation.panel().setMember(
      invocation.required(member), changes)
    invocation.say(
      "Updated member \(updated.name): \(changed.map(\.words).joined(separator: ", ")).")
  }

  /// True for `yes`, false for `no`, nil when neither was given.
  private static func flag(_ invocation: Invocation, _ yes: Flag, _ no: Flag) -> Bool? {
    invocation.flag(yes) ? true : invocation.flag(no) ? false : nil
  }
}
