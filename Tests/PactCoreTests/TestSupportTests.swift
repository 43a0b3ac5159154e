import Foundation
import PactTestSupport
import Testing

/// The test support library's own tests, grouped so that `--filter TestSupport` runs them.
@Suite struct TestSupportTests {}

extension TestSupportTests {
  @Suite struct LineDiffTests {
    @Test func identicalTextsHaveNoDiff() {
      #expect(lineDiff(expected: "a\nb\n", actual: "a\nb\n") == "")
    }

    @Test func changedLineIsShownWithContextAndLineNumbers() {
      let diff = lineDiff(expected: "a\nb\nc\nd\ne\nf\ng\n", actual: "a\nb\nc\nD\ne\nf\ng\n")
      #expect(
        diff == """
          @@ -2,5 +2,5 @@
            2 | b
            3 | c
          - 4 | d
          + 4 | D
            5 | e
            6 | f
          """)
    }

    @Test func insertedLineIsNumberedInTheActualText() {
      #expect(
        lineDiff(expected: "a\nb\n", actual: "a\nx\nb\n") == """
          @@ -1,2 +1,3 @@
            1 | a
          + 2 | x
            2 | b
          """)
    }

    @Test func removedLastLineIsShown() {
      #expect(
        lineDiff(expected: "a\nb\nc", actual: "a\nb", context: 1) == """
          @@ -2,2 +2,1 @@
            2 | b
          - 3 | c
          """)
    }

    @Test func distantChangesMakeSeparateHunks() {
      let expected = (1...20).map { "line \($0)" }
      var actual = expected
      actual[2] = "changed 3"
      actual[17] = "changed 18"
      let diff = lineDiff(
        expected: expected.joined(separator: "\n"), actual: actual.joined(separator: "\n"))
      #expect(diff.components(separatedBy: "\n").filter { $0.hasPrefix("@@") }.count == 2)
      #expect(diff.contains("-  3 | line 3\n+  3 | changed 3"))
      #expect(diff.contains("- 18 | line 18\n+ 18 | changed 18"))
      #expect(!diff.contains("line 10"))
    }

    @Test func longDiffIsCutShort() {
      let expected = (0..<100).map { "a\($0)\n" }.joined()
      let actual = (0..<100).map { "b\($0)\n" }.joined()
      let lines = lineDiff(expected: expected, actual: actual, maximumLines: 10)
        .components(separatedBy: "\n")
      #expect(lines.count == 11)
      #expect(lines.first == "@@ -1,100 +1,100 @@")
      #expect(lines[1] == "-   1 | a0")
      #expect(lines.last == "… and 191 more changed lines")
    }

    @Test func finalNewlineDifferenceIsSpelledOut() {
      #expect(
        lineDiff(expected: "a\n", actual: "a") == "\\ expected ends with a newline, actual does not"
      )
      #expect(
        lineDiff(expected: "a", actual: "a\n") == "\\ actual ends with a newline, expected does not"
      )
    }

    @Test func normalisationDifferenceIsSpelledOut() {
      #expect(
        lineDiff(expected: "caf\u{E9}", actual: "cafe\u{301}")
          == "\\ the texts differ only in the Unicode normalisation of some characters")
    }
  }
}

extension TestSupportTests {
  @Suite struct SnapshotTests {
    @Test func missingGoldenFailsAndIsNotWritten() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("status/green.txt")
      #expect(compareSnapshot(actual: "text\n", goldenURL: golden, record: false) == .missing)
      #expect(!FileManager.default.fileExists(atPath: golden.path))
      let message = SnapshotOutcome.missing.failureMessage(goldenURL: golden)
      #expect(message?.hasPrefix("no snapshot at \(golden.path); run the tests with") == true)
      #expect(message?.contains("RECORD_SNAPSHOTS=1") == true)
    }

