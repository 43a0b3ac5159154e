import Testing

@testable import PactCLI

@Suite struct HelpTests {
  let root = ParserSampleSpec.root

  static let panelRow = [
    "  --panel <dir>           The panel directory (default: $PACT_PANEL, else the",
    "                          nearest folder above holding panel.json).",
  ]

  @Test func rootHelp() {
    let expected =
      [
        "OVERVIEW: Track a neighbourhood PACT panel.",
        "",
        "USAGE: pact [--panel <dir>] <subcommand>",
        "",
        "OPTIONS:",
      ] + Self.panelRow
      + [
        "  --version               Show the version.",
        "  -h, --help              Show help information.",
        "",
        "SUBCOMMANDS:",
        "  init                    Create a panel in a new directory.",
        "  member                  Manage the panel's members.",
        "  panel                   Show or change the panel.",
        "  report                  Report across panels.",
        "  completion              Print a shell completion script.",
        "  help                    Show subcommand help information.",
        "",
        "  See 'pact help <subcommand>' for detailed help.",
      ]
    #expect(HelpFormatter.help(for: [], root: root, width: 80) == lines(expected))
  }

  @Test func groupHelp() {
    let expected =
      [
        "OVERVIEW: Manage the panel's members.",
        "",
        "USAGE: pact member <subcommand>",
        "",
        "OPTIONS:",
        "  -h, --help              Show help information.",
        "",
        "GLOBAL OPTIONS:",
      ] + Self.panelRow
      + [
        "",
        "SUBCOMMANDS:",
        "  add                     Add a member to the panel.",
        "  list (default)          List the panel's members.",
        "",
        "  See 'pact help member <subcommand>' for detailed help.",
      ]
    #expect(HelpFormatter.help(for: ["member"], root: root, width: 80) == lines(expected))
  }

  @Test func leafHelp() {
    let expected =
      [
        "OVERVIEW: List the panel's members.",
        "",
        "USAGE: pact member list [--json]",
        "",
        "OPTIONS:",
        "  --json                  Print JSON.",
        "  -h, --help              Show help information.",
        "",
        "GLOBAL OPTIONS:",
      ] + Self.panelRow
    #expect(HelpFormatter.help(for: ["member", "list"], root: root, width: 80) == lines(expected))
  }

