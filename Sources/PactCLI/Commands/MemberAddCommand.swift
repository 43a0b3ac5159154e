import PactCore

/// `pact member add NAME`: adds a resident or an agency's representative.
enum MemberAddCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "add",
      abstract: "Add a member to the panel.",
      discussion: """
        Members are named by name in other commands (--chair, --present), so each name must \
        be unique. A member is a resident unless --org names their agency. E-mail and phone \
        stay private unless --public is given, which allows them in newsletters.
        """,
      arguments: [ArgumentSpec(name: "name", help: "The member's full name.")],
      options: [
        OptionSpec(
          long: "org", valueName: "agency",
          help: "The agency they represent: its id, name, or a prefix of either."),
        OptionSpec(long: "resident", help: "They represent the community (the default)."),
        OptionSpec(
          long: "role", valueName: "role",
          help: "A role, such as PCSO or ward councillor.", isRepeatable: true),
        OptionSpec(long: "email", valueName: "email", help: "Their e-mail address."),
        OptionSpec(long: "phone", valueName: "phone", help: "Their phone number."),
        OptionSpec(
          long: "public", help: "Allow their e-mail and phone in public outputs."),
        OptionSpec(long: "councillor", help: "They are a parish, borough or county councillor."),
      ],
      examples: [
        "pact member add \"PCSO Dan Hart\" --org police --role PCSO",
        "pact member add \"Cllr Ann Lee\" --councillor --role \"ward councillor\"",
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    try invocation.exclusive(["org", "resident"])
    var draft = MemberDraft(
      name: arguments.positional("name") ?? "", agency: arguments.value("org"))
    draft.roles = arguments.values("role")
    draft.email = arguments.value("email")
    draft.phone = arguments.value("phone")
    draft.isPublic = arguments.flag("public")
    draft.isCouncillor = arguments.flag("councillor")
    let today = try invocation.today()
    var generator = SystemRandomNumberGenerator()
    let (member, shortID) = try invocation.store().update { snapshot in
      let member = try snapshot.addMember(draft, on: today, using: &generator)
      let short = RecordID.shortForms(snapshot.members.map(\.id))[member.id] ?? member.id
      return (member, short)
    }
    invocation.say("Added member \(member.name) (\(shortID)).")
  }
}
