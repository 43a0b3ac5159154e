/// The words of the commits `sync` makes, which a chair reads in `git log`: the panel's
/// name, then what changed in the panel's terms — "Borough Green PACT: 2 actions agreed,
/// 1 action done, meeting of 9 July 2024 recorded".
public enum CommitMessage {
  /// The message of a commit of this copy's changes.
  ///
  /// - Parameters:
  ///   - summary: What changed.
  ///   - panel: The panel's name when the summary does not give it.
  ///   - message: The person's own words, which come first when given.
  public static func changes(_ summary: ChangeSummary, panel: String, message: String?)
    -> String
  {
    let name = VisibleText.escaped(summary.panelName ?? panel)
    let said = phrases(summary).joined(separator: ", ")
    guard let message = message.map({ VisibleText.escaped($0) }), !message.trimmed.isEmpty else {
      return "\(name): \(said.isEmpty ? "changes" : said)\n"
    }
    return "\(message.trimmed)\n\n\(name): \(said)\n"
  }

  /// The message of a merge commit: what the other copies brought in, then what was put
  /// right, one line each.
  public static func merge(
    _ summary: ChangeSummary, panel: String, from source: String, settled: [MergeSettlement]
  ) -> String {
    let name = VisibleText.escaped(summary.panelName ?? panel)
    let said = phrases(summary)
    var text = "\(name): merged with \(source)"
    text += said.isEmpty ? "\n" : ", bringing in " + said.joined(separator: ", ") + "\n"
    if !settled.isEmpty {
      text += "\n" + settled.map { "- " + words($0) }.joined(separator: "\n") + "\n"
    }
    return text
  }

  /// What was put right, in words.
  public static func words(_ settlement: MergeSettlement) -> String {
    switch settlement {
    case .merged(let kind, let id, let status):
      return "\(kind.noun) \(id) was moved in one copy and changed in the other, or moved "
        + "differently in each: both versions merged into one"
        + (status.map { ", kept \(VisibleText.escaped($0))" } ?? "")
    case .kept(.meeting, let id):
      return "meeting \(id) was removed or moved to another day in one copy but named in the "
        + "other: kept; if it was moved, the records that name it can be given the new day, "
        + "and then it can be removed"
    case .kept(let kind, let id):
      return "\(kind.noun) \(id) was removed in one copy but changed or named in the other: kept"
    case .prioritySetAside(_, let title):
      return "priority “\(VisibleText.escaped(title))” set aside: more than three priorities "
        + "were active, and it came after the top three (by rank, then the day each was set); "
        + "the issue it came from is back in the backlog"
    case .prioritiesRanked:
      return "the top three's ranks stored in order (two copies had given out one rank twice)"
    case .apologiesDropped(let meeting, let member):
      return "meeting \(meeting): member \(member) recorded as present rather than as sending "
        + "apologies"
    case .issueMerged(let id, let into):
      return "issue \(id) was merged into issue \(into) in one copy and changed in the other: "
        + "merged into it again, with the times it was raised"
    }
  }

  /// The changes as phrases, most telling first.
  static func phrases(_ summary: ChangeSummary) -> [String] {
    var counts: [ChangeSummary.Change: Int] = [:]
    var notes = 0
    var titled: [String] = []
    var meetings: [String] = []
    for change in summary.changes {
      switch change {
      case .actionUpdated(let added):
        notes += added
        if added == 0 { counts[.actionUpdated(notes: 0), default: 0] += 1 }
      case .prioritySet(let title):
        titled.append("priority “\(VisibleText.escaped(title))” set")
      case .priorityAchieved(let title):
        titled.append("priority “\(VisibleText.escaped(title))” achieved")
      case .priorityClosed(let title):
        titled.append("priority “\(VisibleText.escaped(title))” closed")
      case .meetingRecorded(let day):
        meetings.append("meeting of \(day?.mediumText ?? "unknown date") recorded")
      case .meetingScheduled(let day):
        meetings.append("meeting of \(day?.mediumText ?? "unknown date") arranged")
      case .meetingCancelled(let day):
        meetings.append("meeting of \(day?.mediumText ?? "unknown date") called off")
      case .meetingUpdated(let day):
        meetings.append("meeting of \(day?.mediumText ?? "unknown date") updated")
      case .meetingRemoved(let day):
        meetings.append("meeting of \(day?.mediumText ?? "unknown date") removed")
      case .meetingMoved(let from, let to):
        meetings.append(
          "meeting of \(from?.mediumText ?? "unknown date") moved to "
            + (to?.mediumText ?? "unknown date"))
      default:
        counts[change, default: 0] += 1
      }
    }
    func count(_ change: ChangeSummary.Change, _ one: String, _ many: String, _ what: String)
      -> String?
    {
      guard let number = counts[change] else { return nil }
      return "\(number) \(number == 1 ? one : many) \(what)"
    }
    var phrases: [String?] = [
      counts[.panelCreated] == nil ? nil : "panel created",
      count(.actionAgreed, "action", "actions", "agreed"),
      count(.actionDone, "action", "actions", "done"),
      count(.actionDropped, "action", "actions", "dropped"),
      count(.actionReopened, "action", "actions", "reopened"),
      notes == 0 ? nil : "\(notes) progress \(notes == 1 ? "note" : "notes")",
      count(.actionUpdated(notes: 0), "action", "actions", "updated"),
    ]
    phrases += titled.count > 3 ? ["\(titled.count) priorities changed"] : titled
    phrases.append(count(.priorityUpdated, "priority", "priorities", "re-ranked or updated"))
    phrases += [
      count(.issueRaised, "issue", "issues", "raised"),
      count(.issueRaisedAgain, "issue", "issues", "raised again"),
      count(.issueClosed, "issue", "issues", "closed"),
      count(.issueUpdated, "issue", "issues", "updated"),
      count(.issuesMerged, "issue", "issues", "merged with another raised in other words"),
    ]
    phrases += meetings.count > 3 ? ["\(meetings.count) meetings recorded or changed"] : meetings
    phrases += [
      count(.memberAdded, "member", "members", "added"),
      count(.memberRemoved, "member", "members", "removed"),
      count(.memberUpdated, "member", "members", "updated"),
      count(.agencyAdded, "agency", "agencies", "added"),
      count(.agencyRemoved, "agency", "agencies", "removed"),
      count(.agencyUpdated, "agency", "agencies", "updated"),
      counts[.panelChanged] == nil ? nil : "panel settings changed",
      count(.crimeData, "month", "months", "of crime data"),
      counts[.gitSettings] == nil ? nil : "git settings for merging",
      count(.otherFile, "other file", "other files", "changed"),
    ]
    return phrases.compactMap { $0 }
  }
}
