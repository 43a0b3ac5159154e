import PactCore

/// `pact member remove NAME`.
enum MemberRemoveCommand {
  static let member = Positional(
    "member", help: "The member's whole name or id (or a prefix of the id).")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "remove",
      abstract: "Remove a member from the panel.",
      discussion: """
        The member is named exactly: their whole name (case and spacing do not matter) or \
        their id, never the start of a name. A member who holds a panel role must hand it \
        on first (pact panel set). A member named in past meetings is kept as a former \
        member, so the minutes still name them; 'pact member list --all' shows former \
        members, and 'pact member add' of the same name brings one back.
        """,
      arguments: [member.spec]),
    run: { invocation in
      let member = try invocation.panel().removeMember(invocation.required(member))
      if member.leftOn != nil {
        invocation.say(
          "\(member.name) has left the panel; kept as a former member because past "
            + "meetings name them.")
      } else {
        invocation.say("Removed member \(member.name).")
      }
    })
}
