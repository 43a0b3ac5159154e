import PactCore

/// `pact newsletter`: the Markdown newsletter for residents after a meeting.
enum NewsletterCommand {
  static let meeting = Key<String>.text(
    "meeting", valueName: "date",
    help: "The meeting (default: the latest panel meeting held on or before today).",
    field: .meeting)
  static let asOf = Key<Day>.day(
    "as-of", help: "Write it as on this day: after the latest panel meeting held by then.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "newsletter",
      abstract: "The Markdown newsletter for residents after a meeting.",
      discussion: """
        Following the Medway proforma: the meeting (what kind, when, where, how many came \
        and, online, how many watched and asked questions); "You told us", the top three; \
        "What is being done", each open action with its lead agency and latest news; "What \
        has changed", actions completed and priorities closed since the meeting before, \
        with the difference made; the next meeting; and how to get in touch: the panel's \
        contact and only the members marked public.

        For the latest panel meeting the newsletter tells how things stand today; for an \
        earlier one, how they stood on the day of that meeting. An action past its due \
        date is said to be late. Notes marked internal are never printed.
        """,
      options: [meeting.spec, asOf.spec, CommonOptions.output.spec],
      examples: [
        "pact newsletter -o newsletter.md", "pact newsletter --meeting 2024-03-12",
        "pact newsletter --as-of 2024-03-31",
      ]),
    run: { invocation in
      let document = try invocation.panel().newsletter(
        after: invocation.value(meeting), asOf: invocation.value(asOf))
      try invocation.emit(document.markdown)
    })
}
