import PactCore

/// `pact crime`: police.uk crime and anti-social behaviour figures for the panel's area.
enum CrimeCommands {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "crime",
      abstract: "Crime and anti-social behaviour figures from police.uk for the panel's area.",
      defaultSubcommand: "show"),
    children: [show, CrimeImportCommand.node])

  static let months = Key<Int>.int(
    "months", help: "How many months to show, up to the latest with figures (default 12).",
    in: 1...600)

  static let show: CommandNode = CommandNode(
    CommandSpec(
      name: "show",
      abstract: "The area's monthly counts by crime type, the months covered and those missing.",
      discussion: """
        Counts are of rows in police.uk's street-level files whose LSOA code is one of the \
        panel's or whose point lies inside its boundary (pact panel set --lsoa or \
        --boundary). Rows with no location are never counted in an area.
        """,
      options: [months.spec, CommonOptions.json.spec],
      examples: ["pact crime", "pact crime --months 24 --json"]),
    run: { invocation in
      invocation.present(try invocation.panel().crime(months: invocation.value(months) ?? 12))
    })
}
