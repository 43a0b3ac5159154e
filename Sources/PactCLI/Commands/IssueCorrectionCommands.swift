import PactCore

/// `pact issue set I` and `pact issue merge I INTO`: putting the backlog right.
enum IssueCorrectionCommands {
  static let title = Key<String>.text(
    "title", valueName: "title", help: "The concern, as it should read.", field: .title)

  static let set: CommandNode = CommandNode(
    CommandSpec(
      name: "set",
      abstract: "Correct an issue's title or category.",
      discussion: """
        Give only what changes; --category "" removes the category. A title another issue \
        has already (ignoring case, spacing and punctuation) is the same concern: merge the \
        two with 'pact issue merge'.
        """,
      arguments: [IssueCommands.issueArgument.spec],
      options: [title.spec, IssueCommands.category.spec],
      examples: ["pact issue set I4KQ --title \"Speeding on Tootell Street\""]),
    run: { invocation in
      var changes = IssueChanges()
      changes.title = try invocation.value(title)
      changes.category = try invocation.value(IssueCommands.category)
      guard !changes.isEmpty else {
        throw invocation.usageError("Nothing to correct: give --title or --category")
      }
      let issue = try invocation.panel().setIssue(
        invocation.required(IssueCommands.issueArgument), changes)
      invocation.say("Corrected issue \(issue.id): \(issue.title).")
    })

  static let into = Positional(
    "into", help: "The issue to keep: its id, or its title (or a prefix).")

  static let merge: CommandNode = CommandNode(
    CommandSpec(
      name: "merge",
      abstract: "Merge an issue into another that is the same concern.",
      discussion: """
        The times ISSUE was raised join INTO's, a priority promoted from ISSUE now comes \
        from INTO, and ISSUE's record goes. INTO keeps its title: correct it afterwards \
        with 'pact issue set' if need be.
        """,
      arguments: [IssueCommands.issueArgument.spec, into.spec],
      examples: ["pact issue merge \"Tootell St.\" \"Tootell Street\""]),
    run: { invocation in
      let merge = try invocation.panel().mergeIssue(
        invocation.required(IssueCommands.issueArgument), into: invocation.required(into))
      let times = merge.survivor.raisings.count
      invocation.say(
        "Merged \"\(merge.merged.title)\" into \"\(merge.survivor.title)\": raised \(times) "
          + "time\(times == 1 ? "" : "s"), at \(merge.panelMeetings) panel "
          + "meeting\(merge.panelMeetings == 1 ? "" : "s").")
    })
}
