import PactCore

/// `pact panel criterion NAME --met|--unmet`: the CSP's endorsement checklist.
enum PanelCriterionCommand {
  static let criterionArgument = Positional(
    "criterion", help: "need, area, support, councillors or secretariat.",
    completion: .values(Criterion.allCases.map(\.rawValue)))
  static let met = Flag("met", help: "The criterion is met.")
  static let unmet = Flag("unmet", help: "The criterion is not (or no longer) met.")
  static let note = Key<String>.text(
    "note", valueName: "text", help: "The evidence, or what is missing.", field: .note)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "criterion",
      abstract: "Record whether one of the CSP's endorsement criteria is met.",
      discussion: "The criteria (Tonbridge and Malling CSP):\n\n"
        + Criterion.allCases.map { "\($0.rawValue): \($0.summary)." }.joined(separator: "\n"),
      arguments: [criterionArgument.spec],
      options: [met.spec, unmet.spec, note.spec],
      examples: [
        "pact panel criterion need --met --note \"ASB calls up 30% (police data, 2023)\""
      ]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let name = try invocation.required(criterionArgument)
    guard let criterion = Criterion(rawValue: name.lowercased()) else {
      let names = Criterion.allCases.map(\.rawValue)
      let hint = Suggestion.closest(to: name, in: names).map { " Did you mean '\($0)'?" }
      throw invocation.usageError(
        "Unknown criterion '\(name)'.\(hint ?? "") Expected one of: "
          + names.joined(separator: ", "))
    }
    try invocation.exclusive([met.long, unmet.long])
    guard invocation.flag(met) || invocation.flag(unmet) else {
      throw invocation.usageError("Say whether it is met: give '--met' or '--unmet'")
    }
    let isMet = invocation.flag(met)
    try invocation.panel().setCriterion(criterion, met: isMet, note: invocation.value(note))
    invocation.say("Recorded: \(criterion.summary) — \(isMet ? "met" : "not met").")
  }
}
