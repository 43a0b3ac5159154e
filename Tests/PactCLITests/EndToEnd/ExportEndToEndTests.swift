import Foundation
import PactTestSupport
import Testing

/// `pact export` on the fixture panels: each format pinned in golden files, and checked
/// against the rules of the format it claims to be.
@Suite struct ExportEndToEndTests {
  static let fixtures = [FixturePanel.boroughGreen, "medway-gillingham-north"]
  static let formats = [
    ("csv", "export.csv"), ("json", "export.json"), ("ics", "export.ics"),
    ("police-uk", "export-police-uk.json"),
  ]

  private func run(_ panel: FixturePanel, _ arguments: [String]) throws -> String {
    let result = try panel.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  private func parse(_ json: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(json.utf8))
  }

  /// The records of one kind, by id: every `.json` file under its folder (closed actions
  /// live in subfolders), each with its path relative to the panel.
  private func recordFiles(_ panel: FixturePanel, _ folder: String) throws -> [String: [String]] {
    var files: [String: [String]] = [:]
    for (path, _) in try panel.files() where path.hasPrefix(folder + "/") && path.hasSuffix(".json")
    {
      let name = String(path.split(separator: "/").last ?? "")
      files[String(name.dropLast(5)), default: []].append(path)
    }
    return files
  }

  @Test(arguments: fixtures)
  func everyFormatMatchesItsGolden(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    for (format, name) in Self.formats {
      assertSnapshot(try run(panel, ["export", format]), named: "\(fixture)/\(name)")
    }
  }

  @Test(arguments: fixtures)
  func csvIsTheActionLog(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let export = try run(panel, ["export", "csv"])
    #expect(export == (try run(panel, ["log", "--format", "csv"])))
    #expect(export.hasPrefix("ID,Date raised,"))
  }

  @Test(arguments: fixtures)
  func outputFileHoldsTheSameBytesAndNoTemporaryFileIsLeft(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let before = try panel.files()
    for (format, name) in Self.formats {
      let stdout = try run(panel, ["export", format])
      let folder = panel.directory.url.appendingPathComponent("out-\(format)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let printed = try run(
        panel, ["export", format, "-o", folder.appendingPathComponent(name).path])
      #expect(printed.isEmpty)
      #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(stdout.utf8))
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }
    // Relative to the current folder, like every other path.
    _ = try run(panel, ["export", "ics", "--output", "../meetings.ics"])
    let written = try String(
      contentsOf: panel.directory.url.appendingPathComponent("meetings.ics"), encoding: .utf8)
    #expect(written == (try run(panel, ["export", "ics"])))
    #expect(try panel.files() == before, "export changed the panel")
  }

