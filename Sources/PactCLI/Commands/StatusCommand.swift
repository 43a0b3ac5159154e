import PactCore

/// `pact status`: the chair's briefing the day before a meeting.
enum StatusCommand {
  static let asOf = Key<Day>.day(
    "as-of", help: "The briefing as it stood on this day, from what was recorded by then.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "status",
      abstract: "The chair's briefing: the top three, every open action rated, and warnings.",
      discussion: """
        Each open action is rated RED (overdue or blocked), AMBER (due within 14 days, or \
        no update since the last panel meeting) or GREEN. Then what needs the chair's \
        attention: overdue, blocked and stale actions, actions led by agencies with no \
        member on the panel, long-running priorities, issues raised again and again, \
        meetings left unrecorded, and gaps in the panel's set-up. Only the panel's own \
        meetings (panel, online, hybrid) count; walkabouts, workshops and surgeries do \
        not. Colour is used only on a terminal, never with NO_COLOR or TERM=dumb.
        """,
      options: [asOf.spec, CommonOptions.json.spec]),
    run: { invocation in
      let report = try invocation.panel().status(asOf: invocation.value(asOf))
      if invocation.wantsJSON {
        invocation.printJSON(report.json(advice: WarningAdvice.status))
      } else {
        invocation.context.stdout.writeStyled(
          report.text(
            width: invocation.context.width, color: invocation.context.useColor,
            advice: WarningAdvice.status))
      }
    })
}
