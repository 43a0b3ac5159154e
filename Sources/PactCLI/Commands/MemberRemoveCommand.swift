import PactCore

/// `pact member remove NAME`.
enum MemberRemoveCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "remove",
      abstract: "Remove a member from the panel.",
      discussion: "A member who holds a panel role must hand it on first (pact panel set).",
      arguments: [
        ArgumentSpec(name: "member", help: "The member's name, id, or a prefix of either.")
      ]),
    run: { invocation in
      let query = invocation.arguments.positional("member") ?? ""
      let member = try invocation.store().update { snapshot in
        try snapshot.removeMember(query)
      }
      invocation.say("Removed member \(member.name).")
    })
}
