@testable import PactCLI

/// A small command tree shaped like pact's, shared by the parser, help and completion tests.
enum ParserSampleSpec {
  static let panelHelp =
    "The panel directory (default: $PACT_PANEL, else the nearest folder above holding panel.json)."

  static let root = CommandSpec(
    name: "pact",
    abstract: "Track a neighbourhood PACT panel.",
    options: [
      OptionSpec(long: "panel", valueName: "dir", help: panelHelp, completion: .directory),
      OptionSpec(long: "version", help: "Show the version."),
    ],
    subcommands: [initCommand, member, panel, report, completion]
  )

  static let initCommand = CommandSpec(
    name: "init",
    abstract: "Create a panel in a new directory.",
    arguments: [ArgumentSpec(name: "dir", help: "Where to create it.", completion: .directory)],
    options: [
      OptionSpec(long: "name", short: "n", valueName: "name", help: "The panel's name."),
      OptionSpec(long: "area", valueName: "area", help: "A ward or parish.", isRepeatable: true),
    ],
    examples: ["pact init tonbridge --name \"Tonbridge North\" --area Judd --area Vauxhall"]
  )

  static let member = CommandSpec(
    name: "member",
    abstract: "Manage the panel's members.",
    subcommands: [memberAdd, memberList],
    defaultSubcommand: "list"
  )

  static let memberAdd = CommandSpec(
    name: "add",
    abstract: "Add a member to the panel.",
    discussion: """
      A member is a resident unless an agency is given with --org. Their e-mail and phone \
      stay private unless --public is given.

      Roles are free text, such as chair or pcso.
      """,
    arguments: [ArgumentSpec(name: "name", help: "The member's full name.")],
    options: [
      OptionSpec(long: "org", short: "o", valueName: "agency", help: "The member's agency."),
      OptionSpec(long: "resident", short: "r", help: "The member is a resident (the default)."),
      OptionSpec(long: "role", valueName: "role", help: "A role on the panel.", isRepeatable: true),
      OptionSpec(long: "email", valueName: "email", help: "An e-mail address."),
      OptionSpec(long: "phone", valueName: "phone", help: "A telephone number."),
      OptionSpec(long: "public", short: "p", help: "Allow contact details in public outputs."),
      OptionSpec(long: "photo", valueName: "file", help: "A portrait.", completion: .file),
      OptionSpec(long: "debug-dump", help: "Internal.", isHidden: true),
    ],
    examples: ["pact member add \"Jo Smith\" --org police --role pcso"]
  )

  static let memberList = CommandSpec(
    name: "list",
    abstract: "List the panel's members.",
    options: [OptionSpec(long: "json", help: "Print JSON.")]
  )

  static let panel = CommandSpec(
    name: "panel",
    abstract: "Show or change the panel.",
    subcommands: [panelShow, panelSet],
    defaultSubcommand: "show"
  )

  static let panelShow = CommandSpec(
    name: "show",
    abstract: "Show the panel.",
    options: [OptionSpec(long: "json", help: "Print JSON.")]
  )

  static let statuses = ["proposed", "endorsed", "active", "closed"]

  static let panelSet = CommandSpec(
    name: "set",
    abstract: "Change the panel's details.",
    options: [
      OptionSpec(
        long: "status", short: "s", valueName: "status", help: "The lifecycle status.",
        allowedValues: statuses),
      OptionSpec(long: "note", valueName: "text", help: "A note."),
      OptionSpec(
        long: "communications", valueName: "member",
        help: "The member who writes the newsletter and keeps the notice boards up to date."),
    ]
  )

  static let report = CommandSpec(
    name: "report",
    abstract: "Report across panels.",
    arguments: [
      ArgumentSpec(
        name: "dir", help: "A panel directory.", isRepeating: true, completion: .directory)
    ]
  )

  static let completion = CommandSpec(
    name: "completion",
    abstract: "Print a shell completion script.",
    arguments: [
      ArgumentSpec(
        name: "shell", help: "bash, zsh or fish.", completion: .values(["bash", "zsh", "fish"]))
    ]
  )

  static let parser = ArgumentParser(root: root)

  /// Every command path of the tree, the root first.
  static let allPaths: [[String]] = {
    var paths: [[String]] = []
    func visit(_ spec: CommandSpec, _ path: [String]) {
      paths.append(path)
      for subcommand in spec.subcommands {
        visit(subcommand, path + [subcommand.name])
      }
    }
    visit(root, [])
    return paths
  }()
}
