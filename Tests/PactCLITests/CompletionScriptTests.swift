import Foundation
import Testing

@testable import PactCLI

@Suite struct CompletionScriptTests {
  let root = ParserSampleSpec.root

  // MARK: - Syntax

  @Test func bashScriptIsValid() throws {
    let bash = try #require(CompletionShell.find("bash"), "bash is needed for this test")
    let file = try CompletionShell.write(script(.bash), named: "pact.bash")
    defer { CompletionShell.remove(file) }
    let output = try CompletionShell.run(bash, ["-n", file.path])
    #expect(output.status == 0, "\(output.stderr)")
  }

  @Test(.enabled(if: CompletionShell.find("zsh") != nil, "zsh is not installed"))
  func zshScriptIsValid() throws {
    let zsh = try #require(CompletionShell.find("zsh"))
    let file = try CompletionShell.write(script(.zsh), named: "_pact")
    defer { CompletionShell.remove(file) }
    let output = try CompletionShell.run(zsh, ["-n", file.path])
    #expect(output.status == 0, "\(output.stderr)")
  }

  @Test(.enabled(if: CompletionShell.find("zsh") != nil, "zsh is not installed"))
  func zshScriptLoadsIntoCompsys() throws {
    let zsh = try #require(CompletionShell.find("zsh"))
    let file = try CompletionShell.write(script(.zsh), named: "_pact")
    defer { CompletionShell.remove(file) }
    let program = """
      autoload -Uz compinit && compinit -u -D
      source "$1" || exit 3
      print -r -- "${_comps[pact]}"
      whence -w _pact_member_add _pact_panel_set _pact_help
      """
    let output = try CompletionShell.run(zsh, ["-f", "-c", program, "zsh", file.path])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(
      output.stdout
        == "_pact\n_pact_member_add: function\n_pact_panel_set: function\n_pact_help: function\n")
  }

  @Test(.enabled(if: CompletionShell.find("fish") != nil, "fish is not installed"))
  func fishScriptIsValid() throws {
    let fish = try #require(CompletionShell.find("fish"))
    let file = try CompletionShell.write(script(.fish), named: "pact.fish")
    defer { CompletionShell.remove(file) }
    let output = try CompletionShell.run(fish, ["--no-execute", file.path])
    #expect(output.status == 0, "\(output.stderr)")
  }

  // MARK: - Contents

  @Test(arguments: Shell.allCases)
  func everyCommandOptionAndValueIsNamed(shell: Shell) {
    let text = script(shell)
    for word in [
      "init", "member", "add", "list", "panel", "show", "set", "report", "completion", "help",
      "org", "resident", "role", "email", "public", "json", "status", "panel", "proposed",
      "endorsed", "active", "closed", "bash", "zsh", "fish",
    ] {
      #expect(text.contains(word), "\(shell) script lacks \(word)")
    }
    #expect(!text.contains("debug-dump"), "hidden options stay hidden")
    #expect(text.hasSuffix("\n"))
  }

  @Test func shellNames() {
    #expect(Shell.allCases.map(\.rawValue) == ["bash", "zsh", "fish"])
    #expect(Shell(rawValue: "zsh") == .zsh)
    #expect(Shell(rawValue: "powershell") == nil)
  }

  // MARK: - Behaviour in bash

  struct Completion: Sendable, CustomTestStringConvertible {
    var words: [String]
    var expected: Set<String>
    var testDescription: String { words.joined(separator: " ") + "<TAB>" }
  }

  static let bashCases: [Completion] = [
    Completion(words: ["pact", "mem"], expected: ["member"]),
    Completion(
      words: ["pact", ""], expected: ["init", "member", "panel", "report", "completion", "help"]),
    Completion(words: ["pact", "--"], expected: ["--panel", "--version", "--help"]),
    Completion(words: ["pact", "member", ""], expected: ["add", "list"]),
    Completion(words: ["pact", "member", "a"], expected: ["add"]),
    Completion(words: ["pact", "member", "add", "--o"], expected: ["--org"]),
    Completion(
      words: ["pact", "member", "add", "--p"],
      expected: ["--phone", "--public", "--photo", "--panel"]),
    Completion(
      words: ["pact", "member", "add", "-"],
      expected: [
        "--org", "-o", "--resident", "-r", "--role", "--email", "--phone", "--public", "-p",
        "--photo", "--panel", "-h", "--help",
      ]),
    // A group with a default offers the default's options.
    Completion(words: ["pact", "member", "--j"], expected: ["--json"]),
    Completion(words: ["pact", "member", "--json", "--p"], expected: ["--panel"]),
    Completion(words: ["pact", "panel", "set", "--status", "a"], expected: ["active"]),
    Completion(
      words: ["pact", "panel", "set", "--status", ""], expected: Set(ParserSampleSpec.statuses)),
    Completion(words: ["pact", "panel", "set", "-s", "cl"], expected: ["closed"]),
    Completion(words: ["pact", "panel", "set", "--status", "=", "e"], expected: ["endorsed"]),
    Completion(words: ["pact", "panel", "set", "--note", "x", "--st"], expected: ["--status"]),
    // Option values are skipped while walking.
    Completion(words: ["pact", "--panel", "member", "mem"], expected: ["member"]),
    Completion(
      words: ["pact", "--panel", "X", "member", "add", "--r"], expected: ["--resident", "--role"]),
    Completion(words: ["pact", "help", "mem"], expected: ["member"]),
    Completion(words: ["pact", "help", "member", ""], expected: ["add", "list"]),
    Completion(words: ["pact", "completion", "z"], expected: ["zsh"]),
    Completion(words: ["pact", "completion", "zsh", ""], expected: []),
    Completion(words: ["pact", "init", "d", "--name", ""], expected: []),
    Completion(words: ["pact", "init", "d", "--", "--n"], expected: []),
  ]

