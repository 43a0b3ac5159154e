import Foundation
import Testing

@testable import PactCLI

/// What a command read is left for the exit to free only in the real process, which ends
/// with the command; a process that runs command after command (the tests) frees it.
@Suite struct LeaveToExitTests {
  private final class Records: Sendable {}

  /// A context as the tests make one.
  private static func context() -> Context {
    Context(
      environment: [:], currentDirectory: URL(fileURLWithPath: "/"), stdout: TextOutput(),
      stderr: TextOutput(), isTerminal: false, clock: { Date() })
  }

  /// Whether a value a command left to the exit is still alive once the command's own
  /// reference to it is gone.
  private static func outlivesTheCommand(exitsAfterCommand: Bool) -> Bool {
    var context = context()
    context.exitsAfterCommand = exitsAfterCommand
    let invocation = Invocation(path: ["log"], arguments: ParsedArguments(), context: context)
    weak var left: Records?
    do {
      let records = Records()
      left = records
      invocation.leaveToExit(records)
    }
    return left != nil
  }

  @Test func onlyTheRealProcessLeavesWhatItReadToTheExit() {
    #expect(Context.live().exitsAfterCommand)
    #expect(!Self.context().exitsAfterCommand)
  }

  @Test func aProcessThatRunsOnFreesWhatACommandRead() {
    #expect(!Self.outlivesTheCommand(exitsAfterCommand: false))
  }

  /// The one small value kept here is never freed, as in the real process.
  @Test func aProcessThatEndsWithTheCommandKeepsItForTheExit() {
    #expect(Self.outlivesTheCommand(exitsAfterCommand: true))
  }
}
