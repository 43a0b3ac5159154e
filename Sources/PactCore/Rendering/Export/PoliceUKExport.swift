/// The active priorities in the shape of the police.uk neighbourhood priorities API, so a
/// neighbourhood team can publish them as it already does.
///
/// One object per active priority, by rank: `issue` (its title), `issue-date` (the day it
/// was set), `action` (what its actions have done, latest first) and `action-date` (the day
/// of the latest of those), dates as `YYYY-MM-DDT00:00:00`. `action` and `action-date` are
/// null while none of its actions has a dated note or an outcome.
///
/// What an action "has done" is each dated progress note on it that the public may read
/// (`PublicView`: never an internal note), and for a done action its
/// outcome with the difference it made, each written `16 April 2024: text.` and joined
/// into one plain-text paragraph, latest first, without ids. A status change with no note
/// says nothing to residents and is left out; an outcome that repeats the note recorded
/// with it is written once.
public struct PoliceUKExport: Sendable {
  let snapshot: PanelRecords

  /// The export of what the public may see of `snapshot`.
  public init(_ snapshot: PanelRecords) {
    self.snapshot = PublicRecord(snapshot).records
  }

  /// One thing an action did, as the summary tells it.
  struct Entry: Equatable {
    var on: Day
    var text: String
  }

  /// The priorities as the API shapes them.
  public var json: JSONValue {
    .array(
      snapshot.activePriorities.map { priority in
        let entries = self.entries(for: priority)
        return .object([
          "issue": .string(priority.title),
          "issue-date": .string(PoliceUKExport.dateTime(priority.setOn)),
          "action": entries.isEmpty
            ? .null
            : .string(entries.map { "\($0.on.mediumText): \($0.text)" }.joined(separator: " ")),
          "action-date": entries.first.map { .string(PoliceUKExport.dateTime($0.on)) } ?? .null,
        ])
      })
  }

  /// The document: the array, pretty-printed, with a final newline.
  public var document: String { JSONWriter.prettyString(json) }

  /// What the priority's actions have done, latest first; on one day, the actions in the
  /// order they were agreed, each one's later entries first.
  func entries(for priority: Priority) -> [Entry] {
    let actions = snapshot.actions.filter { $0.priority == priority.id }
      .sorted { ($0.agreedOn, $0.id) < ($1.agreedOn, $1.id) }
    var ranked: [(entry: Entry, action: Int, order: Int)] = []
    for (actionIndex, action) in actions.enumerated() {
      for (order, entry) in PoliceUKExport.entries(of: action).enumerated() {
        ranked.append((entry, actionIndex, order))
      }
    }
    return
      ranked
      .sorted { ($1.entry.on, $0.action, $1.order) < ($0.entry.on, $1.action, $0.order) }
      .map(\.entry)
  }

  /// One action's entries, oldest first.
  static func entries(of action: Action) -> [Entry] {
    var entries = PublicView.notes(of: action).compactMap { update in
      update.note.map { Entry(on: update.on, text: sentence($0)) }
    }
    guard action.status == .done, let outcome = action.outcome else { return entries }
    let on = action.completedOn ?? action.lastUpdated ?? action.agreedOn
    var text = sentence(outcome)
    if let difference = action.difference {
      text += " Difference made: " + sentence(difference)
    }
    if let same = entries.lastIndex(where: { $0.on == on && $0.text == sentence(outcome) }) {
      entries[same].text = text
    } else {
      entries.append(Entry(on: on, text: text))
    }
    return entries
  }

  /// Text on one line (runs of white space as one space), ending with a full stop.
  static func sentence(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
    var result = words.joined(separator: " ")
    if let last = result.last, !".!?".contains(last) { result += "." }
    return result
  }

  /// `2024-03-12T00:00:00`.
  static func dateTime(_ day: Day) -> String { "\(day)T00:00:00" }
}