  @Test(arguments: fixtures)
  func icsFollowsRFC5545(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let ics = try run(panel, ["export", "ics"])
    let bytes = Array(ics.utf8)
    #expect(bytes.suffix(2) == [0x0D, 0x0A])
    for (index, byte) in bytes.enumerated() {
      if byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D, "bare LF at \(index)") }
      if byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A) }
    }
    // Every LF ends a CRLF, so the lines are what lies between LFs, less the CR.
    let physical = ics.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
      .map { String(decoding: $0.dropLast(), as: UTF8.self) }
    for line in physical {
      #expect(line.utf8.count <= 75, "too long: \(line)")
      #expect(!line.isEmpty)
    }
    // Unfolding gives back whole content lines: NAME[;PARAMS]:VALUE.
    let unfolded = iCalendarContentLines(ics)
    #expect(
      unfolded.allSatisfy {
        $0.range(of: #"^[A-Z-]+(;[A-Z-]+=[^;:]+)*:"#, options: .regularExpression) != nil
      })
    #expect(
      Array(unfolded.prefix(5)) == [
        "BEGIN:VCALENDAR", "PRODID:-//pact//PACT panel//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
      ])
    #expect(unfolded.last == "END:VCALENDAR")
    #expect(physical.count > unfolded.count, "the fixtures' descriptions are long enough to fold")

    let meetings = try #require(
      try parse(try run(panel, ["meeting", "list", "--json"])) as? [[String: Any]])
    let scheduled = meetings.filter { $0["status"] as? String != "held" }.compactMap {
      $0["id"] as? String
    }
    #expect(!scheduled.isEmpty)
    #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == scheduled.count)
    #expect(unfolded.filter { $0 == "END:VEVENT" }.count == scheduled.count)
    for id in scheduled {
      #expect(unfolded.contains { $0.hasPrefix("UID:\(id)-") && $0.hasSuffix("@pact") })
      let date = id.replacingOccurrences(of: "-", with: "")
      #expect(unfolded.contains { $0.hasPrefix("DTSTART;TZID=Europe/London:\(date)T") })
    }
  }

  @Test func aVenueIsEscaped() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    _ = try run(
      panel,
      [
        "meeting", "add", "2024-09-10", "--kind", "walkabout",
        "--venue", #"Wrotham Hill lay-by, north side; meet at the "A20\M20" sign"#,
      ])
    let ics = try run(panel, ["export", "ics"])
    let unfolded = iCalendarContentLines(ics)
    #expect(
      unfolded.contains(#"LOCATION:Wrotham Hill lay-by\, north side\; meet at the "A20\\M20" sign"#)
    )
    // The next meeting, the new walkabout, and February's cancelled walkabout.
    #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == 3)
    // No time: an all-day event.
    #expect(unfolded.contains("DTSTART;VALUE=DATE:20240910"))
    #expect(unfolded.contains("DTEND;VALUE=DATE:20240911"))
    #expect(
      unfolded.contains(
        #"SUMMARY:Borough Green\, Wrotham and Platt PACT: walkabout (Environmental Visual Audit)"#))
  }

  @Test(arguments: fixtures)
  func policeUKHasTheKeysSpecNames(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let objects = try #require(
      try parse(try run(panel, ["export", "police-uk"])) as? [[String: Any]])
    let priorities = try #require(
      try parse(try run(panel, ["priority", "list", "--json"])) as? [[String: Any]])
    #expect(objects.map { $0["issue"] as? String } == priorities.map { $0["title"] as? String })
    #expect(objects.count == 3)
    let dateTime = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"#
    for object in objects {
      #expect(Set(object.keys) == ["issue", "issue-date", "action", "action-date"])
      let issueDate = try #require(object["issue-date"] as? String)
      #expect(issueDate.range(of: dateTime, options: .regularExpression) != nil)
      if let action = object["action"] as? String {
        let actionDate = try #require(object["action-date"] as? String)
        #expect(actionDate.range(of: dateTime, options: .regularExpression) != nil)
        #expect(actionDate >= issueDate)
        #expect(!action.contains("\n"))
        // Ids stay out of what the public reads.
        #expect(action.range(of: #"\b[AMPI][0-9A-Z]{6}\b"#, options: .regularExpression) == nil)
      } else {
        #expect(object["action"] is NSNull)
        #expect(object["action-date"] is NSNull)
      }
    }
  }

  @Test func policeUKIsNullWhereNothingHasBeenDone() throws {
    // In Gillingham North, the pavement parking priority's one action has no update yet.
    let panel = try FixturePanel("medway-gillingham-north")
    defer { panel.remove() }
    let objects = try #require(
      try parse(try run(panel, ["export", "police-uk"])) as? [[String: Any]])
    let parking = try #require(
      objects.first { $0["issue"] as? String == "Parking on pavements in Arden Street" })
    #expect(parking["action"] is NSNull)
    #expect(parking["action-date"] is NSNull)
    #expect(parking["issue-date"] as? String == "2024-05-21T00:00:00")
    let drugs = try #require(
      objects.first { $0["issue"] as? String == "Drug dealing in Gardiner Street" })
    // Its latest note is the county lines sessions' of 28 May, then the warrants action's
    // closure order of 27 May: latest first across its actions.
    #expect(drugs["action-date"] as? String == "2024-05-28T00:00:00")
    #expect(
      (drugs["action"] as? String)?.hasPrefix(
        "28 May 2024: Sessions booked for 8 and 10 July with the Kent Police schools officer. "
          + "27 May 2024: Partial closure order granted") == true)
  }

  @Test(arguments: fixtures)
  func jsonHoldsEveryRecordOnceWithItsID(fixture: String) throws {
    let panel = try FixturePanel(fixture)
    defer { panel.remove() }
    let document = try #require(try parse(try run(panel, ["export", "json"])) as? [String: Any])
    #expect(document["schema"] as? Int == 1)
    #expect(document["exportedOn"] as? String == "2024-06-01")
    let stored = try parse(try panel.json("panel.json"))
    #expect((document["panel"] as? NSDictionary) == (stored as? NSDictionary))
    for folder in ["members", "agencies", "meetings", "issues", "priorities", "actions"] {
      let records = try #require(document[folder] as? [[String: Any]], "\(folder)")
      let ids = records.compactMap { $0["id"] as? String }
      let files = try recordFiles(panel, folder)
      #expect(!files.isEmpty)
      #expect(files.values.allSatisfy { $0.count == 1 }, "\(folder): an id in two files")
      #expect(ids.count == records.count, "\(folder): a record without an id")
      #expect(ids == files.keys.sorted(), "\(folder): every record once, sorted by id")
      // Each record is its file's object with the id added.
      for record in records {
        let id = try #require(record["id"] as? String)
        let path = try #require(files[id]?.first, "\(folder)/\(id)")
        var withoutID = record
        withoutID["id"] = nil
        let file = try parse(try panel.json(path))
        #expect((withoutID as NSDictionary) == (file as? NSDictionary), "\(path)")
      }
    }
  }

  @Test func anUnknownFormatIsAUsageErrorWithASuggestion() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["export", "icl"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    // Help text wraps at 80 columns; read the message as one line.
    let message = result.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(message.hasPrefix("Error: Unknown export format 'icl'. Did you mean 'ics'?"))
    #expect(message.contains("Expected one of: csv, json, ics, police-uk"))
    let far = try panel.run(["export", "spreadsheet"])
    #expect(far.status == 64)
    #expect(!far.stderr.contains("Did you mean"))
    let missing = try panel.run(["export"])
    #expect(missing.status == 64)
  }
}
