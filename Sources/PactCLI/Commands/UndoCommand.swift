import PactCore

/// `pact undo`: reverses the last change a pact command made to the panel.
enum UndoCommand {
  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "undo",
      abstract: "Reverse the last change a pact command made to the panel.",
      discussion: """
        Run it again to go one change further back. pact remembers the last 50 changes made \
        in this copy of the panel (in its private .pact folder, which git never sees). A \
        change is undone only if its files are as pact left them: one edited by hand or \
        by a git pull since is not overwritten.
        """),
    run: { invocation in
      let undone = try invocation.panel().undo()
      invocation.say("Undid: \(undone.label)\n" + putBack(undone.files))
    })

  /// The files an undo put back: each named, or for a large change (an import) how many,
  /// with the first named, so that the line stays readable.
  static func putBack(_ files: [String]) -> String {
    guard files.count > 5, let first = files.first else {
      return "Put back: " + files.joined(separator: ", ")
    }
    return "Put back \(PlainWords.number(files.count)) files: \(first) and "
      + "\(PlainWords.number(files.count - 1)) more"
  }
}
