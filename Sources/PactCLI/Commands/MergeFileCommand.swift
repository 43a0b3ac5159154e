import Foundation
import PactCore

/// `pact merge-file BASE OURS THEIRS [PATH]`: the merge driver git runs for a panel's record
/// files (`merge.pact.driver`, registered by `pact sync`).
enum MergeFileCommand {
  static let base = Positional("base", help: "The common ancestor's version (git's %O).")
  static let ours = Positional(
    "ours", help: "This copy's version, replaced by the merged record (git's %A).")
  static let theirs = Positional("theirs", help: "The other copy's version (git's %B).")
  static let path = Positional(
    "path", help: "Where the record is in the repository, for messages (git's %P).",
    isOptional: true)

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "merge-file",
      abstract: "Merge two copies' versions of one record file (git's merge driver).",
      discussion: """
        git runs this for the files .gitattributes names (pact init writes it; pact sync \
        registers the driver). The merged record replaces OURS and the exit status is 0: \
        notes and updates from both copies are kept, each once; a field changed in one copy \
        takes that change; one changed differently in both keeps the later dated change (then \
        a fixed order), and the other value goes into the record's history. The result is \
        the same whichever copy is OURS, and never holds conflict markers. A version that is \
        not a JSON object is left to git's own merge (git merge-file), with a message naming \
        PATH, and the exit status is git's.
        """,
      arguments: [base.spec, ours.spec, theirs.spec, path.spec],
      examples: ["git config merge.pact.driver 'pact merge-file %O %A %B %P'"]),
    run: run)

  static func run(_ invocation: Invocation) throws {
    let directory = invocation.context.currentDirectory
    func url(_ positional: Positional) throws -> URL {
      PanelService.resolve(try invocation.required(positional), in: directory)
    }
    let outcome = try RecordFileMerge.mergeFiles(
      base: url(base), ours: url(ours), theirs: url(theirs),
      environment: invocation.context.environment)
    guard case .leftToGit(let unreadable, let status) = outcome else { return }
    let name = invocation.argument(path) ?? invocation.argument(ours) ?? ""
    let conflicts =
      status == 0
      ? "git merged it without conflicts"
      : "git's merge left conflict markers in it; edit it by hand, then git add it"
    throw CommandExit(
      status: status,
      message:
        "pact merge-file: \(name): \(unreadable.version.rawValue) is not a record pact can "
        + "merge (\(unreadable.reason)), so it was left to git's own merge: \(conflicts)\n")
  }
}
