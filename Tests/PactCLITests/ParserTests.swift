import Testing

@testable import PactCLI

@Suite struct ParserTests {
  struct RunCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var path: [String]
    var flags: Set<String> = []
    var options: [String: [String]] = [:]
    var positionals: [String: [String]] = [:]
    var testDescription: String { arguments.description }
  }

  static let runCases: [RunCase] = [
    // Every token form.
    RunCase(
      arguments: ["init", "here", "--name", "Ward 1"], path: ["init"],
      options: ["name": ["Ward 1"]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["init", "--name=Ward 1", "here"], path: ["init"],
      options: ["name": ["Ward 1"]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["init", "here", "-n", "W"], path: ["init"],
      options: ["name": ["W"]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["init", "here", "-nWard"], path: ["init"],
      options: ["name": ["Ward"]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["init", "here", "--name="], path: ["init"],
      options: ["name": [""]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["init", "here", "--area", "A", "--name", "N", "--area", "B"], path: ["init"],
      options: ["name": ["N"], "area": ["A", "B"]], positionals: ["dir": ["here"]]),
    RunCase(
      arguments: ["member", "add", "-rp", "Jo"], path: ["member", "add"],
      flags: ["resident", "public"], positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["member", "add", "-rpo", "police", "Jo"], path: ["member", "add"],
      flags: ["resident", "public"], options: ["org": ["police"]], positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["member", "add", "-popolice", "Jo"], path: ["member", "add"],
      flags: ["public"], options: ["org": ["police"]], positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["member", "add", "-o", "-", "Jo"], path: ["member", "add"],
      options: ["org": ["-"]], positionals: ["name": ["Jo"]]),
    // Interleaving.
    RunCase(
      arguments: ["member", "add", "--org", "police", "Jo Smith", "--public"],
      path: ["member", "add"], flags: ["public"], options: ["org": ["police"]],
      positionals: ["name": ["Jo Smith"]]),
    RunCase(
      arguments: ["member", "add", "--role", "pcso", "Jo", "--role", "chair", "-r"],
      path: ["member", "add"], flags: ["resident"], options: ["role": ["pcso", "chair"]],
      positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["member", "add", "Jo", "--public", "--public"], path: ["member", "add"],
      flags: ["public"], positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["member", "add", "Jo", "--org", "a", "--org", "b"], path: ["member", "add"],
      options: ["org": ["a", "b"]], positionals: ["name": ["Jo"]]),
    // `--` and a lone `-`.
    RunCase(
      arguments: ["member", "add", "--", "--Jo"], path: ["member", "add"],
      positionals: ["name": ["--Jo"]]),
    RunCase(
      arguments: ["member", "add", "--public", "--", "-h"], path: ["member", "add"],
      flags: ["public"], positionals: ["name": ["-h"]]),
    RunCase(
      arguments: ["member", "add", "-"], path: ["member", "add"], positionals: ["name": ["-"]]),
    RunCase(
      arguments: ["report", "--", "add", "-x", "--y"], path: ["report"],
      positionals: ["dir": ["add", "-x", "--y"]]),
    // Values that are empty or start with a dash.
    RunCase(
      arguments: ["panel", "set", "--note", ""], path: ["panel", "set"], options: ["note": [""]]),
    RunCase(
      arguments: ["panel", "set", "--note=-5"], path: ["panel", "set"], options: ["note": ["-5"]]),
    RunCase(
      arguments: ["panel", "set", "--note", "-5"], path: ["panel", "set"], options: ["note": ["-5"]]
    ),
    RunCase(
      arguments: ["panel", "set", "--note=--help"], path: ["panel", "set"],
      options: ["note": ["--help"]]),
    RunCase(
      arguments: ["panel", "set", "-sactive"], path: ["panel", "set"],
      options: ["status": ["active"]]),
    RunCase(
      arguments: ["panel", "set", "--status", "closed"], path: ["panel", "set"],
      options: ["status": ["closed"]]),
    // Globals before, between and after the subcommands.
    RunCase(
      arguments: ["--panel", "X", "member", "list"], path: ["member", "list"],
      options: ["panel": ["X"]]),
    RunCase(
      arguments: ["member", "list", "--panel", "X"], path: ["member", "list"],
      options: ["panel": ["X"]]),
    RunCase(
      arguments: ["member", "--panel", "X", "add", "Jo"], path: ["member", "add"],
      options: ["panel": ["X"]], positionals: ["name": ["Jo"]]),
    RunCase(
      arguments: ["--panel=X", "init", "d", "--panel", "Y"], path: ["init"],
      options: ["panel": ["X", "Y"]], positionals: ["dir": ["d"]]),
    // A value that happens to be a command name.
    RunCase(
      arguments: ["--panel", "member", "init", "member"], path: ["init"],
      options: ["panel": ["member"]], positionals: ["dir": ["member"]]),
    // Default subcommands.
    RunCase(arguments: ["member"], path: ["member", "list"]),
    RunCase(arguments: ["member", "--json"], path: ["member", "list"], flags: ["json"]),
    RunCase(
      arguments: ["member", "--panel", "X"], path: ["member", "list"], options: ["panel": ["X"]]),
    RunCase(arguments: ["panel"], path: ["panel", "show"]),
    RunCase(arguments: ["panel", "--json"], path: ["panel", "show"], flags: ["json"]),
    // Repeating positionals.
    RunCase(
      arguments: ["report", "a", "b", "c"], path: ["report"], positionals: ["dir": ["a", "b", "c"]]),
    RunCase(
      arguments: ["completion", "zsh"], path: ["completion"], positionals: ["shell": ["zsh"]]),
  ]

  @Test(arguments: runCases)
  func runs(_ testCase: RunCase) throws {
    let result = try ParserSampleSpec.parser.parse(testCase.arguments)
    let expected = ParsedArguments(
      flags: testCase.flags, options: testCase.options, positionals: testCase.positionals)
    #expect(result == .run(path: testCase.path, arguments: expected))
  }

  struct HelpCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var result: ParseResult
    var testDescription: String { arguments.description }
  }

  static let helpCases: [HelpCase] = [
    HelpCase(arguments: [], result: .help(path: [])),
    HelpCase(arguments: ["--panel", "X"], result: .help(path: [])),
    HelpCase(arguments: ["--help"], result: .help(path: [])),
    HelpCase(arguments: ["-h"], result: .help(path: [])),
    HelpCase(arguments: ["member", "--help"], result: .help(path: ["member"])),
    HelpCase(arguments: ["member", "-h"], result: .help(path: ["member"])),
    HelpCase(arguments: ["member", "add", "-h"], result: .help(path: ["member", "add"])),
    HelpCase(arguments: ["member", "add", "-rh"], result: .help(path: ["member", "add"])),
    HelpCase(arguments: ["--help", "member", "add"], result: .help(path: ["member", "add"])),
    HelpCase(arguments: ["member", "--json", "--help"], result: .help(path: ["member", "list"])),
    HelpCase(arguments: ["panel", "set", "--help"], result: .help(path: ["panel", "set"])),
    // Help wins over mistakes, and names the deepest command reached.
    HelpCase(
      arguments: ["member", "add", "--bogus", "--help"], result: .help(path: ["member", "add"])),
    HelpCase(
      arguments: ["member", "add", "--org", "--help"], result: .help(path: ["member", "add"])),
    HelpCase(
      arguments: ["member", "add", "a", "b", "c", "-h"], result: .help(path: ["member", "add"])),
    HelpCase(
      arguments: ["--bogus", "member", "add", "-h"], result: .help(path: ["member", "add"])),
    HelpCase(arguments: ["membr", "--help"], result: .help(path: [])),
    HelpCase(
      arguments: ["panel", "set", "--status", "x", "-h"], result: .help(path: ["panel", "set"])),
    // The help subcommand.
    HelpCase(arguments: ["help"], result: .help(path: [])),
    HelpCase(arguments: ["help", "member"], result: .help(path: ["member"])),
    HelpCase(arguments: ["help", "member", "add"], result: .help(path: ["member", "add"])),
    HelpCase(arguments: ["--panel", "X", "help", "init"], result: .help(path: ["init"])),
    HelpCase(arguments: ["help", "member", "--help"], result: .help(path: ["member"])),
    // The version, at the root only.
    HelpCase(arguments: ["--version"], result: .version),
    HelpCase(arguments: ["--panel", "X", "--version"], result: .version),
    HelpCase(arguments: ["--version", "--help"], result: .help(path: [])),
  ]

  @Test(arguments: helpCases)
  func helpAndVersion(_ testCase: HelpCase) throws {
    #expect(try ParserSampleSpec.parser.parse(testCase.arguments) == testCase.result)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var path: [String]
    var testDescription: String { arguments.description }
  }

  static let expectedStatuses = "Expected one of: proposed, endorsed, active, closed"

  static let errorCases: [ErrorCase] = [
    // Unknown commands, with and without a suggestion.
    ErrorCase(
      arguments: ["membr"], message: "Unknown command 'membr'. Did you mean 'member'?", path: []),
    ErrorCase(
      arguments: ["Member"], message: "Unknown command 'Member'. Did you mean 'member'?", path: []),
    ErrorCase(arguments: ["zzz"], message: "Unknown command 'zzz'", path: []),
    ErrorCase(arguments: ["x"], message: "Unknown command 'x'", path: []),
    ErrorCase(arguments: ["mb"], message: "Unknown command 'mb'", path: []),
    ErrorCase(
      arguments: ["hepl"], message: "Unknown command 'hepl'. Did you mean 'help'?", path: []),
    ErrorCase(
      arguments: ["--panel", "X", "inti"], message: "Unknown command 'inti'. Did you mean 'init'?",
      path: []),
    ErrorCase(
      arguments: ["member", "ad", "Jo"], message: "Unknown command 'ad'. Did you mean 'add'?",
      path: ["member"]),
    ErrorCase(
      arguments: ["panel", "sett"], message: "Unknown command 'sett'. Did you mean 'set'?",
      path: ["panel"]),
    ErrorCase(arguments: ["member", "Jo"], message: "Unknown command 'Jo'", path: ["member"]),
    ErrorCase(arguments: ["help", "nosuch"], message: "Unknown command 'nosuch'", path: []),
    ErrorCase(
      arguments: ["help", "membr"], message: "Unknown command 'membr'. Did you mean 'member'?",
      path: []),
    ErrorCase(
      arguments: ["help", "member", "ad"], message: "Unknown command 'ad'. Did you mean 'add'?",
      path: ["member"]),
    ErrorCase(
      arguments: ["help", "init", "x"], message: "Unexpected argument 'x'", path: ["init"]),
    // Unknown options: the command's own, the globals and --help are candidates.
    ErrorCase(
      arguments: ["member", "add", "Jo", "--emial", "a@b"],
      message: "Unknown option '--emial'. Did you mean '--email'?", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--emial=a@b"],
      message: "Unknown option '--emial'. Did you mean '--email'?", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--pnael", "X"],
      message: "Unknown option '--pnael'. Did you mean '--panel'?", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--hlep"],
      message: "Unknown option '--hlep'. Did you mean '--help'?", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--xyz"], message: "Unknown option '--xyz'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "-x"], message: "Unknown option '-x'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "-rx"], message: "Unknown option '-x'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "--jsn"], message: "Unknown option '--jsn'. Did you mean '--json'?",
      path: ["member", "list"]),
    ErrorCase(
      arguments: ["member", "list", "--version"], message: "Unknown option '--version'",
      path: ["member", "list"]),
    ErrorCase(
      arguments: ["panel", "--status", "active"], message: "Unknown option '--status'",
      path: ["panel", "show"]),
    ErrorCase(arguments: ["--bogus"], message: "Unknown option '--bogus'", path: []),
    ErrorCase(
      arguments: ["--verison"], message: "Unknown option '--verison'. Did you mean '--version'?",
      path: []),
    // Positionals.
    ErrorCase(
      arguments: ["member", "add"], message: "Missing expected argument '<name>'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "--public"], message: "Missing expected argument '<name>'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["report"], message: "Missing expected argument '<dir>'", path: ["report"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "Extra"], message: "Unexpected argument 'Extra'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "list", "add"], message: "Unexpected argument 'add'",
      path: ["member", "list"]),
    ErrorCase(
      arguments: ["init", "d", "--name", "n", "--", "-x"], message: "Unexpected argument '-x'",
      path: ["init"]),
    // Missing values: the next word looks like an option, or there is none.
    ErrorCase(
      arguments: ["member", "add", "Jo", "--org"], message: "Missing value for option '--org'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--org", "--public"],
      message: "Missing value for option '--org'", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "--org", "-p"],
      message: "Missing value for option '--org'", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "--org", "--", "Jo"],
      message: "Missing value for option '--org'", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "-o"], message: "Missing value for option '-o'",
      path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "Jo", "-ro"], message: "Missing value for option '-o'",
      path: ["member", "add"]),
    // A flag given a value.
    ErrorCase(
      arguments: ["member", "add", "Jo", "--public=yes"],
      message: "Option '--public' does not take a value", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "list", "--json="], message: "Option '--json' does not take a value",
      path: ["member", "list"]),
    // Values outside the allowed ones.
    ErrorCase(
      arguments: ["panel", "set", "--status", "actve"],
      message: "Invalid value 'actve' for '--status'. Did you mean 'active'? \(expectedStatuses)",
      path: ["panel", "set"]),
    ErrorCase(
      arguments: ["panel", "set", "-sclsoed"],
      message: "Invalid value 'clsoed' for '--status'. Did you mean 'closed'? \(expectedStatuses)",
      path: ["panel", "set"]),
    ErrorCase(
      arguments: ["panel", "set", "--status=zzz"],
      message: "Invalid value 'zzz' for '--status'. \(expectedStatuses)", path: ["panel", "set"]),
    ErrorCase(
      arguments: ["panel", "set", "--status", "Active"],
      message: "Invalid value 'Active' for '--status'. Did you mean 'active'? \(expectedStatuses)",
      path: ["panel", "set"]),
    // The first mistake is the one reported.
    ErrorCase(
      arguments: ["member", "add", "--emial", "x", "--zzz"],
      message: "Unknown option '--emial'. Did you mean '--email'?", path: ["member", "add"]),
    ErrorCase(
      arguments: ["member", "add", "--zzz"], message: "Unknown option '--zzz'",
      path: ["member", "add"]),
  ]

  @Test(arguments: errorCases)
  func errors(_ testCase: ErrorCase) {
    #expect(throws: UsageError(message: testCase.message, path: testCase.path)) {
      try ParserSampleSpec.parser.parse(testCase.arguments)
    }
  }
}
