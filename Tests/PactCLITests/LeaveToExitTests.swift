import Foundation
import Testing

@testable import PactCLI

/// What a command read is left for the exit to free only in the real process, which ends
/// with the command; a process that runs command after command (the tests) frees it.
@Suite struct LeaveToExitTests {
  private final class Records: Sendable {}

  private func invocation(exitsAfterCommand: Bool) -> Invocation {
    var context = Context(
      environment: [:], currentDirectory: URL(fileURLWithPath: "/"), stdout: TextOutput(),
      stderr: TextOutput(), isTerminal: false, clock: { Date() })
    context.exitsAfterCommand = exitsAfterCommand
    return Invocation(path: ["log"], arguments: ParsedArguments(), context: context)
  }

  @Test func onlyTheRealProcessLeavesWhatItReadToTheExit() {
    #expect(Context.live().exitsAfterCommand)
    let made = Context(
      environment: [:], currentDirectory: URL(fileURLWithPath: "/"), stdout: TextOutput(),
      stderr: TextOutput(), isTerminal: false, clock: { Date() })
    #expect(!made.exitsAfterCommand)
  }

  @Test func aProcessThatRunsOnFreesWhatACommandRead() {
    weak var freed: Records?
    do {
      let records = Records()
      freed = records
      invocation(exitsAfterCommand: false).leaveToExit(records)
    }
    #expect(freed == nil)
  }

  @Test func aProcessThatEndsWithTheCommandKeepsItForTheExit() {
    weak var kept: Records?
    do {
      let records = Records()
      kept = records
      invocation(exitsAfterCommand: true).leaveToExit(records)
    }
    #expect(kept != nil)
  }
}