  @Test func leafWithDiscussionArgumentsAndExamples() {
    let help = HelpFormatter.help(for: ["member", "add"], root: root, width: 80)
    let expectedStart = [
      "OVERVIEW: Add a member to the panel.",
      "",
      "A member is a resident unless an agency is given with --org. Their e-mail and",
      "phone stay private unless --public is given.",
      "",
      "Roles are free text, such as chair or pcso.",
      "",
      "USAGE: pact member add <name> [--org <agency>] [--resident] [--role <role> ...]",
      "                       [--email <email>] [--phone <phone>] [--public]",
      "                       [--photo <file>]",
      "",
      "ARGUMENTS:",
      "  <name>                  The member's full name.",
      "",
      "OPTIONS:",
      "  -o, --org <agency>      The member's agency.",
      "  -r, --resident          The member is a resident (the default).",
      "  --role <role>           A role on the panel. (can be repeated)",
      "  --email <email>         An e-mail address.",
      "  --phone <phone>         A telephone number.",
      "  -p, --public            Allow contact details in public outputs.",
      "  --photo <file>          A portrait.",
      "  -h, --help              Show help information.",
      "",
    ]
    #expect(help.hasPrefix(lines(expectedStart)))
    #expect(
      help.hasSuffix(
        "\n\nEXAMPLES:\n  pact member add \"Jo Smith\" --org police --role pcso\n"))
    #expect(!help.contains("debug-dump"))
    #expect(!help.contains("SUBCOMMANDS:"))
    #expect(!help.contains("--version"))
  }

  @Test func longLabelsAndAllowedValues() {
    let help = HelpFormatter.help(for: ["panel", "set"], root: root, width: 80)
    let expected = [
      "OPTIONS:",
      "  -s, --status <status>   The lifecycle status. (values: proposed, endorsed,",
      "                          active, closed)",
      "  --note <text>           A note.",
      "  --communications <member>",
      "                          The member who writes the newsletter and keeps the",
      "                          notice boards up to date.",
      "  -h, --help              Show help information.",
    ]
    #expect(help.contains(expected.joined(separator: "\n")))
  }

  @Test(arguments: [
    ([String](), "USAGE: pact [--panel <dir>] <subcommand>"),
    (["member"], "USAGE: pact member <subcommand>"),
    (["init"], "USAGE: pact init <dir> [--name <name>] [--area <area> ...]"),
    (["report"], "USAGE: pact report <dir> ..."),
    (["panel", "show"], "USAGE: pact panel show [--json]"),
  ])
  func usageLine(path: [String], expected: String) {
    let help = HelpFormatter.help(for: path, root: root, width: 80)
    #expect(help.split(separator: "\n").contains { $0 == expected })
    let short = "Usage:" + expected.dropFirst("USAGE:".count)
    #expect(HelpFormatter.usageLine(for: path, root: root, width: 80) == short)
  }

  @Test func usageWrapsAfterTheCommandNameOrByTwoWhenTooNarrow() {
    #expect(
      HelpFormatter.usageLine(for: ["member", "add"], root: root, width: 120)
        == """
        Usage: pact member add <name> [--org <agency>] [--resident] [--role <role> ...] \
        [--email <email>] [--phone <phone>]
                               [--public] [--photo <file>]
        """)
    #expect(
      HelpFormatter.usageLine(for: ["member", "add"], root: root, width: 40)
        == """
        Usage: pact member add <name>
          [--org <agency>] [--resident]
          [--role <role> ...] [--email <email>]
          [--phone <phone>] [--public]
          [--photo <file>]
        """)
  }

  @Test func anUnknownPathShowsTheDeepestKnownCommand() {
    #expect(
      HelpFormatter.help(for: ["member", "nosuch"], root: root, width: 80)
        == HelpFormatter.help(for: ["member"], root: root, width: 80))
  }

  @Test(arguments: ParserSampleSpec.allPaths, [40, 60, 80, 120])
  func everyLineFitsTheWidth(path: [String], width: Int) {
    let texts = [
      HelpFormatter.help(for: path, root: root, width: width),
      HelpFormatter.usageErrorText(
        UsageError(message: "Unknown option '--emial'. Did you mean '--email'?", path: path),
        root: root, width: width),
    ]
    for text in texts {
      #expect(text.hasSuffix("\n"))
      #expect(!text.hasSuffix("\n\n"))
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        let isOneWord = !line.drop { $0 == " " }.contains(" ")
        #expect(line.count <= width || isOneWord, "\(line.count) > \(width): \(line)")
        #expect(!line.hasSuffix(" "), "trailing space: \(line)")
      }
    }
  }

  @Test(arguments: ParserSampleSpec.allPaths)
  func descriptionsStartInColumn26(path: [String]) {
    let help = HelpFormatter.help(for: path, root: root, width: 80)
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    var inRows = false
    var rows = 0
    for (number, line) in lines.enumerated() {
      if line.last == ":", line.first != " " {
        inRows = ["ARGUMENTS:", "OPTIONS:", "GLOBAL OPTIONS:", "SUBCOMMANDS:"].contains(
          String(line))
        continue
      }
      guard inRows, !line.isEmpty, !String(line).hasPrefix("  See ") else { continue }
      rows += 1
      if !String(line.dropFirst(2)).contains("  ") {
        // A label too long for the column: its description starts on the next line.
        #expect(line.count > 24, "\(String(line))")
        let next = number + 1 < lines.count ? lines[number + 1] : []
        #expect(next.prefix(26).allSatisfy { $0 == " " } && next.count > 26)
        #expect(next.count > 26 && next[26] != " ")
        continue
      }
      #expect(line.count > 26 && line[24] == " " && line[25] == " ", "\(String(line))")
      #expect(line.count > 26 && line[26] != " ", "\(String(line))")
    }
    #expect(rows >= 2)
  }

  @Test(arguments: [
    (["member", "--help"], ["member"]),
    (["help", "member"], ["member"]),
    (["member", "add", "-h"], ["member", "add"]),
    (["help", "member", "add"], ["member", "add"]),
    (["help"], []),
    (["--help"], []),
  ])
  func parsedHelpPathsGiveTheSameText(arguments: [String], path: [String]) throws {
    let result = try ParserSampleSpec.parser.parse(arguments)
    guard case .help(let parsedPath) = result else {
      Issue.record("expected help, got \(result)")
      return
    }
    let expected = HelpFormatter.help(for: path, root: root, width: 80)
    #expect(HelpFormatter.help(for: parsedPath, root: root, width: 80) == expected)
    #expect(
      expected.hasPrefix("OVERVIEW: \(ParserSampleSpec.parser.spec(at: path)?.abstract ?? "?")\n"))
  }

  @Test func usageErrorText() {
    let missing = UsageError(
      message: "Missing expected argument '<name>'", path: ["member", "add"])
    #expect(
      HelpFormatter.usageErrorText(missing, root: root, width: 200)
        == """
        Error: Missing expected argument '<name>'
        Usage: pact member add <name> [--org <agency>] [--resident] [--role <role> ...] \
        [--email <email>] [--phone <phone>] [--public] [--photo <file>]
        See 'pact member add --help'.

        """)
    let unknown = UsageError(message: "Unknown command 'ad'. Did you mean 'add'?", path: ["member"])
    #expect(
      HelpFormatter.usageErrorText(unknown, root: root, width: 80)
        == """
        Error: Unknown command 'ad'. Did you mean 'add'?
        Usage: pact member <subcommand>
        See 'pact member --help'.

        """)
    let rootError = UsageError(message: "Unknown command 'x'", path: [])
    #expect(
      HelpFormatter.usageErrorText(rootError, root: root, width: 80)
        == "Error: Unknown command 'x'\nUsage: pact [--panel <dir>] <subcommand>\nSee 'pact --help'.\n"
    )
  }

  @Test func longExamplesWrapWithAHangingIndent() {
    let help = HelpFormatter.help(for: ["init"], root: root, width: 40)
    let expected = [
      "EXAMPLES:",
      "  pact init tonbridge --name \"Tonbridge",
      "    North\" --area Judd --area Vauxhall",
    ]
    #expect(help.hasSuffix(lines(expected)))
  }

  @Test(arguments: [(80, 26), (46, 26), (45, 25), (40, 20), (20, 6), (10, 6)])
  func descriptionColumn(width: Int, column: Int) {
    #expect(HelpColumns.descriptionColumn(forWidth: width) == column)
  }

  private func lines(_ lines: [String]) -> String {
    lines.joined(separator: "\n") + "\n"
  }
}
