import Foundation
import PactTestSupport
import Testing

@testable import PactCLI

/// The program `pact sync` registers as git's merge driver: plain `pact` when the `pact` on
/// the `PATH` is this very program (through a link or not), else this one by its path.
@Suite struct SyncDriverProgramTests {
  private func context(path: String, executable: URL) -> Context {
    Context(
      environment: ["PATH": path], currentDirectory: executable.deletingLastPathComponent(),
      stdout: TextOutput(), stderr: TextOutput(), isTerminal: false, clock: { Date() },
      executable: executable)
  }

  @Test func thePactOnThePathWhenItIsThisOne() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let program = folder.url.appendingPathComponent("pact-1.0")
    try Data("#!/bin/sh\n".utf8).write(to: program)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
    let bin = folder.url.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      at: bin.appendingPathComponent("pact"), withDestinationURL: program)
    #expect(
      SyncCommand.driverProgram(context(path: "/nowhere:\(bin.path)", executable: program))
        == "pact")
  }

  @Test func thisPactByItsPathWhenThePathHasAnother() throws {
    let folder = try TemporaryDirectory()
    defer { folder.remove() }
    let program = folder.url.appendingPathComponent("build/pact")
    let other = folder.url.appendingPathComponent("bin/pact")
    for file in [program, other] {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("#!/bin/sh\n".utf8).write(to: file)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    }
    let bin = other.deletingLastPathComponent().path
    #expect(SyncCommand.driverProgram(context(path: bin, executable: program)) == program.path)
    #expect(
      SyncCommand.driverProgram(context(path: "/nowhere", executable: program)) == program.path)
  }
}