    @Test func missingGoldenIsRecordedWhenAskedAndStillFails() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("status/green.txt")
      #expect(compareSnapshot(actual: "text\n", goldenURL: golden, record: true) == .recorded)
      #expect(try Data(contentsOf: golden) == Data("text\n".utf8))
      #expect(
        SnapshotOutcome.recorded.failureMessage(goldenURL: golden)
          == "recorded snapshot \(golden.path), re-run without RECORD_SNAPSHOTS")
    }

    @Test func matchingGoldenPasses() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("same.txt")
      try Data("caf\u{E9}\n".utf8).write(to: golden)
      let outcome = compareSnapshot(actual: "caf\u{E9}\n", goldenURL: golden, record: false)
      #expect(outcome == .matched)
      #expect(outcome.failureMessage(goldenURL: golden) == nil)
    }

    @Test func differentGoldenFailsWithADiffAndIsKept() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("agenda.md")
      try Data("# Agenda\n1. Welcome\n".utf8).write(to: golden)
      let outcome = compareSnapshot(
        actual: "# Agenda\n1. Apologies\n", goldenURL: golden, record: false)
      let diff = "@@ -1,2 +1,2 @@\n  1 | # Agenda\n- 2 | 1. Welcome\n+ 2 | 1. Apologies"
      #expect(outcome == .mismatched(diff: diff))
      #expect(
        outcome.failureMessage(goldenURL: golden)
          == "snapshot \(golden.path) does not match (- snapshot, + actual):\n\(diff)\n"
          + "If the change is intended, re-record it with RECORD_SNAPSHOTS=1.")
      #expect(try Data(contentsOf: golden) == Data("# Agenda\n1. Welcome\n".utf8))
    }

    @Test func differentGoldenIsRerecordedWhenAsked() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("agenda.md")
      try Data("old\n".utf8).write(to: golden)
      let outcome = compareSnapshot(actual: "new\n", goldenURL: golden, record: true)
      #expect(outcome == .rerecorded(diff: "@@ -1,1 +1,1 @@\n- 1 | old\n+ 1 | new"))
      #expect(outcome.failureMessage(goldenURL: golden)?.hasPrefix("re-recorded snapshot") == true)
      #expect(try Data(contentsOf: golden) == Data("new\n".utf8))
    }

    @Test func goldensComparedByteForByte() throws {
      let root = try TemporaryDirectory()
      defer { root.remove() }
      let golden = root.url.appendingPathComponent("name.txt")
      try Data("caf\u{E9}".utf8).write(to: golden)
      #expect(
        compareSnapshot(actual: "cafe\u{301}", goldenURL: golden, record: false)
          == .mismatched(
            diff: "\\ the texts differ only in the Unicode normalisation of some characters"))
    }

    @Test func goldensLiveUnderTestsGolden() {
      let expected = TemporaryDirectory.packageRoot
        .appendingPathComponent("Tests/Golden/status/green.txt")
      #expect(snapshotURL(named: "status/green.txt") == expected)
      let message = SnapshotOutcome.missing.failureMessage(goldenURL: expected)
      #expect(message?.hasPrefix("no snapshot at Tests/Golden/status/green.txt;") == true)
    }
  }
}

extension TestSupportTests {
  @Suite struct TemporaryDirectoryTests {
    @Test func createsUniqueFoldersAndRemovesThem() throws {
      let first = try TemporaryDirectory()
      let second = try TemporaryDirectory()
      #expect(first.url != second.url)
      #expect(first.url.lastPathComponent.hasPrefix("pact-tests-"))
      #expect(FileManager.default.fileExists(atPath: first.path))
      #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).isEmpty)
      first.remove()
      second.remove()
      #expect(!FileManager.default.fileExists(atPath: first.path))
      #expect(!FileManager.default.fileExists(atPath: second.path))
    }

    @Test func packageRootHoldsThePackageManifest() {
      let manifest = TemporaryDirectory.packageRoot.appendingPathComponent("Package.swift")
      #expect(FileManager.default.fileExists(atPath: manifest.path))
    }

    @Test func copiesAFixtureWithItsHiddenFiles() throws {
      let fixtures = try TemporaryDirectory()
      defer { fixtures.remove() }
      let panel = fixtures.url.appendingPathComponent("borough")
      try write(["panel.json": "{}\n", ".pact/log": "1", "actions/A1.json": "[]\n"], under: panel)

      let copy = try TemporaryDirectory.copyFixture("borough", from: fixtures.url)
      defer { copy.remove() }
      #expect(try fileTree(copy.url.appendingPathComponent("borough")) == fileTree(panel))
      #expect(try fileTree(copy.url).count == 3)
    }

    @Test func missingFixtureThrows() {
      #expect(throws: TestSupportError.self) {
        try TemporaryDirectory.copyFixture("no-such-fixture-\(UUID().uuidString)")
      }
    }
  }
}

extension TestSupportTests {
  @Suite struct FileTreeTests {
    @Test func listsEveryRegularFileIncludingHiddenOnes() throws {
      let folder = try TemporaryDirectory()
      defer { folder.remove() }
      try write(
        [
          "panel.json": "{}\n", ".gitignore": ".pact/\n", ".pact/history/1.json": "[]", "a/b/c": "",
        ],
        under: folder.url)
      try FileManager.default.createDirectory(
        at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        at: folder.url.appendingPathComponent("link"),
        withDestinationURL: folder.url.appendingPathComponent("panel.json"))

      #expect(
        try fileTree(folder.url) == [
          "panel.json": Data("{}\n".utf8), ".gitignore": Data(".pact/\n".utf8),
          ".pact/history/1.json": Data("[]".utf8), "a/b/c": Data(),
        ])
    }

    @Test func showsAChangedFile() throws {
      let folder = try TemporaryDirectory()
      defer { folder.remove() }
      try write(["x.json": "1"], under: folder.url)
      let before = try fileTree(folder.url)
      try write(["x.json": "2"], under: folder.url)
      #expect(try fileTree(folder.url) != before)
    }

    @Test func missingFolderThrows() throws {
      let folder = try TemporaryDirectory()
      folder.remove()
      #expect(throws: (any Error).self) { try fileTree(folder.url) }
    }
  }
}

