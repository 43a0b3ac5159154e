import Testing

@testable import PactCLI

/// How parsed arguments are read back: repeated options, empty values, groups, help and
/// positionals that share words.
extension ParserTests {
  @Test func lastValueWinsForANonRepeatableOption() throws {
    let result = try ParserSampleSpec.parser.parse([
      "member", "add", "Jo", "--org", "a", "--org", "b",
    ])
    guard case .run(_, let arguments) = result else {
      Issue.record("expected a run, got \(result)")
      return
    }
    #expect(arguments.value("org") == "b")
    #expect(arguments.values("org") == ["a", "b"])
  }

  @Test func argumentsAreReadBackByName() throws {
    let result = try ParserSampleSpec.parser.parse([
      "--panel", "P", "member", "add", "-r", "--role", "chair", "Jo", "--role", "pcso",
    ])
    guard case .run(let path, let arguments) = result else {
      Issue.record("expected a run, got \(result)")
      return
    }
    #expect(path == ["member", "add"])
    #expect(arguments.flag("resident"))
    #expect(!arguments.flag("public"))
    #expect(!arguments.flag("role"))
    #expect(arguments.has("resident"))
    #expect(arguments.has("role"))
    #expect(arguments.has("panel"))
    #expect(!arguments.has("email"))
    #expect(arguments.value("panel") == "P")
    #expect(arguments.value("email") == nil)
    #expect(arguments.values("role") == ["chair", "pcso"])
    #expect(arguments.values("email") == [])
    #expect(arguments.positional("name") == "Jo")
    #expect(arguments.positionals("name") == ["Jo"])
    #expect(arguments.positional("dir") == nil)
    #expect(arguments.positionals("dir") == [])
  }

  @Test func emptyValueCountsAsGiven() throws {
    let result = try ParserSampleSpec.parser.parse(["panel", "set", "--note", ""])
    guard case .run(_, let arguments) = result else {
      Issue.record("expected a run, got \(result)")
      return
    }
    #expect(arguments.has("note"))
    #expect(arguments.value("note") == "")
  }

  @Test(arguments: [
    (["member", "add"], true), (["member"], true), ([], true), (["member", "nosuch"], false),
    (["nosuch"], false), (["init", "x"], false),
  ])
  func specLookup(path: [String], exists: Bool) {
    let spec = ParserSampleSpec.parser.spec(at: path)
    #expect((spec != nil) == exists)
    if let spec {
      #expect(spec.name == (path.last ?? "pact"))
    }
  }

  @Test func aGroupWithoutADefaultGivenNothingAsksForHelp() throws {
    let root = CommandSpec(
      name: "pact", abstract: "",
      subcommands: [
        CommandSpec(
          name: "agency", abstract: "",
          subcommands: [CommandSpec(name: "list", abstract: "")])
      ])
    let parser = ArgumentParser(root: root)
    #expect(try parser.parse(["agency"]) == .help(path: ["agency"]))
    #expect(
      try parser.parse(["agency", "list"]) == .run(path: ["agency", "list"], arguments: .init()))
    #expect(throws: UsageError(message: "Unknown option '--json'", path: ["agency"])) {
      try parser.parse(["agency", "--json"])
    }
    // Without a --version flag in the root, --version is just unknown.
    #expect(throws: UsageError(message: "Unknown option '--version'", path: [])) {
      try parser.parse(["--version"])
    }
  }

  @Test func aRootThatDeclaresHelpRunsIt() throws {
    let root = CommandSpec(
      name: "tool", abstract: "",
      subcommands: [
        CommandSpec(name: "help", abstract: "", arguments: [ArgumentSpec(name: "topic", help: "")])
      ])
    let parser = ArgumentParser(root: root)
    let expected = ParsedArguments(positionals: ["topic": ["x"]])
    #expect(try parser.parse(["help", "x"]) == .run(path: ["help"], arguments: expected))
  }

  @Test func optionalAndRepeatingPositionalsShareTheWords() throws {
    let root = CommandSpec(
      name: "tool", abstract: "",
      arguments: [
        ArgumentSpec(name: "first", help: ""),
        ArgumentSpec(name: "middle", help: "", isOptional: true, isRepeating: true),
        ArgumentSpec(name: "last", help: ""),
      ])
    let parser = ArgumentParser(root: root)
    #expect(
      try parser.parse(["a", "b", "c", "d"])
        == .run(
          path: [],
          arguments: ParsedArguments(
            positionals: ["first": ["a"], "middle": ["b", "c"], "last": ["d"]])))
    #expect(
      try parser.parse(["a", "d"])
        == .run(path: [], arguments: ParsedArguments(positionals: ["first": ["a"], "last": ["d"]])))
    #expect(throws: UsageError(message: "Missing expected argument '<last>'", path: [])) {
      try parser.parse(["a"])
    }
  }

  @Test func errorsDescribeThemselves() {
    let error = UsageError(message: "Unknown option '--x'", path: ["member"])
    #expect(error.errorDescription == "Unknown option '--x'")
    #expect(error.localizedDescription == "Unknown option '--x'")
  }
}
