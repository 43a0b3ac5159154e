import PactTestSupport
import Testing

@testable import PactCore

/// Importing an action log's rows into a panel.
extension ImportTests {
  @Test func aRowBecomesAnActionWithItsDetails() throws {
    var snapshot = try panel()
    let summary = try importing(
      """
      Date raised,Priority,Action,Lead,Owner,Due,Progress,Status
      12/03/2024,speeding ON the  a25,Speed watch,Police,PCSO Tom Barker,30/04/2024,\
      "Two sessions held, 41 warned",In progress

      """, into: &snapshot)
    let action = try #require(summary.imported.first)
    #expect(snapshot.actions.contains(action))
    #expect(action.title == "Speed watch")
    #expect(action.lead == "police")
    #expect(action.owner == "PCSO Tom Barker")
    #expect(action.due == (try day("2024-04-30")))
    #expect(action.agreedOn == (try day("2024-03-12")))
    #expect(action.agreedAt == "2024-03-12")
    #expect(action.priority == snapshot.priorities.first { $0.title == "Speeding on the A25" }?.id)
    #expect(action.priorityText == nil)
    #expect(action.status == .inProgress)
    #expect(action.updates.count == 1)
    #expect(action.updates.first?.note == "Two sessions held, 41 warned")
    #expect(action.updates.first?.on == (try day("2024-03-12")))
    #expect(action.updates.first?.status == .inProgress)
  }

  @Test func aPriorityIsMatchedByRankOrElseKeptAsText() throws {
    var snapshot = try panel()
    let summary = try importing(
      "Action,Lead,Priority\nA,police,2\nB,police,P1\nC,police,Dog fouling\nD,police,3\n",
      into: &snapshot)
    let byTitle = Dictionary(uniqueKeysWithValues: summary.imported.map { ($0.title, $0) })
    let active = snapshot.activePriorities
    #expect(byTitle["A"]?.priority == active[1].id)
    #expect(byTitle["B"]?.priority == active[0].id)
    #expect(byTitle["C"]?.priority == nil)
    #expect(byTitle["C"]?.priorityText == "Dog fouling")
    // No third priority is active, so "3" names none.
    #expect(byTitle["D"]?.priorityText == "3")
  }

