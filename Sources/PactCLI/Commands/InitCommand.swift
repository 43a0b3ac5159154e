import Foundation
import PactCore

/// `pact init DIR --name NAME`: makes a new panel folder.
enum InitCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "init",
      abstract: "Create a new panel in a folder.",
      discussion: """
        Makes DIR (if need be) with panel.json, the agencies a Kent or Medway panel usually \
        works with (change them with 'pact agency'), and a .gitignore that keeps pact's \
        private .pact/ folder out of git. The panel starts as 'proposed'; record the CSP's \
        endorsement with 'pact panel set --status endorsed --endorsed-on DATE'.
        """,
      arguments: [
        ArgumentSpec(name: "dir", help: "The folder for the panel.", completion: .directory)
      ],
      options: [
        OptionSpec(
          long: "name", valueName: "name", help: "The panel's name (required).", isRequired: true),
        OptionSpec(
          long: "area", valueName: "area", help: "A ward or parish the panel covers.",
          isRepeatable: true),
        OptionSpec(
          long: "partnership", valueName: "csp",
          help: "The Community Safety Partnership it reports to."),
        OptionSpec(long: "police-force", valueName: "name", help: "The police force."),
      ],
      examples: [
        "pact init bgwp --name \"Borough Green, Wrotham and Platt PACT\" \\\n"
          + "    --area \"Borough Green\" --area Wrotham --area Platt \\\n"
          + "    --partnership \"Tonbridge and Malling CSP\" --police-force \"Kent Police\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    let name = arguments.value("name") ?? ""  // required by the parser
    let dir = arguments.positional("dir") ?? "."
    let shown = ShellQuoting.word(dir)
    let snapshot = try PanelSnapshot.new(
      name: name, areas: arguments.values("area"), partnership: arguments.value("partnership"),
      policeForce: arguments.value("police-force"), today: invocation.today())
    let url = PanelLocator.resolve(dir, in: invocation.context.currentDirectory)
    try PanelStore(root: url, display: dir).create(snapshot)
    invocation.say(
      """
      Created panel "\(snapshot.panel.name)" in \(dir) with \(snapshot.agencies.count) agencies.
      Next, add members:  pact --panel \(shown) member add NAME
      and set the roles:  pact --panel \(shown) panel set --chair NAME --secretary NAME
      """)
  }
}
