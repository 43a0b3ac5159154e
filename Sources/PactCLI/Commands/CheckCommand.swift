import PactCore

/// `pact check`: data integrity and the PACT set-up checklist, silent when all is well.
enum CheckCommand {
  static let strict = Flag("strict", help: "Fail (exit 1) on set-up warnings too.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "check",
      abstract: "Check the panel's files for errors and set-up gaps.",
      discussion: """
        Prints nothing and exits 0 when all is well. Otherwise each problem is one line on \
        standard error, naming the file and field, what is wrong and how to put it right. \
        Errors (exit 1): references to members, agencies, meetings, priorities or issues \
        that do not exist; ids that differ only in case; more than three active priorities \
        or two with one rank; a done action with no outcome; dates in the wrong order; a \
        held meeting after today; stray files in the records folders. Files pact cannot \
        read at all, such as one left with git conflict markers, are all listed and exit \
        65. Warnings, marked 'warning:', are the set-up checklist: no chair or secretary, \
        not endorsed, a criterion not met, no recent or next meeting; they count only with \
        --strict.
        """,
      options: [strict.spec, CommonOptions.json.spec],
      examples: ["pact check", "pact check --strict --json"]),
    run: { invocation in
      let check = try invocation.panel().check()
      if invocation.wantsJSON {
        invocation.printJSON(check.json(advice: CheckAdvice.findings))
      } else {
        invocation.context.stderr.write(check.text(advice: CheckAdvice.findings))
      }
      let strict = invocation.flag(strict)
      if check.hasUnreadableFiles { throw CheckError.unreadable(errors: check.errors.count) }
      guard check.passes(strict: strict) else {
        throw CheckError.problems(
          errors: check.errors.count, warnings: check.warnings.count, strict: strict)
      }
    })
}
