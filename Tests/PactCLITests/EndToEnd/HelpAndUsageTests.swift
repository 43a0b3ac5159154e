import Foundation
import PactTestSupport
import Testing

@Suite struct HelpAndUsageTests {
  @Test func versionPrintsOnlyTheVersion() throws {
    let result = try PactBinary.run(["--version"])
    #expect(result == ProcessResult(stdout: "0.1.0\n", stderr: "", status: 0))
  }

  @Test func helpCommandAndHelpFlagPrintTheSameText() throws {
    let viaCommand = try PactBinary.run(["help", "member"])
    let viaFlag = try PactBinary.run(["member", "--help"])
    let viaShortFlag = try PactBinary.run(["member", "-h"])
    #expect(viaCommand.status == 0)
    #expect(viaCommand.stderr.isEmpty)
    #expect(viaCommand == viaFlag)
    #expect(viaCommand == viaShortFlag)
    assertSnapshot(viaCommand.stdout, named: "help/member.txt")
  }

  @Test(arguments: [
    ["--help"], ["help", "init"], ["help", "member", "add"], ["help", "panel", "set"],
    ["help", "agency", "add"], ["help", "panel", "criterion"], ["help", "status"],
    ["help", "meeting", "add"], ["help", "action", "add"], ["help", "action", "update"],
    ["help", "priority", "add"], ["help", "issue", "add"], ["help", "log"], ["help", "agenda"],
    ["help", "import"], ["help", "export"], ["help", "check"], ["help", "undo"],
    ["help", "member", "set"], ["help", "member", "remove"], ["help", "action", "set"],
    ["help", "meeting", "update"], ["help", "meeting", "remove"], ["help", "issue", "set"],
    ["help", "issue", "merge"], ["help", "priority", "set"],
    ["help", "sync"], ["help", "merge-file"],
  ])
  func helpReadsWellIn80Columns(arguments: [String]) throws {
    let result = try PactBinary.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    for line in result.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    let name = arguments == ["--help"] ? "pact" : arguments.dropFirst().joined(separator: "-")
    assertSnapshot(result.stdout, named: "help/\(name).txt")
  }

  @Test func helpWrapsToTheTerminalWidth() throws {
    let narrow = try PactBinary.run(["help", "member", "add"], environment: ["COLUMNS": "50"])
    #expect(narrow.status == 0)
    for line in narrow.stdout.split(separator: "\n") {
      #expect(line.count <= 50, "too wide: \(line)")
    }
  }

  @Test func aMisspeltCommandSuggestsTheRightOne() throws {
    let result = try PactBinary.run(["membr", "list"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: Unknown command 'membr'. Did you mean 'member'?\n"))
    #expect(result.stderr.hasSuffix("See 'pact --help'.\n"))
  }

  @Test func aMisspeltOptionSuggestsTheRightOne() throws {
    let result = try PactBinary.run(["member", "add", "Jo", "--emial", "jo@example.org"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix("Error: Unknown option '--emial'. Did you mean '--email'?\n"))
    #expect(result.stderr.contains("Usage: pact member add <name>"))
    #expect(result.stderr.hasSuffix("See 'pact member add --help'.\n"))
  }

  @Test func aMalformedDateIsAUsageError() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let result = try panel.run(["panel", "set", "--endorsed-on", "2024-02-30"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Invalid date '2024-02-30' for '--endorsed-on'"))
    #expect(try panel.files() == before)
  }

  @Test func aBadPactTodayIsAUsageError() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["member", "add", "Jo"], environment: ["PACT_TODAY": "tomorrow"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("PACT_TODAY is 'tomorrow'"))
  }

  @Test func completionScriptsAreProducedForEachShell() throws {
    for shell in ["bash", "zsh", "fish"] {
      let result = try PactBinary.run(["completion", shell])
      #expect(result.status == 0)
      #expect(result.stdout.contains("member"))
      #expect(result.stdout.contains("--panel"))
    }
    let unknown = try PactBinary.run(["completion", "powershell"])
    #expect(unknown.status == 64)
  }
}
