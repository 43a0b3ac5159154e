import PactCore

/// `pact panel criterion NAME --met|--unmet`: the CSP's endorsement checklist.
enum PanelCriterionCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "criterion",
      abstract: "Record whether one of the CSP's endorsement criteria is met.",
      discussion: "The criteria (Tonbridge and Malling CSP):\n\n"
        + Criterion.allCases.map { "\($0.rawValue): \($0.summary)." }.joined(separator: "\n"),
      arguments: [
        ArgumentSpec(
          name: "criterion", help: "need, area, support, councillors or secretariat.",
          completion: .values(Criterion.allCases.map(\.rawValue)))
      ],
      options: [
        OptionSpec(long: "met", help: "The criterion is met."),
        OptionSpec(long: "unmet", help: "The criterion is not (or no longer) met."),
        OptionSpec(long: "note", valueName: "text", help: "The evidence, or what is missing."),
      ],
      examples: [
        "pact panel criterion need --met --note \"ASB calls up 30% (police data, 2023)\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let arguments = invocation.arguments
    let name = arguments.positional("criterion") ?? ""
    guard let criterion = Criterion(rawValue: name.lowercased()) else {
      let names = Criterion.allCases.map(\.rawValue)
      let hint = Suggestion.closest(to: name, in: names).map { " Did you mean '\($0)'?" }
      throw invocation.usageError(
        "Unknown criterion '\(name)'.\(hint ?? "") Expected one of: "
          + names.joined(separator: ", "))
    }
    try invocation.exclusive(["met", "unmet"])
    guard arguments.flag("met") || arguments.flag("unmet") else {
      throw invocation.usageError("Say whether it is met: give '--met' or '--unmet'")
    }
    let met = arguments.flag("met")
    let today = try invocation.today()
    try invocation.store().update { snapshot in
      try snapshot.setCriterion(criterion, met: met, note: arguments.value("note"), on: today)
    }
    invocation.say("Recorded: \(criterion.summary) — \(met ? "met" : "not met").")
  }
}
