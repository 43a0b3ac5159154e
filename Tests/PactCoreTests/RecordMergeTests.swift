import Foundation
import PactCore
import PactTestSupport
import Testing

/// The rules of `pact merge-file`, one record at a time, and the property every copy's
/// convergence rests on: the merge is the same whichever side is "ours".
@Suite struct RecordMergeTests {
  /// Merges three JSON texts and parses the result.
  private func merge(_ base: String, _ ours: String, _ theirs: String) throws -> JSONValue {
    let data = try RecordFileMerge.merge(
      base: Data(base.utf8), ours: Data(ours.utf8), theirs: Data(theirs.utf8))
    let swapped = try RecordFileMerge.merge(
      base: Data(base.utf8), ours: Data(theirs.utf8), theirs: Data(ours.utf8))
    #expect(data == swapped, "the merge depends on which side is ours")
    return try JSONParser.parse(data)
  }

  private let action = """
    {"title": "Speed watch", "lead": "police", "agreedOn": "2024-03-12", "status": "open",
     "due": "2024-04-30", "updates": [{"on": "2024-03-20", "note": "First session held"}]}
    """

  /// The office records a new phone for a member who has not agreed to publish; the laptop
  /// records their consent, for the details it had. The merge does not publish the phone
  /// they never saw; the consent is kept in the history.
  @Test func consentInOneCopyDoesNotCoverAPhoneChangedInTheOther() throws {
    let base = #"{"name": "Sam Okafor", "phone": "01732 100100", "public": false}"#
    let merged = try merge(
      base, #"{"name": "Sam Okafor", "phone": "07700 900999", "public": false}"#,
      #"{"name": "Sam Okafor", "phone": "01732 100100", "public": true, "email": "s@x.org"}"#)
    #expect(merged["phone"] == "07700 900999")
    #expect(merged["email"] == "s@x.org")
    #expect(merged["public"] == false)
    #expect(merged["mergeHistory"]?.arrayValue?.contains { $0["field"] == "public" } == true)
    // Consent given for the very details the other copy has stands.
    let same = try merge(
      base,
      #"{"name": "Sam Okafor", "phone": "01732 100100", "public": false, "joinedOn": "2024-01-01"}"#,
      #"{"name": "Sam Okafor", "phone": "01732 100100", "public": true}"#)
    #expect(same["public"] == true)
  }

  @Test func aFieldChangedOnOneSideTakesThatChange() throws {
    let merged = try merge(
      action, action.replacingOccurrences(of: "2024-04-30", with: "2024-05-31"),
      action.replacingOccurrences(of: "police", with: "council"))
    #expect(merged["due"] == "2024-05-31")
    #expect(merged["lead"] == "council")
    #expect(merged["mergeHistory"] == nil)
  }

  @Test func notesFromBothSidesAreKeptEachOnceInDateOrder() throws {
    let ours = action.replacingOccurrences(
      of: "]}", with: #", {"on": "2024-04-02", "note": "Second session"}]}"#)
    let theirs = action.replacingOccurrences(
      of: "]}",
      with:
        #", {"on": "2024-03-28", "note": "Letter sent"}, {"on": "2024-04-02", "note": "Second session"}]}"#
    )
    let merged = try merge(action, ours, theirs)
    let notes = merged["updates"]?.arrayValue?.compactMap { $0["note"]?.stringValue }
    #expect(notes == ["First session held", "Letter sent", "Second session"])
  }

  @Test func anUpdateRemovedOnOneSideStaysRemovedWhileTheOtherAddsOne() throws {
    let undone = action.replacingOccurrences(
      of: #"[{"on": "2024-03-20", "note": "First session held"}]"#, with: "[]")
    let added = action.replacingOccurrences(
      of: "]}", with: #", {"on": "2024-04-02", "note": "Second session"}]}"#)
    let merged = try merge(action, undone, added)
    let notes = merged["updates"]?.arrayValue?.compactMap { $0["note"]?.stringValue }
    #expect(notes == ["Second session"])
  }

  @Test func theLaterDatedChangeWinsAndTheOtherIsInTheHistory() throws {
    let ours = action.replacingOccurrences(of: "2024-04-30", with: "2024-05-31")
      .replacingOccurrences(of: "]}", with: #", {"on": "2024-04-10", "due": "2024-05-31"}]}"#)
    let theirs = action.replacingOccurrences(of: "2024-04-30", with: "2024-06-15")
      .replacingOccurrences(of: "]}", with: #", {"on": "2024-04-03", "due": "2024-06-15"}]}"#)
    let merged = try merge(action, ours, theirs)
    #expect(merged["due"] == "2024-05-31")
    // The losing due date is already in the log, as the update that set it.
    let dues = merged["updates"]?.arrayValue?.compactMap { $0["due"]?.stringValue }
    #expect(dues == ["2024-06-15", "2024-05-31"])
  }

  @Test func doneBeatsDroppedOnTheSameDayAndTheLaterWinsOtherwise() throws {
    let done = action.replacingOccurrences(of: #""status": "open""#, with: #""status": "done""#)
      .replacingOccurrences(
        of: "]}", with: #", {"on": "2024-04-10", "note": "Six held", "status": "done"}]}"#
      )
      .replacingOccurrences(of: "{\"title\"", with: "{\"outcome\": \"Six held\", \"title\"")
    func dropped(on day: String) -> String {
      action.replacingOccurrences(of: #""status": "open""#, with: #""status": "dropped""#)
        .replacingOccurrences(
          of: "]}", with: #", {"on": "\#(day)", "note": "No funding", "status": "dropped"}]}"#)
    }
    let sameDay = try merge(action, done, dropped(on: "2024-04-10"))
    #expect(sameDay["status"] == "done")
    #expect(sameDay["outcome"] == "Six held")
    let later = try merge(action, done, dropped(on: "2024-04-11"))
    #expect(later["status"] == "dropped")
    let statuses = later["updates"]?.arrayValue?.compactMap { $0["status"]?.stringValue }
    #expect(statuses == ["done", "dropped"])
  }

  @Test func anUndatedConflictKeepsTheLoserInAnActionsUpdates() throws {
    let merged = try merge(
      action, action.replacingOccurrences(of: "Speed watch", with: "Speed watch (A25)"),
      action.replacingOccurrences(of: "Speed watch", with: "Speed watch sessions"))
    #expect(merged["title"] == "Speed watch sessions")
    let last = merged["updates"]?.arrayValue?.last
    #expect(last?["on"] == "2024-03-20")
    #expect(last?["mergedOut"] == ["field": "title", "value": "Speed watch (A25)"])
  }

  @Test func otherRecordsKeepTheLoserInMergeHistory() throws {
    let agency = #"{"name": "Police", "kind": "police", "contact": "101"}"#
    let merged = try merge(
      agency, agency.replacingOccurrences(of: "101", with: "01732 000000"),
      agency.replacingOccurrences(of: "\"101\"", with: "\"npt@example.org\""))
    #expect(merged["contact"] == "npt@example.org")
    #expect(merged["mergeHistory"] == [["field": "contact", "value": "01732 000000"]])
  }

  @Test func setsOfIdsMergeAsSets() throws {
    let meeting = #"{"status": "held", "present": ["M1", "M2"], "apologies": ["M3"]}"#
    let merged = try merge(
      meeting, #"{"status": "held", "present": ["M1", "M2", "M4"], "apologies": ["M3"]}"#,
      #"{"status": "held", "present": ["M2", "M5"], "apologies": []}"#)
    #expect(merged["present"] == ["M2", "M4", "M5"])
    #expect(merged["apologies"] == [])
  }

  @Test func objectsMergeKeyByKeyAndUnknownFieldsAreKept() throws {
    let panel = #"{"name": "BGWP", "roles": {"chair": "M1"}, "extra": {"a": 1}}"#
    let merged = try merge(
      panel, #"{"name": "BGWP", "roles": {"chair": "M2"}, "extra": {"a": 1, "b": 2}}"#,
      #"{"name": "BGWP", "roles": {"chair": "M1", "secretary": "M3"}, "extra": {"a": 1}, "new": true}"#
    )
    #expect(merged["roles"] == ["chair": "M2", "secretary": "M3"])
    #expect(merged["extra"] == ["a": 1, "b": 2])
    #expect(merged["new"] == true)
  }

  @Test func aRecordAddedOnBothSidesMergesFromAnEmptyBase() throws {
    let merged = try merge(
      "", #"{"name": "Trust", "handles": ["asb"]}"#, #"{"name": "Trust", "handles": ["drugs"]}"#)
    #expect(merged["handles"] == ["asb", "drugs"])
  }

  @Test func twoClosingsOfAPriorityKeepTheLaterOneWhole() throws {
    let priority = #"{"title": "ASB", "setOn": "2024-01-09", "status": "active", "rank": 1}"#
    let merged = try merge(
      priority,
      #"{"title": "ASB", "setOn": "2024-01-09", "status": "achieved", "outcome": "Down", "closedOn": "2024-05-02"}"#,
      #"{"title": "ASB", "setOn": "2024-01-09", "status": "closed", "outcome": "Moved on", "closedOn": "2024-04-30"}"#
    )
    #expect(merged["status"] == "achieved")
    #expect(merged["outcome"] == "Down")
    #expect(merged["closedOn"] == "2024-05-02")
    #expect(merged["mergeHistory"]?.arrayValue?.count == 3)
  }

  @Test(arguments: [RecordFileMerge.Version.base, .ours, .theirs])
  func aVersionThatIsNotAnObjectIsNamed(_ broken: RecordFileMerge.Version) throws {
    let text = { (version: RecordFileMerge.Version) in
      Data((version == broken ? "<<<<<<< ours\n{}" : "{}").utf8)
    }
    #expect(throws: RecordFileMerge.Unreadable.self) {
      try RecordFileMerge.merge(base: text(.base), ours: text(.ours), theirs: text(.theirs))
    }
    do {
      _ = try RecordFileMerge.merge(base: text(.base), ours: text(.ours), theirs: text(.theirs))
    } catch {
      #expect(error.version == broken)
    }
  }

  @Test func theOutputIsTheCanonicalFile() throws {
    let data = try RecordFileMerge.merge(
      base: Data("{}".utf8), ours: Data(#"{"b": 1,"a":2}"#.utf8), theirs: Data("{}".utf8))
    #expect(String(decoding: data, as: UTF8.self) == "{\n  \"a\": 2,\n  \"b\": 1\n}\n")
  }
}