  @Test(arguments: bashCases)
  func bashCompletes(_ completion: Completion) throws {
    #expect(try bashComplete(completion.words) == completion.expected)
  }

  @Test func bashCompletesDirectoriesAndFiles() throws {
    let file = try CompletionShell.write("", named: "notes.txt")
    defer { CompletionShell.remove(file) }
    let directory = file.deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("north"), withIntermediateDirectories: true)
    #expect(try bashComplete(["pact", "--panel", ""], in: directory) == ["north"])
    #expect(try bashComplete(["pact", "init", ""], in: directory) == ["north"])
    #expect(try bashComplete(["pact", "report", "north", "n"], in: directory) == ["north"])
    #expect(
      try bashComplete(["pact", "member", "add", "Jo", "--photo", ""], in: directory)
        == ["north", "notes.txt"])
    #expect(try bashComplete(["pact", "member", "add", ""], in: directory) == [])
  }

  // MARK: - Behaviour in fish

  static let fishCases: [Completion] = [
    Completion(words: ["pact", "mem"], expected: ["member"]),
    Completion(words: ["pact", "member", ""], expected: ["add", "list"]),
    Completion(words: ["pact", "member", "add", "--o"], expected: ["--org"]),
    Completion(words: ["pact", "member", "--j"], expected: ["--json"]),
    Completion(words: ["pact", "panel", "set", "--status", "a"], expected: ["active"]),
    Completion(words: ["pact", "--panel", "member", "mem"], expected: ["member"]),
    Completion(words: ["pact", "help", "member", "a"], expected: ["add"]),
    Completion(words: ["pact", "completion", "f"], expected: ["fish"]),
  ]

  @Test(
    .enabled(if: CompletionShell.find("fish") != nil, "fish is not installed"),
    arguments: fishCases)
  func fishCompletes(_ completion: Completion) throws {
    let fish = try #require(CompletionShell.find("fish"))
    let file = try CompletionShell.write(script(.fish), named: "pact.fish")
    defer { CompletionShell.remove(file) }
    let line = completion.words.map { $0.isEmpty ? "" : $0 }.joined(separator: " ")
    let output = try CompletionShell.run(
      fish, ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", file.path, line])
    #expect(output.status == 0, "\(output.stderr)")
    let candidates = output.stdout.split(separator: "\n").map {
      String($0.split(separator: "\t", maxSplits: 1).first ?? "")
    }
    #expect(Set(candidates) == completion.expected)
  }

  // MARK: - Helpers

  private func script(_ shell: Shell) -> String {
    CompletionScript.generate(for: shell, root: root)
  }

  /// Sources the bash script, sets COMP_WORDS to `words` (the last one being completed),
  /// calls `_pact` and returns COMPREPLY.
  private func bashComplete(_ words: [String], in directory: URL? = nil) throws -> Set<String> {
    let bash = try #require(CompletionShell.find("bash"), "bash is needed for this test")
    let file = try CompletionShell.write(script(.bash), named: "pact.bash")
    defer { CompletionShell.remove(file) }
    let program = """
      source "$1" || exit 3
      shift
      COMP_WORDS=("$@")
      COMP_CWORD=$(($# - 1))
      COMP_LINE="$*"
      COMP_POINT=${#COMP_LINE}
      _pact || exit 4
      [[ ${#COMPREPLY[@]} -gt 0 ]] && printf '%s\\n' "${COMPREPLY[@]}"
      exit 0
      """
    let output = try CompletionShell.run(
      bash, ["--norc", "--noprofile", "-c", program, "bash", file.path] + words, in: directory)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stderr.isEmpty, "\(output.stderr)")
    return Set(output.stdout.split(separator: "\n").map(String.init))
  }
}
