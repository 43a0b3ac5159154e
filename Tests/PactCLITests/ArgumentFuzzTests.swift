import Foundation
import PactTestSupport
import Testing

@testable import PactCLI

/// Seeded random command lines: the parser returns or throws `UsageError`, and a run
/// exits 0, 1, 64 or 65, whatever the words.
@Suite struct ArgumentFuzzTests {
  /// Every command path, option spelling and allowed value in pact's tree.
  struct Vocabulary {
    var paths: [[String]] = []
    var options: [String] = []
    var values: [String] = []

    init(_ spec: CommandSpec, path: [String] = []) {
      paths.append(path)
      for option in spec.options {
        options.append("--\(option.long)")
        if let short = option.short { options.append("-\(short)") }
        values += option.allowedValues ?? []
      }
      for child in spec.subcommands {
        let inner = Vocabulary(child, path: path + [child.name])
        paths += inner.paths
        options += inner.options
        values += inner.values
      }
    }
  }

  /// Values people type, and values nobody should: malformed dates, huge numbers, paths,
  /// punctuation the tokenizer treats specially, odd Unicode. None names a place outside
  /// the current folder, so that a run cannot write outside the test's copy.
  static let values = [
    "2024-06-01", "2024-02-30", "2024-02-29", "2023-02-29", "0000-00-00", "9999-12-31",
    "2024-6-1", "01/06/2024", "19:00", "25:99", "1", "0", "-1", "3", "4",
    "99999999999999999999999", "-9223372036854775808", "1e9", "", " ", "--", "-", "=", "-=",
    "--=", "---", "-x", "-oo", "--json=", "--panel=", "police", "highways", "M53R3K7", "AYZZ",
    "P", "1", "2", "Margaret Ellis", "Speeding", "e\u{301}", "\u{0}", "\u{200F}rtl",
    "👩‍👩‍👧‍👦", "line\nbreak", "a b", "'", "\"", "\\", "*", "%s%n", "out.md", "sub/dir",
    "csv", "json", "ics", "police-uk", "bash", "zsh", "fish", "done", "open", "held",
    String(repeating: "x", count: 10_000),
  ]

  static func randomArguments(
    _ vocabulary: Vocabulary, count: Int, using random: inout SplitMix64
  ) -> [String] {
    var arguments: [String] = []
    if Int.random(in: 0..<10, using: &random) < 8 {
      arguments = vocabulary.paths[Int.random(in: 0..<vocabulary.paths.count, using: &random)]
    }
    let pool = [
      vocabulary.options, values + vocabulary.values, vocabulary.paths.compactMap(\.last),
    ]
    for _ in 0..<Int.random(in: 0...count, using: &random) {
      let words = pool[Int.random(in: 0..<pool.count, using: &random)]
      guard let word = words.randomElement(using: &random) else { continue }
      // Sometimes glue a value on with '=' as people do.
      if word.hasPrefix("--"), Int.random(in: 0..<4, using: &random) == 0 {
        arguments.append(word + "=" + (values.randomElement(using: &random) ?? ""))
      } else {
        arguments.append(word)
      }
    }
    return arguments
  }

  @Test func parserReturnsOrThrowsUsageError() {
    let root = CommandTree.root.spec
    let parser = ArgumentParser(root: root)
    let vocabulary = Vocabulary(root)
    var random = SplitMix64(seed: 64)
    var parsed = 0
    var refused = 0
    for _ in 0..<5_000 {
      let arguments = Self.randomArguments(vocabulary, count: 8, using: &random)
      do {
        _ = try parser.parse(arguments)
        parsed += 1
      } catch {
        // The typed throw admits only UsageError; its message must say something.
        #expect(!error.message.isEmpty, "\(arguments)")
        refused += 1
      }
    }
    #expect(parsed > 100, "only \(parsed) parsed")
    #expect(refused > 100, "only \(refused) refused")
  }

  @Test func runsExitWithADocumentedCode() throws {
    let temporary = try TemporaryDirectory.copyFixture(FixturePanel.boroughGreen)
    defer { temporary.remove() }
    let panel = temporary.url.appendingPathComponent(FixturePanel.boroughGreen)
    let vocabulary = Vocabulary(CommandTree.root.spec)
    var random = SplitMix64(seed: 65)
    var codes: [Int32: Int] = [:]
    for _ in 0..<300 {
      let arguments = Self.randomArguments(vocabulary, count: 6, using: &random)
      let context = Context(
        environment: ["PACT_TODAY": "2024-06-01", "COLUMNS": "80"], currentDirectory: panel,
        stdout: TextOutput(), stderr: TextOutput(), isTerminal: false, clock: { Date() })
      let status = PactCommandLine.run(arguments, context: context)
      #expect([0, 1, 64, 65].contains(status), "\(arguments) exited \(status)")
      if status != 0 {
        #expect(!context.stderr.text.isEmpty, "\(arguments) failed silently")
      }
      codes[status, default: 0] += 1
    }
    // The sample reaches commands that run as well as mistakes.
    #expect(codes[0, default: 0] > 10, "\(codes)")
    #expect(codes[64, default: 0] > 10, "\(codes)")
  }
}
