import Foundation
import PactCore

/// `pact sync [--message TEXT]`: commit this copy's changes, fetch, merge, check, push.
enum SyncCommand {
  static let message = Key<String>.text(
    "message", valueName: "text",
    help: "Your own words for the commit, before pact's summary of what changed.")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "sync",
      abstract: "Share this copy's changes with the other copies, through git.",
      discussion: """
        The panel's folder must be in a clone of the borough's git repository. pact commits \
        this copy's changes to the panel's folder, with a message saying what changed, \
        fetches, merges (each record with pact's own merge: notes from both copies kept, \
        never a conflict), puts right what no single file shows (an action done in one copy \
        and dropped in the other, more than three active priorities, two at one rank), runs \
        pact check, commits the merge and pushes, merging again if someone pushed first. The \
        first sync registers pact's merge driver in this clone's git settings.

        If it cannot finish — no network, no remote, a file that cannot be merged — it says \
        why and exits 1, and nothing is lost: your changes stay committed in this copy and \
        an unfinished merge is undone. Run it again when the cause is put right.
        """,
      options: [message.spec],
      examples: ["pact sync", "pact sync --message \"After the July meeting\""]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let context = invocation.context
    var request = SyncRequest(
      driverProgram: driverProgram(context), environment: context.environment,
      message: try invocation.value(message))
    request.attempts = 5
    let report = try invocation.panel().sync(request)
    if report.driverRegistered {
      invocation.say("Registered pact's merge driver in this clone's git settings (merge.pact).")
    }
    if report.attributesAdded {
      invocation.say("Added .gitattributes, which names pact's merge driver for the panel's files.")
    }
    invocation.say(report.committed.map { "Committed: \($0)" } ?? "Nothing new to commit here.")
    if !report.leftOut.isEmpty {
      invocation.say(
        "Left out of the commit, as not pact's files (git add and commit them yourself to "
          + "share them): " + report.leftOut.map { VisibleText.escaped($0) }.joined(separator: ", ")
      )
    }
    for line in report.merged { invocation.say(line) }
    for settled in report.settled { invocation.say("  - " + CommitMessage.words(settled)) }
    invocation.say(
      report.pushed ? "Pushed to \(report.remote)." : "Up to date with \(report.remote).")
    guard let check = report.check, !check.errors.isEmpty else { return }
    context.stderr.write(
      check.text(advice: CheckAdvice.findings).split(
        separator: "\n", omittingEmptySubsequences: true
      )
      .filter { !$0.hasPrefix("warning:") }.map { $0 + "\n" }.joined())
    throw CheckError.problems(errors: check.errors.count, warnings: 0, strict: false)
  }

  /// The program git should run as the merge driver: `pact` when the `pact` on the `PATH`
  /// is this one, else this one by its absolute path.
  static func driverProgram(_ context: Context) -> String {
    guard let own = context.executable?.resolvingSymlinksInPath() else { return "pact" }
    let path = context.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pact")
      guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
      return candidate.resolvingSymlinksInPath().path == own.path ? "pact" : own.path
    }
    return own.path
  }
}