  @Test func aPriorityIsMatchedByTitleActiveFirstElseTheOneSetLatest() throws {
    var snapshot = try panel()
    func add(_ id: String, _ title: String, setOn: String, rank: Int? = nil) throws {
      var priority = Priority(id: id, title: title, setOn: try day(setOn), rank: rank)
      if rank == nil { priority.status = .achieved }
      snapshot.priorities.append(priority)
    }
    try add("PDOG1", "Dog fouling", setOn: "2023-01-10")
    try add("PDOG2", "dog  FOULING", setOn: "2023-05-01")
    try add("PDOG3", "Dog Fouling", setOn: "2023-03-01")
    try add("PSPEED", "Speeding on the a25", setOn: "2024-05-01")
    try add("PLIT1", "Litter", setOn: "2023-02-01")
    try add("PLIT2", "litter", setOn: "2023-02-01")
    try add("PCAFE", "Stra\u{DF}e caf\u{E9}", setOn: "2024-03-12", rank: 3)
    let speeding = try #require(snapshot.activePriorities.first?.id)
    let flyTipping = try #require(snapshot.activePriorities.dropFirst().first?.id)
    let cells = [
      ("dog fouling", "PDOG2"), ("DOG  Fouling", "PDOG2"), ("speeding on the a25", speeding),
      ("Speeding On The A25", speeding), ("stra\u{DF}e  CAF\u{C9}", "PCAFE"),
      ("STRASSE CAF\u{C9}", nil), ("Priority 3", "PCAFE"), ("#1", speeding), ("p2", flyTipping),
      ("P2", flyTipping), ("dog fouling", "PDOG2"), ("LITTER", "PLIT1"), ("P 2", nil),
      ("Priority 4", nil), ("speeding on the a25", speeding),
    ]
    let text =
      "Action,Lead,Priority\n"
      + cells.enumerated().map { "A\($0.offset),police,\($0.element.0)\n" }.joined()
    let summary = try importing(text, into: &snapshot)
    #expect(summary.imported.map(\.priority) == cells.map(\.1))
    #expect(
      summary.imported.map(\.priorityText) == cells.map { $0.1 == nil ? $0.0 : nil })
  }

  @Test func aDateWithNoHeldMeetingIsAgreedOnThatDayAtNoMeeting() throws {
    var snapshot = try panel()
    let summary = try importing(
      "Action,Lead,Date raised\nA,police,13/03/2024\nB,police,09/07/2024\nC,police,\n",
      into: &snapshot)
    #expect(summary.imported.map(\.agreedAt) == [nil, nil, nil])
    #expect(
      summary.imported.map(\.agreedOn) == [
        try day("2024-03-13"), try day("2024-07-09"), today,
      ])
  }

  @Test func aTimescaleThatIsNotADateIsKeptAsANote() throws {
    var snapshot = try panel()
    let summary = try importing(
      "Action,Lead,Timescale,Date raised\nA,police,end of March,12/03/2024\n", into: &snapshot)
    let action = try #require(summary.imported.first)
    #expect(action.due == nil)
    #expect(action.updates.map(\.note) == ["Timescale: end of March"])
    #expect(action.updates.first?.on == (try day("2024-03-12")))
  }

  @Test func aDoneRowKeepsItsOutcomeOrItsProgressOrSaysItWasImported() throws {
    var snapshot = try panel()
    let summary = try importing(
      """
      Action,Lead,Status,Progress,Outcome
      A,police,Done,Sessions held,Speeds down
      B,police,Completed,Lights fixed,
      C,police,Closed,,
      D,police,Dropped,,Not needed
      E,police,Open,,Half done

      """, into: &snapshot)
    let outcomes = summary.imported.map(\.outcome)
    #expect(outcomes == ["Speeds down", "Lights fixed", "Completed (imported)", "Not needed", nil])
    #expect(summary.imported.map(\.status) == [.done, .done, .done, .dropped, .open])
    // Done on the day raised (none given: today), since no progress says when.
    #expect(summary.imported.filter { $0.status == .done }.allSatisfy { $0.completedOn == today })
    #expect(summary.imported.filter { $0.status != .done }.allSatisfy { $0.completedOn == nil })
    #expect(summary.imported[0].updates.map(\.note) == ["Sessions held"])
    #expect(summary.imported[0].updates.last?.status == .done)
    #expect(summary.imported[2].updates.map(\.note) == [nil])
    #expect(summary.imported[4].updates.map(\.note) == ["Outcome: Half done"])
  }

  @Test func importingTheSameRowsAgainAddsNothing() throws {
    var snapshot = try panel()
    let text = """
      Action,Lead,Date raised
      Speed watch,police,12/03/2024
      Litter pick,council,
      Speed watch,police,14/05/2024

      """
    let first = try importing(text, into: &snapshot)
    #expect(first.imported.count == 3)
    #expect(first.alreadyInPanel == 0)
    let count = snapshot.actions.count
    let again = try importing(
      text.replacingOccurrences(of: "Speed watch,police,12", with: "SPEED  watch ,Police,12"),
      into: &snapshot)
    #expect(again.imported.isEmpty)
    #expect(again.alreadyInPanel == 3)
    #expect(snapshot.actions.count == count)
    #expect(again.text == "Imported 0 actions from log.csv (3 already in the panel).\n")
  }

  @Test func aRowRepeatedInTheFileIsImportedOnce() throws {
    var snapshot = try panel()
    let summary = try importing(
      "Action,Lead,Date raised\nA,police,12/03/2024\na,police,12/03/2024\n", into: &snapshot)
    #expect(summary.imported.count == 1)
    #expect(summary.alreadyInPanel == 1)
  }

  @Test func badRowsStopTheImportUnlessSkipped() throws {
    var snapshot = try panel()
    let before = snapshot.actions
    let text = "Action,Lead,Date raised\nA,police,12/03/2024\nB,police,31/02/2024\nC,council,\n"
    let error = #expect(throws: ImportDataError.self) {
      try importing(text, into: &snapshot)
    }
    guard case .badRows(_, let problems) = error else {
      Issue.record("expected bad rows, got \(String(describing: error))")
      return
    }
    #expect(problems.map(\.line) == [3])
    #expect(snapshot.actions == before)

    let summary = try importing(text, into: &snapshot, options: ImportOptions(skipBadRows: true))
    #expect(summary.imported.map(\.title) == ["A", "C"])
    #expect(summary.skipped.map(\.line) == [3])
    #expect(summary.text == "Imported 2 actions from log.csv (1 bad row skipped).\n")
    #expect(summary.skippedText.hasPrefix("Skipped log.csv:3: \"31/02/2024\" in \"Date raised\""))
  }

  @Test func unknownLeadAgenciesAreListedWithTheirLines() throws {
    var snapshot = try panel()
    let text = "Action,Lead\nA,KCC Highways\nB,police\nC,TMBC\nD,kcc  highways\n"
    let error = #expect(throws: ImportError.self) {
      try importing(text, into: &snapshot)
    }
    guard case .unknownAgencies(_, let agencies, let available) = error else {
      Issue.record("expected unknown agencies, got \(String(describing: error))")
      return
    }
    #expect(
      agencies == [
        UnknownAgency(name: "KCC Highways", lines: [2, 5]), UnknownAgency(name: "TMBC", lines: [4]),
      ])
    #expect(available.contains("police (Neighbourhood Policing Team)"))
    #expect(available.count == snapshot.agencies.count)
    #expect(snapshot.actions.isEmpty)
    #expect(snapshot.agencies.count == Agency.defaults.count)
  }

  @Test func createAgenciesAddsEachUnknownLeadOnce() throws {
    var snapshot = try panel()
    // "Police!" is no agency's id or name, and its id would be "police": it gets another.
    let text = "Action,Lead\nA,KCC Highways\nB,police\nC,kcc highways\nD,Police!\n"
    let summary = try importing(
      text, into: &snapshot, options: ImportOptions(createAgencies: true))
    #expect(summary.newAgencies.map(\.id) == ["kcc-highways", "police-2"])
    #expect(summary.newAgencies.map(\.name) == ["KCC Highways", "Police!"])
    #expect(summary.imported.map(\.lead) == ["kcc-highways", "police", "kcc-highways", "police-2"])
    #expect(snapshot.agencies.count == Agency.defaults.count + 2)
    #expect(
      summary.text
        == "Imported 4 actions from log.csv (2 new agencies: KCC Highways (kcc-highways), "
        + "Police! (police-2)).\n")
  }
}
