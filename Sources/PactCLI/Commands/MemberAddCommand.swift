import PactCore

/// `pact member add NAME`: adds a resident or an agency's representative.
enum MemberAddCommand {
  static let name = Positional("name", help: "The member's full name.", field: .name)
  static let org = Key<String>.text(
    "org", valueName: "agency",
    help: "The agency they represent: its id, name, or a prefix of either.")
  static let resident = Flag("resident", help: "They represent the community (the default).")
  static let role = Key<String>.text(
    "role", valueName: "role", help: "A role, such as PCSO or ward councillor.", field: .role,
    isRepeatable: true)
  static let email = Key<String>.text(
    "email", valueName: "email", help: "Their e-mail address.", field: .email)
  static let phone = Key<String>.text(
    "phone", valueName: "phone", help: "Their phone number.", field: .phone)
  static let isPublic = Flag("public", help: "Allow their e-mail and phone in public outputs.")
  static let councillor = Flag(
    "councillor", help: "They are a parish, borough or county councillor.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Add a member to the panel.",
      discussion: """
        Members are named by name in other commands (--chair, --present), so each name must \
        be unique; a former member of that name rejoins, with the details given. A member \
        is a resident unless --org names their agency. E-mail and phone stay private \
        unless --public is given, which allows them in newsletters.
        """,
      arguments: [name.spec],
      options: [
        org.spec, resident.spec, role.spec, email.spec, phone.spec, isPublic.spec, councillor.spec,
      ],
      examples: [
        "pact member add \"PCSO Dan Hart\" --org police --role PCSO",
        "pact member add \"Cllr Ann Lee\" --councillor --role \"ward councillor\"",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    try invocation.exclusive([org.long, resident.long])
    var draft = MemberDraft(name: try invocation.required(name), agency: try invocation.value(org))
    draft.roles = try invocation.values(role)
    draft.email = try invocation.value(email)
    draft.phone = try invocation.value(phone)
    draft.isPublic = invocation.flag(isPublic)
    draft.isCouncillor = invocation.flag(councillor)
    let added = try invocation.panel().addMember(draft)
    if added.rejoined {
      invocation.say(
        "\(added.member.name) has rejoined the panel (\(added.shortID)), with the details "
          + "given; past meetings still name them.")
    } else {
      invocation.say("Added member \(added.member.name) (\(added.shortID)).")
    }
  }
}