extension TestSupportTests {
  @Suite struct ProcessRunnerTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func collectsOutputErrorAndStatus() throws {
      let result = try ProcessRunner.run(
        Self.shell, arguments: ["-c", "printf 'out\\n'; printf err >&2; exit 3"],
        environment: [:])
      #expect(result == ProcessResult(stdout: "out\n", stderr: "err", status: 3))
    }

    @Test func passesOnlyTheBaseEnvironmentAndWhatIsAdded() throws {
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"), arguments: [],
        environment: PactBinary.environment(adding: ["COLUMNS": "120", "PACT_PANEL": "/p"]))
      let variables = Dictionary(
        result.stdout.split(separator: "\n").map { line in
          let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
          return (parts[0], parts.count > 1 ? parts[1] : "")
        },
        uniquingKeysWith: { first, _ in first })
      #expect(
        Set(variables.keys) == [
          "PATH", "HOME", "XDG_CACHE_HOME", "PACT_TODAY", "NO_COLOR", "COLUMNS", "PACT_PANEL",
        ])
      #expect(variables["PACT_TODAY"] == "2024-06-01")
      #expect(variables["NO_COLOR"] == "1")
      #expect(variables["COLUMNS"] == "120")
      #expect(variables["PACT_PANEL"] == "/p")
      #expect(PactBinary.baseEnvironment["PACT_PANEL"] == nil)
    }

    @Test func feedsStandardInputOrNothing() throws {
      let cat = URL(fileURLWithPath: "/bin/cat")
      let fed = try ProcessRunner.run(cat, arguments: [], environment: [:], stdin: "a,b\r\nc\n")
      #expect(fed == ProcessResult(stdout: "a,b\r\nc\n", stderr: "", status: 0))
      let empty = try ProcessRunner.run(cat, arguments: [], environment: [:])
      #expect(empty == ProcessResult(stdout: "", stderr: "", status: 0))
    }

    @Test func readsLargeOutputOnBothStreams() throws {
      let script = """
        head -c 1000000 /dev/zero | tr '\\000' o
        head -c 1000000 /dev/zero | tr '\\000' e >&2
        """
      let result = try ProcessRunner.run(Self.shell, arguments: ["-c", script], environment: [:])
      #expect(result.stdout == String(repeating: "o", count: 1_000_000))
      #expect(result.stderr == String(repeating: "e", count: 1_000_000))
      #expect(result.status == 0)
    }

    @Test func runsInTheGivenDirectory() throws {
      let folder = try TemporaryDirectory()
      defer { folder.remove() }
      let result = try ProcessRunner.run(
        URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "pwd -P"], environment: [:],
        currentDirectory: folder.url)
      #expect(result.stdout == folder.path + "\n")
    }

    @Test func startsEveryProcessBeforeWaitingForAny() throws {
      let folder = try TemporaryDirectory()
      defer { folder.remove() }
      // Each run marks that it started, then waits for all four marks: run one at a time,
      // the first would give up and exit 1.
      let script = """
        touch "$1/started-$2"
        tries=0
        while [ "$(ls "$1" | wc -l)" -lt 4 ]; do
          tries=$((tries + 1)); [ "$tries" -gt 400 ] && exit 1; sleep 0.05
        done
        echo "ok $2"
        """
      let results = try ProcessRunner.runConcurrently(
        Self.shell, argumentLists: (1...4).map { ["-c", script, "sh", folder.path, "\($0)"] },
        environment: PactBinary.baseEnvironment)
      #expect(results == (1...4).map { ProcessResult(stdout: "ok \($0)\n", stderr: "", status: 0) })
    }

    @Test func stopsAProcessThatRunsTooLong() throws {
      let running = try ProcessRunner.start(
        Self.shell, arguments: ["-c", "exec sleep 30"], environment: [:])
      #expect(throws: TestSupportError.timedOut("/bin/sh", seconds: 0.2)) {
        try running.waitForResult(timeout: 0.2)
      }
      #expect(!running.process.isRunning)
    }

    @Test func childrenStartWithNoSignalsBlocked() throws {
      // With SIGTERM blocked the shell would carry on and print.
      let result = try ProcessRunner.run(
        Self.shell, arguments: ["-c", "kill -TERM $$; echo survived"], environment: [:])
      #expect(result == ProcessResult(stdout: "", stderr: "", status: SIGTERM))
    }

    @Test func missingExecutableThrows() {
      let missing = URL(fileURLWithPath: "/no/such/pact")
      #expect(throws: TestSupportError.missingExecutable("/no/such/pact")) {
        try ProcessRunner.run(missing, arguments: [], environment: [:])
      }
    }

    @Test func pactBinaryIsBuiltBesideTheTests() throws {
      #expect(PactBinary.url.lastPathComponent == "pact")
      let products = try FileManager.default.contentsOfDirectory(
        atPath: PactBinary.productsDirectory.path)
      #expect(products.contains { $0.hasSuffix(".xctest") })
      #expect(FileManager.default.isExecutableFile(atPath: PactBinary.url.path))
    }
  }
}

/// Writes files, creating folders as needed.
private func write(_ files: [String: String], under folder: URL) throws {
  for (path, contents) in files {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }
}
