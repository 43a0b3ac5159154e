import Foundation
import PactTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files a panel from someone else may hold where a record should be — a named pipe, a
/// link to a device, a huge sparse file — are named and refused at once (exit 65): no
/// command hangs on them or runs out of memory.
@Suite struct HostileFileTypeTests {
  /// The ways a record file can be something else, each made in `members/` of a panel.
  enum Hostile: String, CaseIterable, CustomTestStringConvertible {
    case fifo
    case devZero
    case devStdin
    case sparse

    var testDescription: String { rawValue }

    /// Makes the hostile file at `url`.
    func make(at url: URL) throws {
      switch self {
      case .fifo:
        #expect(mkfifo(url.path, 0o644) == 0)
      case .devZero:
        try FileManager.default.createSymbolicLink(
          atPath: url.path, withDestinationPath: "/dev/zero")
      case .devStdin:
        try FileManager.default.createSymbolicLink(
          atPath: url.path, withDestinationPath: "/dev/stdin")
      case .sparse:
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 20 * 1_024 * 1_024 * 1_024)
        try handle.close()
      }
    }

    /// What pact must call it.
    var described: String {
      switch self {
      case .fifo: "named pipe"
      case .devZero, .devStdin: "symbolic link"
      case .sparse: "larger than"
      }
    }
  }

  /// Runs pact in the panel, failing the test when it takes longer than a few seconds.
  private func run(_ panel: FixturePanel, _ arguments: [String]) throws -> ProcessResult {
    try PactBinary.start(arguments, currentDirectory: panel.url).waitForResult(timeout: 20)
  }

  @Test(arguments: Hostile.allCases)
  func aRecordThatIsNotARegularFileIsNamedAndRefused(hostile: Hostile) throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let before = try panel.files()
    let file = panel.url.appendingPathComponent("members/MHOSTILE.json")
    try hostile.make(at: file)
    for arguments in [
      ["status"], ["member", "add", "Jo Bloggs"], ["log"], ["check"],
      ["report", panel.directory.url.path],
    ] {
      let result = try run(panel, arguments)
      #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
      #expect(result.stderr.contains("members/MHOSTILE.json"), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains(hostile.described), "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
    }
    // Taken away before comparing: reading a 20 GB file would exhaust this process.
    try FileManager.default.removeItem(at: file)
    #expect(try panel.files() == before)
  }

  @Test func checkGivesEachUnsafeFileACode() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    try Hostile.fifo.make(at: panel.url.appendingPathComponent("members/MFIFO.json"))
    try Hostile.devZero.make(at: panel.url.appendingPathComponent("members/MZERO.json"))
    try Hostile.sparse.make(at: panel.url.appendingPathComponent("members/MBIG.json"))
    let result = try run(panel, ["check", "--json"])
    #expect(result.status == 65, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let errors = try #require(json["errors"] as? [[String: Any]])
    var codes: [String: String] = [:]
    for error in errors {
      if let file = error["file"] as? String, let code = error["code"] as? String {
        codes[URL(fileURLWithPath: file).lastPathComponent] = code
      }
    }
    #expect(codes["MFIFO.json"] == "not-a-regular-file")
    #expect(codes["MZERO.json"] == "symbolic-link")
    #expect(codes["MBIG.json"] == "file-too-large")
  }

  @Test func importOfANamedPipeSaysWhatItIs() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let pipe = panel.directory.url.appendingPathComponent("log.csv")
    try Hostile.fifo.make(at: pipe)
    let result = try run(panel, ["import", pipe.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("named pipe"), "\(result.stderr)")
    #expect(!result.stderr.lowercased().contains("permission"), "\(result.stderr)")
  }
}
