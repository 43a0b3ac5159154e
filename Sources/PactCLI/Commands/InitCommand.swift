import Foundation
import PactCore

/// `pact init DIR --name NAME`: makes a new panel folder.
enum InitCommand {
  static let dir = Positional("dir", help: "The folder for the panel.", completion: .directory)
  static let name = Key<String>.text(
    "name", valueName: "name", help: "The panel's name (required).", field: .name,
    isRequired: true)
  static let area = Key<String>.text(
    "area", valueName: "area", help: "A ward or parish the panel covers.", field: .area,
    isRepeatable: true)
  static let partnership = Key<String>.text(
    "partnership", valueName: "csp", help: "The Community Safety Partnership it reports to.",
    field: .partnership)
  static let policeForce = Key<String>.text(
    "police-force", valueName: "name", help: "The police force.", field: .policeForce)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "init",
      abstract: "Create a new panel in a folder.",
      discussion: """
        Makes DIR (if need be) with panel.json, the agencies a Kent or Medway panel usually \
        works with (change them with 'pact agency'), a .gitignore that keeps pact's private \
        .pact/ folder out of git, and a .gitattributes that has git merge the panel's files \
        with pact's own merge (see 'pact sync'). The panel starts as 'proposed'; record the \
        CSP's endorsement with 'pact panel set --status endorsed --endorsed-on DATE'.
        """,
      arguments: [dir.spec],
      options: [name.spec, area.spec, partnership.spec, policeForce.spec],
      examples: [
        "pact init bgwp --name \"Borough Green, Wrotham and Platt PACT\" \\\n"
          + "    --area \"Borough Green\" --area Wrotham --area Platt \\\n"
          + "    --partnership \"Tonbridge and Malling CSP\" --police-force \"Kent Police\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let folder = invocation.argument(dir) ?? "."
    let shown = ShellQuoting.word(folder)
    let records = try PanelService.create(
      at: PanelLocator.resolve(folder, in: invocation.context.currentDirectory), display: folder,
      name: invocation.required(name), areas: invocation.values(area),
      partnership: invocation.value(partnership), policeForce: invocation.value(policeForce),
      clock: invocation.context.panelClock())
    invocation.say(
      """
      Created panel "\(records.panel.name)" in \(folder) with \(records.agencies.count) agencies.
      Next, add members:  pact --panel \(shown) member add NAME
      and set the roles:  pact --panel \(shown) panel set --chair NAME --secretary NAME
      """)
  }
}
