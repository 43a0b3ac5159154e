/// Every pact command, as one tree: the parser, help and completions are all made from it.
enum CommandTree {
  static let root: CommandNode = CommandNode(
    CommandSpec(
      name: "pact",
      abstract: "Run a PACT panel: meetings, the top three priorities, actions and newsletters.",
      discussion: """
        pact keeps a panel as a folder of JSON files that people can read, back up, e-mail \
        and keep in git. Commands work on the panel named by --panel, else $PACT_PANEL, \
        else the nearest folder at or above this one that holds panel.json.

        Set PACT_TODAY=YYYY-MM-DD to run as if on another day.
        """,
      options: [CommonOptions.panel.spec, CommonOptions.version.spec],
      examples: [
        "pact init bgwp --name \"Borough Green PACT\" --area \"Borough Green\"",
        "pact --panel bgwp member add \"Jo Smith\" --role secretary",
        "pact --panel bgwp panel set --secretary \"Jo Smith\"",
      ]),
    children: [
      InitCommand.node,
      StatusCommand.node,
      PanelCommands.node,
      MemberCommands.node,
      AgencyCommands.node,
      MeetingCommands.node,
      IssueCommands.node,
      PriorityCommands.node,
      ActionCommands.node,
      LogCommand.node,
      ImportCommand.node,
      DocumentCommands.agenda,
      DocumentCommands.minutes,
      NewsletterCommand.node,
      ReportCommand.node,
      SiteCommand.node,
      CrimeCommands.node,
      CheckCommand.node,
      ExportCommand.node,
      UndoCommand.node,
      SyncCommand.node,
      MergeFileCommand.node,
      CompletionCommand.node,
    ])
}
